#include "history/history_json.h"

#include <gtest/gtest.h>

#include "history/commit_info.h"

namespace ck::history {
namespace {

History sample() {
  History h;
  CommitInfo c;
  c.id = std::string(40, 'a');
  c.author = "Nguyễn Thị Hoà";
  c.email = "hoa@x.invalid";
  c.time = -5;
  c.tz_minutes = -300;
  c.parent_count = 2;
  set_message("Tiêu đề \"trích\"\n\nThân\tbài\n\nLy-do: Vì \\ lý do\nThay-doi: nho\n", c);
  h.commits = {c, c};
  h.task_changes.push_back({1, "xa", "kh", "nv-1", ChangeKind::Modified, {{"cap_nhat", "", "a\nb"}}});
  h.narrative_changes.push_back(
      {0, "xa", "kh", ChangeKind::Added, {{"so_hieu", "1", "2"}}, "@@ dòng 1 @@\n-a\n", true});
  h.plan_renames.push_back({1, false, "xa", "a", "xb", "b"});
  h.task_renames.push_back({0, "xa", "kh", "nv-2", "nv-2a"});
  h.notes = {"commit aaaaaaa: ghi chú"};
  h.shallow_boundary = c;
  return h;
}

TEST(HistoryJson, RoundTrip) {
  History h = sample();
  std::string text = history_json(h);
  auto back = parse_history_json(text);
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, h);  // trailers, reason and minor rebuilt from the message
  EXPECT_TRUE(back->commits[0].minor);
  EXPECT_EQ(back->commits[0].reason, "Vì \\ lý do");
  EXPECT_EQ(history_json(*back), text);
  EXPECT_EQ(parse_history_json(history_json(History{}))->commits.size(), 0u);
}

TEST(HistoryJson, RejectsWhatItDidNotWrite) {
  std::string good = history_json(sample());
  EXPECT_FALSE(parse_history_json(""));
  EXPECT_FALSE(parse_history_json("[]"));
  EXPECT_FALSE(parse_history_json(good.substr(0, good.size() - 1)));
  EXPECT_FALSE(parse_history_json(good + "x"));
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string s = good;
    s.replace(s.find(from), from.size(), to);
    return s;
  };
  EXPECT_FALSE(
      parse_history_json(replaced("[1,\"xa\",\"kh\",\"nv-1\"", "[5,\"xa\",\"kh\",\"nv-1\"")));  // no commit 5
  EXPECT_FALSE(parse_history_json(replaced("[1,\"xa\",\"kh\",\"nv-1\"", "[-1,\"xa\",\"kh\",\"nv-1\"")));
  EXPECT_FALSE(parse_history_json(replaced("\"sua\"", "\"doi\"")));                   // unknown kind
  EXPECT_FALSE(parse_history_json(replaced("\"time\":-5", "\"time\":\"-5\"")));       // wrong type
  EXPECT_FALSE(parse_history_json(replaced("\"cap_nhat\",\"\",", "\"cap_nhat\",")));  // too short
  EXPECT_FALSE(parse_history_json(replaced(",true]", ",1]")));                        // not a boolean
  EXPECT_TRUE(
      parse_history_json(replaced("\"notes\"", "\"ghi_chu_khac\":[],\"notes\"")));  // unknown keys: skipped
}

}  // namespace
}  // namespace ck::history
