#include "history/history_scope.h"

#include <gtest/gtest.h>

namespace ck {
namespace {

TaskChange task_change(const std::string& commune, const std::string& plan, size_t commit) {
  TaskChange c;
  c.commune = commune;
  c.plan = plan;
  c.task_id = "nv-1";
  c.commit = commit;
  return c;
}

History four_commits() {
  History h;
  for (int i = 0; i < 4; ++i) h.commits.push_back({.id = std::string(40, char('a' + i))});
  return h;
}

std::vector<std::string> sites(const History& h) {
  std::vector<std::string> out;
  for (const auto& c : h.task_changes)
    out.push_back(std::to_string(c.commit) + " " + c.commune + "/" + c.plan);
  return out;
}

TEST(HistoryScope, KeepsTheCommuneAndItsImplementedPlansAndFollowsMovesIntoThem) {
  History h = four_commits();
  h.task_changes = {task_change("xa-a", "kh", 0),   task_change("xa-b", "kh", 1),
                    task_change("xa-cu", "kh", 1),  task_change("tinh", "kh-tinh", 2),
                    task_change("tinh", "khac", 2), task_change("xa-a", "kh", 3)};
  h.narrative_changes = {{.commit = 1, .commune = "xa-b", .plan = "kh"},
                         {.commit = 3, .commune = "xa-a", .plan = "kh"}};
  h.plan_renames = {{.commit = 2,
                     .data = true,
                     .from_commune = "xa-cu",
                     .from_plan = "kh",
                     .to_commune = "xa-a",
                     .to_plan = "kh"}};
  h.task_renames = {{.commit = 1, .commune = "xa-b", .plan = "kh", .from = "a", .to = "b"}};
  h.notes = {"commit bbbbbbb: data/xa-b/kh.json không phải JSON hợp lệ, bỏ qua phiên bản này",
             "commit ccccccc: data/tinh/kh-tinh.json quá lớn, bỏ qua phiên bản này"};

  keep_scope(h, {.communes = {"xa-a"}, .plans = {{"tinh", "kh-tinh"}}});

  // xa-b and tinh/khac go; xa-cu/kh stays (moved into xa-a later); commits renumbered.
  EXPECT_EQ(sites(h), (std::vector<std::string>{"0 xa-a/kh", "1 xa-cu/kh", "2 tinh/kh-tinh", "3 xa-a/kh"}));
  ASSERT_EQ(h.narrative_changes.size(), 1u);
  EXPECT_EQ(h.narrative_changes[0].commit, 3u);
  EXPECT_TRUE(h.task_renames.empty());
  ASSERT_EQ(h.plan_renames.size(), 1u);
  EXPECT_EQ(h.plan_renames[0].commit, 2u);
  EXPECT_EQ(
      h.notes,
      (std::vector<std::string>{"commit ccccccc: data/tinh/kh-tinh.json quá lớn, bỏ qua phiên bản này"}));
  EXPECT_EQ(h.commits.size(), 4u);  // commit b is still named by xa-cu's change
}

TEST(HistoryScope, DropsCommitsNothingInScopeRefersTo) {
  History h = four_commits();
  h.task_changes = {task_change("xa-b", "kh", 0), task_change("xa-a", "kh", 2)};
  keep_scope(h, {.communes = {"xa-a"}});
  ASSERT_EQ(h.commits.size(), 1u);
  EXPECT_EQ(h.commits[0].id, std::string(40, 'c'));
  EXPECT_EQ(sites(h), (std::vector<std::string>{"0 xa-a/kh"}));
}

TEST(HistoryScope, KeyNamesEveryPart) {
  HistoryScope a{.communes = {"xa-a"}}, b{.communes = {"xa-a"}, .plans = {{"tinh", "kh"}}};
  EXPECT_NE(a.key(), b.key());
  EXPECT_NE(a.key(), HistoryScope{}.key());
}

}  // namespace
}  // namespace ck
