#include "history/tree_diff.h"

#include <gtest/gtest.h>

namespace ck::history {
namespace {

TEST(TreeDiff, PlanPaths) {
  auto json = plan_path("data/xa-thu/kh-2026.json");
  ASSERT_TRUE(json);
  EXPECT_TRUE(json->json);
  EXPECT_EQ(json->commune, "xa-thu");
  EXPECT_EQ(json->plan, "kh-2026");
  auto md = plan_path("content/xa-thu/kh-2026.md");
  ASSERT_TRUE(md);
  EXPECT_FALSE(md->json);
  for (const char* not_a_plan :
       {"data/xa-thu/_co_quan.json", "content/xa-thu/_index.md", "data/kh.json", "data/xa/sub/kh.json",
        "data/xa/kh.md", "content/xa/kh.json", "data/xa/.json", "README.md", "data//kh.json",
        "datax/xa/kh.json", "data/_xa/kh.json"})
    EXPECT_FALSE(plan_path(not_a_plan)) << not_a_plan;
}

git_oid oid(char c) {
  git_oid o;
  std::string hex(40, c);
  git_oid_fromstr(&o, hex.c_str());
  return o;
}

TEST(TreeDiff, ExactRenamesArePaired) {
  std::vector<FileDelta> d = {
      {FileDelta::Kind::Added, "content/xa/moi.md", {}, oid('1')},
      {FileDelta::Kind::Deleted, "content/xa/cu.md", oid('1'), {}},
      {FileDelta::Kind::Added, "data/xa/moi.json", {}, oid('2')},
      {FileDelta::Kind::Deleted, "data/xa/cu.json", oid('2'), {}},
      {FileDelta::Kind::Deleted, "data/xa/khac.json", oid('3'), {}},  // content differs: not a rename
      {FileDelta::Kind::Added, "data/xa/khac-moi.json", {}, oid('4')},
      {FileDelta::Kind::Modified, "data/xa/_co_quan.json", oid('5'), oid('6')},  // not a plan
  };
  auto p = plan_deltas(d);
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0].kind, PlanDelta::Kind::Renamed);
  EXPECT_EQ(p[0].old_path, "content/xa/cu.md");
  EXPECT_EQ(p[0].new_path, "content/xa/moi.md");
  EXPECT_FALSE(p[0].json);
  EXPECT_EQ(p[1].kind, PlanDelta::Kind::Renamed);
  EXPECT_EQ(p[1].new_path, "data/xa/moi.json");
  EXPECT_EQ(p[2].kind, PlanDelta::Kind::Deleted);
  EXPECT_EQ(p[3].kind, PlanDelta::Kind::Added);
}

}  // namespace
}  // namespace ck::history
