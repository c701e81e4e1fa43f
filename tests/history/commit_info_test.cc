#include "history/commit_info.h"

#include <gtest/gtest.h>

namespace ck::history {
namespace {

CommitInfo with_message(const std::string& m) {
  CommitInfo c;
  set_message(m, c);
  return c;
}

TEST(CommitInfo, ReasonAndMinorTrailers) {
  CommitInfo c = with_message(
      "Điều chỉnh thời hạn nhiệm vụ 1\n\nTheo đề nghị của phòng.\n\nLy-do: Chờ hướng dẫn\nNguoi-duyet: Chủ "
      "tịch\n\n");
  EXPECT_EQ(c.summary, "Điều chỉnh thời hạn nhiệm vụ 1");
  EXPECT_EQ(c.reason, "Chờ hướng dẫn");
  EXPECT_FALSE(c.minor);
  EXPECT_EQ(c.trailers,
            (std::map<std::string, std::string>{{"Ly-do", "Chờ hướng dẫn"}, {"Nguoi-duyet", "Chủ tịch"}}));
  EXPECT_EQ(c.message.back(), 'h');  // trailing blank lines trimmed
  EXPECT_TRUE(with_message("Sửa lỗi chính tả\n\nThay-doi: nho\n").minor);
  EXPECT_TRUE(with_message("Sửa\n\nThay-đổi: Nhỏ (chính tả)\n").minor);
  EXPECT_FALSE(with_message("Sửa\n\nThay-doi: lon\n").minor);
  EXPECT_EQ(with_message("Sửa\n\nLý-do: A\nly-do: B\n").reason, "A\nB");
}

TEST(CommitInfo, TrailersOnlyInTheLastParagraph) {
  CommitInfo c = with_message("Tiêu đề\n\nLy-do: không phải trailer vì còn đoạn sau\n\nMột đoạn văn.\n");
  EXPECT_TRUE(c.reason.empty());
  EXPECT_TRUE(c.trailers.empty());
  EXPECT_TRUE(with_message("Ly-do: chỉ có một dòng\n").reason.empty());  // the subject is never a trailer
}

TEST(CommitInfo, LocalDateInTheCommitsOwnZone) {
  CommitInfo c;
  c.time = 1770773400;  // 2026-02-11 01:30 UTC
  c.tz_minutes = -300;
  EXPECT_EQ(commit_local_date(c).iso(), "2026-02-10");
  EXPECT_EQ(commit_local_time(c), "2026-02-10 20:30 -05:00");
  c.time = 1772407800;  // 2026-03-01 23:30 UTC
  c.tz_minutes = 420;
  EXPECT_EQ(commit_local_date(c).iso(), "2026-03-02");
  EXPECT_EQ(commit_local_time(c), "2026-03-02 06:30 +07:00");
  c.time = -1;  // before 1970, for the arithmetic
  c.tz_minutes = 0;
  EXPECT_EQ(commit_local_time(c), "1969-12-31 23:59 +00:00");
  c.tz_minutes = 330;
  c.time = 0;
  EXPECT_EQ(commit_local_time(c), "1970-01-01 05:30 +05:30");
}

TEST(CommitInfo, ShortIdAndKinds) {
  EXPECT_EQ(short_commit_id("1d02c158cff7ab686f93bb7942f88f8d88ce816c"), "1d02c15");
  for (ChangeKind k : {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Modified})
    EXPECT_EQ(change_kind_from_key(change_kind_key(k)), k);
  EXPECT_FALSE(change_kind_from_key("x"));
}

TEST(CommitInfo, InvalidUtf8IsReplaced) {
  EXPECT_EQ(valid_utf8("Ho\xE0"), "Ho\xEF\xBF\xBD");
  EXPECT_EQ(valid_utf8("Hoà"), "Hoà");
  EXPECT_EQ(with_message("A\xFF\n").summary, "A\xEF\xBF\xBD");
}

}  // namespace
}  // namespace ck::history
