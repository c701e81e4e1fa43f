// overlay_commune_history: one commune's history taken from another repository.
#include <gtest/gtest.h>

#include "history/overlay.h"

namespace ck {
namespace {

CommitInfo commit(const std::string& id, long long time) {
  CommitInfo c;
  c.id = id;
  c.time = time;
  c.summary = id;
  return c;
}

TaskChange change(size_t commit, const std::string& commune, const std::string& task) {
  TaskChange c;
  c.commit = commit;
  c.commune = commune;
  c.plan = "kh";
  c.task_id = task;
  return c;
}

std::vector<std::string> ids(const History& h) {
  std::vector<std::string> out;
  for (const auto& c : h.commits) out.push_back(c.id);
  return out;
}

TEST(OverlayCommuneHistory, ReplacesTheCommunesChangesAndMergesCommitsByTime) {
  History base;
  base.commits = {commit("b1", 100), commit("b2", 300), commit("b3", 500)};
  base.task_changes = {change(0, "xa-a", "nv-1"), change(0, "minh-hoa", "nv-1"), change(1, "minh-hoa", "nv-2"),
                       change(2, "xa-a", "nv-2")};
  History other;
  other.commits = {commit("o1", 50), commit("o2", 200), commit("o3", 400)};
  other.task_changes = {change(0, "minh-hoa", "nv-1"), change(1, "xa-khac", "nv-9"), change(2, "minh-hoa", "nv-3")};
  NarrativeChange n;
  n.commit = 2;
  n.commune = "minh-hoa";
  n.plan = "kh";
  other.narrative_changes = {n};

  overlay_commune_history(base, other, "minh-hoa", "build/lich-su");

  // b2 only touched minh-hoa and o2 only another commune: both dropped.
  EXPECT_EQ(ids(base), (std::vector<std::string>{"o1", "b1", "o3", "b3"}));
  ASSERT_EQ(base.task_changes.size(), 4u);
  EXPECT_EQ(base.task_changes[0].commit, 0u);
  EXPECT_EQ(base.task_changes[0].commune, "minh-hoa");
  EXPECT_EQ(base.task_changes[1].commit, 1u);
  EXPECT_EQ(base.task_changes[1].commune, "xa-a");
  EXPECT_EQ(base.task_changes[2].commit, 2u);
  EXPECT_EQ(base.task_changes[2].task_id, "nv-3");
  EXPECT_EQ(base.task_changes[3].commit, 3u);
  ASSERT_EQ(base.narrative_changes.size(), 1u);
  EXPECT_EQ(base.narrative_changes[0].commit, 2u);
  // Commits from the other repository say so; the portal's own do not.
  EXPECT_EQ(base.commits[0].repository, "build/lich-su");
  EXPECT_EQ(base.commits[1].repository, "");
}

TEST(OverlayCommuneHistory, EqualTimesKeepTheSourceRepositoryFirstAndCarryNotes) {
  History base;
  base.commits = {commit("b1", 100)};
  base.task_changes = {change(0, "xa-a", "nv-1")};
  History other;
  other.commits = {commit("o1", 100)};
  other.task_changes = {change(0, "minh-hoa", "nv-1")};
  other.notes = {"commit o1: data/minh-hoa/kh.json không phải JSON hợp lệ"};
  overlay_commune_history(base, other, "minh-hoa", "kho");
  EXPECT_EQ(ids(base), (std::vector<std::string>{"b1", "o1"}));
  ASSERT_EQ(base.notes.size(), 1u);
  EXPECT_EQ(base.notes[0], "kho: commit o1: data/minh-hoa/kh.json không phải JSON hợp lệ");
}

TEST(OverlayCommuneHistory, RenamesFollowTheCommune) {
  History base;
  base.commits = {commit("b1", 100)};
  PlanRename r;
  r.commit = 0;
  r.from_commune = "minh-hoa";
  r.to_commune = "minh-hoa";
  base.plan_renames = {r};
  History other;
  overlay_commune_history(base, other, "minh-hoa", "kho");
  EXPECT_TRUE(base.plan_renames.empty());
  EXPECT_TRUE(base.commits.empty());
}

}  // namespace
}  // namespace ck
