// Lookups over a History: slippage, completion commits, timelines.
#include "history/history_index.h"

#include <gtest/gtest.h>

#include "history_fixture.h"

namespace ck {
namespace {

using testing::TempDir;

TEST(HistoryIndex, SlippageOfADeadlineMovedTwiceThenReinterpreted) {
  TempDir dir;
  History h = read_history(testing::make_fixture(dir, "deadline"), {});
  HistoryIndex index(h);
  Slippage s = index.slippage("xa-thu", "kh-2026", "nv-1", {2026, 2026});
  EXPECT_TRUE(s.known_from_start);
  EXPECT_EQ(s.first_text, "Quý I/2026");
  EXPECT_EQ(s.first_due, CivilDate::parse_iso("2026-03-31"));
  ASSERT_EQ(s.moves.size(), 3u);
  const DeadlineMove& a = s.moves[0];
  EXPECT_EQ(a.commit, 1u);
  EXPECT_EQ(a.from_text, "Quý I/2026");
  EXPECT_EQ(a.to_text, "Quý II/2026");
  EXPECT_EQ(a.to_due, CivilDate::parse_iso("2026-06-30"));
  EXPECT_EQ(a.days, 91);
  EXPECT_EQ(a.reason, "Chờ hướng dẫn của Sở Nội vụ");
  const DeadlineMove& b = s.moves[1];
  EXPECT_EQ(b.to_text, "Tháng 9/2026");
  EXPECT_EQ(b.days, 92);
  EXPECT_EQ(b.reason, "Theo Quyết định số 75/QĐ-UBND");
  const DeadlineMove& c = s.moves[2];  // same text, the editor's reading changed
  EXPECT_EQ(c.from_text, "Tháng 9/2026");
  EXPECT_EQ(c.to_text, "Tháng 9/2026");
  EXPECT_EQ(c.to_due, CivilDate::parse_iso("2026-09-15"));
  EXPECT_EQ(c.days, -15);
  EXPECT_EQ(s.total_days, 91 + 92 - 15);
  // A task whose deadline never moved.
  Slippage none = index.slippage("xa-thu", "kh-2026", "nv-2", {2026, 2026});
  EXPECT_TRUE(none.moves.empty());
  EXPECT_EQ(none.first_text, "Quý IV/2026");
  EXPECT_EQ(none.total_days, 0);
  EXPECT_FALSE(index.slippage("xa-thu", "kh-2026", "khong-co", {2026, 2026}).known_from_start);
  // Unknown trailers are kept but mean nothing.
  EXPECT_EQ(h.commits[2].trailers.at("Nguoi-duyet"), "Chủ tịch UBND xã");
}

TEST(HistoryIndex, FirstDoneCommit) {
  TempDir dir;
  History h = read_history(testing::make_fixture(dir, "linear"), {});
  HistoryIndex index(h);
  EXPECT_EQ(index.first_done_commit("xa-thu", "kh-2026", "nv-1"), 2u);
  EXPECT_EQ(commit_local_date(h.commits[2]).iso(), "2026-03-02");
  EXPECT_FALSE(index.first_done_commit("xa-thu", "kh-2026", "nv-2"));
  EXPECT_FALSE(index.first_done_commit("xa-thu", "kh-2026", "nv-3"));  // removed
}

History synthetic(std::vector<std::pair<ChangeKind, std::string>> statuses) {
  History h;
  for (size_t i = 0; i < statuses.size(); ++i) {
    h.commits.push_back(CommitInfo{});
    TaskChange c{i, "xa", "kh", "nv-1", statuses[i].first, {}};
    if (!statuses[i].second.empty()) c.fields.push_back({"trang_thai", "", statuses[i].second});
    h.task_changes.push_back(c);
  }
  return h;
}

TEST(HistoryIndex, FirstDoneCommitIsTheStartOfTheCurrentDoneStreak) {
  History undone = synthetic({{ChangeKind::Added, "chua_cap_nhat"},
                              {ChangeKind::Modified, "hoan_thanh"},
                              {ChangeKind::Modified, "dang_thuc_hien"},
                              {ChangeKind::Modified, "hoan_thanh"},
                              {ChangeKind::Modified, ""}});  // another field changed
  EXPECT_EQ(HistoryIndex(undone).first_done_commit("xa", "kh", "nv-1"), 3u);
  History added_done = synthetic({{ChangeKind::Added, "hoan_thanh"}});
  EXPECT_EQ(HistoryIndex(added_done).first_done_commit("xa", "kh", "nv-1"), 0u);
  History reverted = synthetic({{ChangeKind::Added, "hoan_thanh"}, {ChangeKind::Modified, "dang_thuc_hien"}});
  EXPECT_FALSE(HistoryIndex(reverted).first_done_commit("xa", "kh", "nv-1"));
}

TEST(HistoryIndex, PlanChangelogFollowsRenames) {
  TempDir dir;
  History h = read_history(testing::make_fixture(dir, "rename"), {});
  HistoryIndex index(h);
  auto log = index.task_changes_for_plan("xa-thu", "kh-2026-moi");
  ASSERT_EQ(log.size(), 3u + 1u + 3u);  // added (old name), one update, all removed by the move-and-edit
  EXPECT_EQ(log.front()->plan, "kh-2026");
  EXPECT_TRUE(index.task_changes_for_plan("xa-thu", "kh-2026").size() == 3u);  // the old name alone
}

TEST(HistoryIndex, RenameChainsEndEvenWhenNamesComeBack) {
  History h;
  for (int i = 0; i < 4; ++i) h.commits.push_back(CommitInfo{});
  h.task_changes.push_back({0, "xa", "a", "t", ChangeKind::Added, {}});
  h.plan_renames.push_back({1, true, "xa", "a", "xa", "b"});
  h.plan_renames.push_back({2, true, "xa", "b", "xa", "a"});
  h.task_changes.push_back({3, "xa", "a", "t", ChangeKind::Modified, {}});
  HistoryIndex index(h);
  EXPECT_EQ(index.for_task("xa", "a", "t").size(), 2u);
  EXPECT_EQ(index.for_task("xa", "b", "t").size(), 1u);
}

}  // namespace
}  // namespace ck
