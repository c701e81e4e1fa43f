#include "history/task_diff.h"

#include <gtest/gtest.h>

namespace ck::history {
namespace {

PlanSnapshot snap(const std::string& tasks) {
  PlanSnapshot s = make_plan_snapshot("{\"nhiem_vu\": [" + tasks + "]}", nullptr);
  EXPECT_TRUE(s.ok) << s.error;
  return s;
}

struct Result {
  std::vector<TaskChange> changes;
  std::vector<TaskRename> renames;
};

Result diff(const PlanSnapshot* a, const PlanSnapshot* b) {
  Result r;
  diff_plan_versions(a, b, {7, "xa", "kh"}, r.changes, r.renames);
  return r;
}

TEST(TaskDiff, ModifiedFieldsInFieldOrder) {
  auto a = snap(R"({"ma": "nv-1", "trang_thai": "dang_thuc_hien", "tien_do": 40, "co_quan_chu_tri": ["A"]})");
  auto b = snap(R"({"ma": "nv-1", "trang_thai": "hoan_thanh", "co_quan_chu_tri": ["A", "B"],
                    "ngay_hoan_thanh": "2026-03-01"})");
  Result r = diff(&a, &b);
  ASSERT_EQ(r.changes.size(), 1u);
  const TaskChange& c = r.changes[0];
  EXPECT_EQ(c.commit, 7u);
  EXPECT_EQ(c.commune, "xa");
  EXPECT_EQ(c.plan, "kh");
  EXPECT_EQ(c.task_id, "nv-1");
  EXPECT_EQ(c.kind, ChangeKind::Modified);
  EXPECT_EQ(c.fields, (std::vector<FieldChange>{{"co_quan_chu_tri", "A", "A; B"},
                                                {"trang_thai", "dang_thuc_hien", "hoan_thanh"},
                                                {"tien_do", "40", ""},
                                                {"ngay_hoan_thanh", "", "2026-03-01"}}));
}

TEST(TaskDiff, UnchangedAndReformattedTasksAreNotChanges) {
  auto a = snap(R"({"ma": "nv-1", "so": "1"})");
  auto b = snap(R"({ "so" : "1", "ma" : "nv-1" })");
  EXPECT_TRUE(diff(&a, &b).changes.empty());
  EXPECT_TRUE(diff(&a, &a).changes.empty());
}

TEST(TaskDiff, UpdatesAddedAndRemoved) {
  auto a = snap(R"({"ma": "nv-1", "cap_nhat": [{"ngay": "2026-01-02", "noi_dung": "A"},
                                               {"ngay": "2026-01-05", "noi_dung": "B"}]})");
  auto b = snap(R"({"ma": "nv-1", "cap_nhat": [{"ngay": "2026-01-02", "noi_dung": "A"},
                                               {"ngay": "2026-01-05", "noi_dung": "B, sửa"},
                                               {"ngay": "2026-02-01", "noi_dung": "C"}]})");
  Result r = diff(&a, &b);
  ASSERT_EQ(r.changes.size(), 1u);
  EXPECT_EQ(r.changes[0].fields,
            (std::vector<FieldChange>{{"cap_nhat", "2026-01-05: B", "2026-01-05: B, sửa\n2026-02-01: C"}}));
}

TEST(TaskDiff, AddedAndRemovedCarryASummary) {
  auto a =
      snap(R"({"ma": "nv-1", "so": "1", "noi_dung": "Một", "thoi_han": "Quý I/2026", "san_pham": ["X"]})");
  auto b = snap(R"({"ma": "nv-2", "so": "2", "noi_dung": "Hai", "thoi_han": "", "tien_do": 5})");
  Result r = diff(&a, &b);
  ASSERT_EQ(r.changes.size(), 2u);
  EXPECT_EQ(r.changes[0].task_id, "nv-2");
  EXPECT_EQ(r.changes[0].kind, ChangeKind::Added);
  EXPECT_EQ(r.changes[0].fields, (std::vector<FieldChange>{{"so", "", "2"},
                                                           {"noi_dung", "", "Hai"},
                                                           {"trang_thai", "", "chua_cap_nhat"},
                                                           {"tien_do", "", "5"}}));
  EXPECT_EQ(r.changes[1].task_id, "nv-1");
  EXPECT_EQ(r.changes[1].kind, ChangeKind::Removed);
  EXPECT_EQ(r.changes[1].fields, (std::vector<FieldChange>{{"so", "1", ""},
                                                           {"noi_dung", "Một", ""},
                                                           {"thoi_han", "Quý I/2026", ""},
                                                           {"trang_thai", "chua_cap_nhat", ""}}));
  EXPECT_EQ(diff(nullptr, &a).changes.size(), 1u);
  EXPECT_EQ(diff(&a, nullptr).changes[0].kind, ChangeKind::Removed);
}

TEST(TaskDiff, PreviousIdContinuesTheTask) {
  auto a = snap(R"({"ma": "nv-2", "tien_do": 5}, {"ma": "nv-3"})");
  auto b = snap(R"({"ma": "nv-2a", "ma_cu": "nv-2", "tien_do": 10}, {"ma": "nv-3b"})");
  Result r = diff(&a, &b);
  ASSERT_EQ(r.changes.size(), 3u);
  EXPECT_EQ(r.changes[0].task_id, "nv-2a");
  EXPECT_EQ(r.changes[0].kind, ChangeKind::Modified);
  EXPECT_EQ(r.changes[0].fields, (std::vector<FieldChange>{{"ma", "nv-2", "nv-2a"}, {"tien_do", "5", "10"}}));
  EXPECT_EQ(r.changes[1].task_id, "nv-3b");  // no ma_cu: a new task …
  EXPECT_EQ(r.changes[1].kind, ChangeKind::Added);
  EXPECT_EQ(r.changes[2].task_id, "nv-3");  // … and the old one removed
  EXPECT_EQ(r.changes[2].kind, ChangeKind::Removed);
  ASSERT_EQ(r.renames.size(), 1u);
  EXPECT_EQ(r.renames[0].from, "nv-2");
  EXPECT_EQ(r.renames[0].to, "nv-2a");
  // Once renamed, a ma_cu that stays in the file means nothing more.
  EXPECT_TRUE(diff(&b, &b).changes.empty());
}

TEST(TaskDiff, PreviousIdStillPresentIsNotARename) {
  auto a = snap(R"({"ma": "nv-2"})");
  auto b = snap(R"({"ma": "nv-2"}, {"ma": "nv-2a", "ma_cu": "nv-2"})");
  Result r = diff(&a, &b);
  ASSERT_EQ(r.changes.size(), 1u);
  EXPECT_EQ(r.changes[0].kind, ChangeKind::Added);
  EXPECT_TRUE(r.renames.empty());
}

TEST(TaskDiff, RepeatedIdsCountOnce) {
  auto a = snap(R"({"ma": "nv-1", "so": "1"}, {"ma": "nv-1", "so": "9"})");
  auto b = snap(R"({"ma": "nv-1", "so": "1"})");
  EXPECT_TRUE(diff(&a, &b).changes.empty());
}

}  // namespace
}  // namespace ck::history
