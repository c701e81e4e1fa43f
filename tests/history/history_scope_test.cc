#include "history/history_scope.h"

#include <gtest/gtest.h>

namespace ck {
namespace {

TaskChange task_change(const std::string& commune, size_t commit) {
  TaskChange c;
  c.commune = commune;
  c.plan = "kh";
  c.task_id = "nv-1";
  c.commit = commit;
  return c;
}

TEST(HistoryScope, DropsOtherCommunesButFollowsRenamesIntoKeptOnes) {
  History h;
  h.commits.resize(3);
  h.task_changes = {task_change("xa-a", 0), task_change("xa-b", 1), task_change("xa-cu", 1), task_change("xa-a", 2)};
  h.narrative_changes = {{.commit = 1, .commune = "xa-b", .plan = "kh"}, {.commit = 2, .commune = "xa-a", .plan = "kh"}};
  h.plan_renames = {{.commit = 2, .data = true, .from_commune = "xa-cu", .from_plan = "kh", .to_commune = "xa-a", .to_plan = "kh"}};
  h.task_renames = {{.commit = 1, .commune = "xa-b", .plan = "kh", .from = "a", .to = "b"}};

  keep_communes(h, {"xa-a"});

  std::vector<std::string> communes;
  for (const auto& c : h.task_changes) communes.push_back(c.commune);
  EXPECT_EQ(communes, (std::vector<std::string>{"xa-a", "xa-cu", "xa-a"}));
  ASSERT_EQ(h.narrative_changes.size(), 1u);
  EXPECT_EQ(h.narrative_changes[0].commune, "xa-a");
  EXPECT_TRUE(h.task_renames.empty());
  EXPECT_EQ(h.commits.size(), 3u);  // indices stay valid
}

}  // namespace
}  // namespace ck
