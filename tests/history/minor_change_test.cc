// "Thay-doi: nho" is honoured only for wording (history/minor_change.h), and
// the history lookups added for the pages: slippage directions, the commit
// body, a moved plan's former names.
#include "history/minor_change.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "history/commit_info.h"
#include "history/history_index.h"
#include "history_fixture.h"

namespace ck {
namespace {

using ::testing::HasSubstr;

CommitInfo marked(std::string summary, bool minor = true) {
  CommitInfo c;
  c.id = "abcdef0123456789abcdef0123456789abcdef01";
  c.summary = std::move(summary);
  c.minor = minor;
  return c;
}

// One commit (index 1, after the plan's publication) marked minor, with `change`.
History one_commit(TaskChange change) {
  History h;
  h.commits = {marked("Công bố", false), marked("Sửa lỗi chính tả")};
  change.commit = 1;
  change.commune = "xa", change.plan = "kh";
  h.task_changes.push_back(std::move(change));
  return h;
}

TEST(MinorClaim, WordingOnlyStaysMinor) {
  History h;
  h.commits = {marked("Công bố", false), marked("Sửa lỗi chính tả")};
  h.task_changes.push_back(
      {1,
       "xa",
       "kh",
       "nv-1",
       ChangeKind::Modified,
       {{"noi_dung", "Tuyên truyền cải cách hành chánh.", "Tuyên truyền cải cách hành chính."},
        {"san_pham", "Báo cáo", "Báo cáo kiểm tra"},
        {"co_quan_chu_tri", "Phòng Văn hoá - Xã hội", "Phòng Văn hóa – Xã hội"}}});
  NarrativeChange n{1,          "xa", "kh", ChangeKind::Modified, {{"tieu_de", "Kế hoach", "Kế hoạch"}},
                    "-a\n+b\n", false};
  h.narrative_changes.push_back(n);
  EXPECT_EQ(history::minor_refusals(h), (std::vector<std::string>{"", ""}));
  EXPECT_TRUE(history::minor_claim_warnings(h).empty());
  HistoryIndex index(h);
  EXPECT_TRUE(index.is_minor(1));
  EXPECT_FALSE(index.is_minor(0));  // not marked
  EXPECT_FALSE(index.is_minor(7));  // no such commit
  EXPECT_TRUE(index.recent_commits("", 10).empty());
  EXPECT_EQ(index.recent_commits("", 10, true), std::vector<size_t>{1});
}

// Each change a citizen follows makes a "minor" commit a normal one, with a
// warning naming the commit and the change.
TEST(MinorClaim, TrackedChangesAreNeverMinor) {
  struct Case {
    TaskChange change;
    std::string why;
  };
  const std::vector<Case> cases = {
      {{0, "", "", "nv-1", ChangeKind::Modified, {{"trang_thai", "dang_thuc_hien", "hoan_thanh"}}},
       "đổi trạng thái của nhiệm vụ nv-1"},
      {{0, "", "", "nv-1", ChangeKind::Modified, {{"tien_do", "40", "90"}}}, "đổi tiến độ của nhiệm vụ nv-1"},
      {{0, "", "", "nv-2", ChangeKind::Modified, {{"thoi_han", "Quý I/2026", "Quý II/2026"}}},
       "đổi thời hạn của nhiệm vụ nv-2"},
      {{0, "", "", "nv-2", ChangeKind::Modified, {{"cach_hieu_thoi_han", "", "{\"han\":\"2026-09-15\"}"}}},
       "đổi cách hiểu thời hạn của nhiệm vụ nv-2"},
      {{0, "", "", "nv-1", ChangeKind::Modified, {{"ngay_hoan_thanh", "", "2026-03-01"}}},
       "đổi ngày hoàn thành của nhiệm vụ nv-1"},
      {{0, "", "", "nv-1", ChangeKind::Modified, {{"cap_nhat", "", "2026-03-01: Đã xong."}}},
       "đổi báo cáo tiến độ của nhiệm vụ nv-1"},
      {{0,
        "",
        "",
        "nv-1",
        ChangeKind::Modified,
        {{"co_quan_chu_tri", "Phòng Văn hóa - Xã hội", "Công an xã"}}},
       "đổi cơ quan chủ trì (không chỉ sửa chính tả) của nhiệm vụ nv-1"},
      {{0, "", "", "nv-4", ChangeKind::Added, {{"noi_dung", "", "Số hóa hồ sơ."}}}, "thêm nhiệm vụ nv-4"},
      {{0, "", "", "nv-3", ChangeKind::Removed, {}}, "bỏ nhiệm vụ nv-3"},
  };
  for (const Case& c : cases) {
    History h = one_commit(c.change);
    // Wording changed in the same commit does not hide the rest.
    h.task_changes.push_back({1, "xa", "kh", "nv-9", ChangeKind::Modified, {{"noi_dung", "a", "b"}}});
    EXPECT_EQ(history::minor_refusals(h)[1], c.why);
    auto warnings = history::minor_claim_warnings(h);
    ASSERT_EQ(warnings.size(), 1u) << c.why;
    EXPECT_THAT(warnings[0],
                HasSubstr("commit abcdef0 «Sửa lỗi chính tả»: có \"Thay-doi: nho\" nhưng " + c.why));
    HistoryIndex index(h);
    EXPECT_FALSE(index.is_minor(1)) << c.why;
    EXPECT_EQ(index.recent_commits("", 10), std::vector<size_t>{1}) << c.why;
  }
  // A plan's front matter: dates and period are tracked, spelling is wording.
  History fm;
  fm.commits = {marked("Sửa")};
  fm.narrative_changes.push_back(
      {0, "xa", "kh", ChangeKind::Modified, {{"ngay_ban_hanh", "2026-01-05", "2026-01-15"}}, "", false});
  EXPECT_EQ(history::minor_refusals(fm)[0], "đổi ngày ban hành của kế hoạch xa/kh");
  RecordProperty("robustness_class", "\"Thay-doi: nho\" on a commit that changes more than wording");
  RecordProperty("robustness_cases", static_cast<int>(cases.size()) + 1);
  RecordProperty("robustness_outcome",
                 "shown as a normal change everywhere; warning naming commit and change");
}

TEST(MinorClaim, ReasonsAreListedOnceEach) {
  History h = one_commit(
      {0, "", "", "nv-1", ChangeKind::Modified, {{"trang_thai", "a", "b"}, {"tien_do", "1", "2"}}});
  h.task_changes.push_back({1, "xa", "kh", "nv-1", ChangeKind::Modified, {{"trang_thai", "b", "c"}}});
  EXPECT_EQ(history::minor_refusals(h)[1], "đổi trạng thái của nhiệm vụ nv-1; đổi tiến độ của nhiệm vụ nv-1");
}

TEST(MinorClaim, UnmarkedCommitsAreNeitherMinorNorWarned) {
  History h = one_commit({0, "", "", "nv-1", ChangeKind::Modified, {{"trang_thai", "a", "b"}}});
  h.commits[1].minor = false;
  EXPECT_EQ(history::minor_refusals(h)[1], "");
  EXPECT_TRUE(history::minor_claim_warnings(h).empty());
}

TEST(HistoryIndexViews, SlippageCountsPostponementsAndDeadlinesBroughtForward) {
  testing::TempDir dir;
  History h = read_history(testing::make_fixture(dir, "deadline"), {});
  Slippage s = HistoryIndex(h).slippage("xa-thu", "kh-2026", "nv-1", {2026, 2026});
  ASSERT_EQ(s.moves.size(), 3u);
  EXPECT_EQ(s.postponed, 2u);  // Quý I → Quý II → Tháng 9
  EXPECT_EQ(s.advanced, 1u);   // read as 15/9 instead of 30/9
}

TEST(HistoryIndexViews, CommitBodyLeavesOutSummaryAndTrailers) {
  auto body = [](const std::string& message) {
    CommitInfo c;
    history::set_message(message, c);
    return commit_body(c);
  };
  EXPECT_EQ(body("Lùi hạn\n\nTheo đề nghị của Phòng.\nDòng hai.\n\nLy-do: QĐ 75\nThay-doi: nho\n"),
            "Theo đề nghị của Phòng.\nDòng hai.");
  EXPECT_EQ(body("Lùi hạn\n\nLy-do: QĐ 75\n"), "");
  // A last paragraph that is not all "Key: value" lines is the body, not trailers.
  EXPECT_EQ(body("Lùi hạn\n\nCăn cứ: Quyết định 75.\nTheo đề nghị của Phòng.\n"),
            "Căn cứ: Quyết định 75.\nTheo đề nghị của Phòng.");
  EXPECT_EQ(body("Chỉ một dòng"), "");
  // A form's commit: its body is `progress apply`'s own list of what the pages show from the data.
  EXPECT_EQ(body("Cập nhật tiến độ 2 nhiệm vụ theo báo cáo của Phòng VH-XH\n\n- Nhiệm vụ 5: Trạng thái A → B\n"
                 "- Nhiệm vụ 15: Tiến độ — → 20%\n\nLy-do: Nhiệm vụ 5: Cấp trên tổ chức\nBieu-mau: vhxh.xlsx\n"),
            "");
}

TEST(HistoryIndexViews, FormerNamesAndNameAtFollowMoves) {
  History h;
  for (int i = 0; i < 4; ++i) h.commits.push_back(CommitInfo{});
  h.task_changes.push_back({0, "xa", "a", "t", ChangeKind::Added, {}});
  h.plan_renames.push_back({1, true, "xa", "a", "xa", "b"});
  h.plan_renames.push_back({1, false, "xa", "a", "xa", "b"});
  h.plan_renames.push_back({2, true, "xa", "b", "xb", "b"});
  HistoryIndex index(h);
  using Name = std::pair<std::string, std::string>;
  EXPECT_EQ(index.former_names("xb", "b"), (std::vector<Name>{{"xa", "a"}, {"xa", "b"}}));
  EXPECT_TRUE(index.former_names("xa", "a").empty());
  EXPECT_EQ(index.name_at("xb", "b", 0), (Name{"xa", "a"}));
  EXPECT_EQ(index.name_at("xb", "b", 1), (Name{"xa", "b"}));
  EXPECT_EQ(index.name_at("xb", "b", 3), (Name{"xb", "b"}));
}

}  // namespace
}  // namespace ck
