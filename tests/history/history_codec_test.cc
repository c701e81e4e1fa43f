// The history's binary form (history/history_codec.h): every kept field comes
// back, and bytes no writer made are refused.
#include "history/history_codec.h"

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
  h.commits[1].repository = "/srv/kho-khac";
  h.task_changes.push_back({1, "xa", "kh", "nv-1", ChangeKind::Modified, {{"cap_nhat", "", "a\nb"}}});
  h.task_changes.push_back({0, "xa", "kh", "nv-3", ChangeKind::Removed, {}});
  h.narrative_changes.push_back(
      {0, "xa", "kh", ChangeKind::Added, {{"so_hieu", "1", "2"}}, "@@ dòng 1 @@\n-a\n", true});
  h.plan_renames.push_back({1, false, "xa", "a", "xb", "b"});
  h.task_renames.push_back({0, "xa", "kh", "nv-2", "nv-2a"});
  h.notes = {"commit aaaaaaa: ghi chú", ""};
  h.shallow_boundary = c;
  return h;
}

std::string bytes_of(const History& h) {
  ByteWriter w;
  append_history_bytes(h, w);
  return w.take();
}

std::optional<History> from_bytes(std::string_view bytes) {
  ByteReader r(bytes);
  auto h = read_history_bytes(r);
  if (h && !r.at_end()) return std::nullopt;
  return h;
}

TEST(HistoryCodec, RoundTrip) {
  const History h = sample();
  auto back = from_bytes(bytes_of(h));
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, h);
  EXPECT_TRUE(back->commits[0].minor);
  EXPECT_EQ(back->commits[0].reason, "Vì \\ lý do");
  EXPECT_EQ(back->commits[1].repository, "/srv/kho-khac");
  EXPECT_EQ(from_bytes(bytes_of(History{})), History{});
}

// Items as small as a byte (an empty string) where the input ends: a count
// check that assumed 8 bytes an item refused these.
TEST(HistoryCodec, SmallItemsAtTheEndAndLongStrings) {
  History h;
  h.commits.resize(1);
  h.commits[0].message = std::string(70000, 'm');
  h.narrative_changes.push_back({0, "xa", "kh", ChangeKind::Modified, {}, std::string(300, 'd'), false});
  h.notes.assign(100, "");
  auto back = from_bytes(bytes_of(h));
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, h);
}

TEST(HistoryCodec, PerRunFieldsAreNotKept) {
  History h = sample();
  h.state = History::State::Shallow;
  h.warning = "cảnh báo";
  h.head = std::string(40, 'b');
  h.walked_commits = 7;
  h.from_cache = true;
  h.cache_note = "ghi chú";
  EXPECT_EQ(bytes_of(h), bytes_of(sample()));
}

// Values only a damaged or foreign writer could produce; the cache file's
// checksum catches damage first, this is the codec's own line of defence.
TEST(HistoryCodec, RefusesWhatNoWriterMade) {
  auto with = [](auto change) {
    History h = sample();
    change(h);
    return bytes_of(h);
  };
  EXPECT_FALSE(from_bytes(with([](History& h) { h.task_changes[0].commit = 2; })));  // no commit 2
  EXPECT_FALSE(from_bytes(with([](History& h) { h.narrative_changes[0].commit = 9; })));
  EXPECT_FALSE(from_bytes(with([](History& h) { h.plan_renames[0].commit = 2; })));
  EXPECT_FALSE(from_bytes(with([](History& h) { h.task_renames[0].commit = size_t(-1); })));
  EXPECT_FALSE(from_bytes(with([](History& h) { h.task_changes[0].kind = static_cast<ChangeKind>(3); })));
  const std::string good = bytes_of(sample());
  EXPECT_FALSE(from_bytes(good.substr(0, good.size() - 1)));
  EXPECT_FALSE(from_bytes(good + "x"));
  EXPECT_FALSE(from_bytes(""));
  // An int field holding more than an int: 2^40 written where tz_minutes is.
  History big = sample();
  big.commits[0].tz_minutes = 0x5a5a5a5a;
  std::string bytes = bytes_of(big);
  const std::string marker("\x5a\x5a\x5a\x5a\0\0\0\0", 8);
  ASSERT_NE(bytes.find(marker), std::string::npos);
  bytes.replace(bytes.find(marker), 8, std::string("\x5a\x5a\x5a\x5a\x01\0\0\0", 8));
  EXPECT_FALSE(from_bytes(bytes));
  // Trailer keys out of order: not what a std::map writes. "Thay-doi" (with
  // its length before it: the key, not the message's line) becomes "Ahay-doi",
  // now before "Ly-do".
  std::string trailers = bytes_of(sample());
  const std::string key = "\x08Thay-doi";
  const size_t at = trailers.find(key);
  ASSERT_NE(at, std::string::npos);
  trailers[at + 1] = 'A';
  ASSERT_TRUE(from_bytes(bytes_of(sample())));
  EXPECT_FALSE(from_bytes(trailers));
}

}  // namespace
}  // namespace ck::history
