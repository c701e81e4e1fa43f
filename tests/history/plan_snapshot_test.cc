#include "history/plan_snapshot.h"

#include <gtest/gtest.h>

namespace ck::history {
namespace {

const char* kPlan = R"({
  "nhiem_vu": [
    {"ma": "nv-1", "so": "1", "noi_dung": "Ban hành kế hoạch.", "co_quan_chu_tri": ["Phòng A", "Phòng B"],
     "thoi_han": "Quý I/2026", "tien_do": 40, "trang_thai": "dang_thuc_hien",
     "cach_hieu_thoi_han": {"loai": "date", "han": "2026-03-15"},
     "cap_nhat": [{"ngay": "2026-02-01", "noi_dung": "Đã dự thảo.", "minh_chung": ["Báo cáo 1", "https://x"]},
                  {"ngay": "2026-02-09", "noi_dung": "Đã trình."}]},
    {"ma": "nv-2", "ma_cu": "nv-2-cu", "noi_dung": "Kiểm tra.", "co_quan_chu_tri": []},
    {"so": "3", "noi_dung": "không có mã"},
    42
  ]
})";

TEST(PlanSnapshot, FieldsAsDisplayStrings) {
  PlanSnapshot s = make_plan_snapshot(kPlan, nullptr);
  ASSERT_TRUE(s.ok) << s.error;
  ASSERT_EQ(s.tasks.size(), 4u);
  const TaskSnapshot& t = *s.tasks[0];
  EXPECT_EQ(t.id, "nv-1");
  EXPECT_EQ(t.values[kSo], "1");
  EXPECT_EQ(t.values[kChuTri], "Phòng A; Phòng B");
  EXPECT_EQ(t.values[kTienDo], "40");
  EXPECT_EQ(t.values[kTrangThai], "dang_thuc_hien");
  EXPECT_EQ(t.values[kCachHieu], R"({"han":"2026-03-15","loai":"date"})");  // compact, sorted keys
  EXPECT_EQ(t.updates, (std::vector<std::string>{"2026-02-01: Đã dự thảo. (Báo cáo 1; https://x)",
                                                 "2026-02-09: Đã trình."}));
  const TaskSnapshot& u = *s.tasks[1];
  EXPECT_EQ(u.previous_id, "nv-2-cu");
  EXPECT_EQ(u.values[kTrangThai], "chua_cap_nhat");  // the data model's default
  EXPECT_EQ(u.values[kTienDo], "");
  EXPECT_EQ(s.tasks[2], nullptr);  // no "ma": cannot be followed
  EXPECT_EQ(s.tasks[3], nullptr);
  EXPECT_EQ(s.parsed, 4u);
}

TEST(PlanSnapshot, ReusesTasksWhoseTextIsUnchanged) {
  PlanSnapshot a = make_plan_snapshot(kPlan, nullptr);
  std::string edited = kPlan;
  std::string old_text = "Kiểm tra.";
  edited.replace(edited.find(old_text), old_text.size(), "Kiểm tra định kỳ.");
  PlanSnapshot b = make_plan_snapshot(edited, &a);
  ASSERT_TRUE(b.ok);
  EXPECT_EQ(b.parsed, 1u);            // nv-2 only: unchanged elements without an id are not read again
  EXPECT_EQ(b.tasks[0], a.tasks[0]);  // shared, not re-parsed
  EXPECT_NE(b.tasks[1], a.tasks[1]);
  EXPECT_EQ(b.tasks[1]->values[kNoiDung], "Kiểm tra định kỳ.");
}

TEST(PlanSnapshot, ReusesTasksThatMovedWhenTasksWereAddedOrRemoved) {
  std::string two = R"({"nhiem_vu": [{"ma": "a", "noi_dung": "A"}, {"ma": "b", "noi_dung": "B"}]})";
  std::string three =
      R"({"nhiem_vu": [{"ma": "c"}, {"ma": "b", "noi_dung": "B"}, {"ma": "a", "noi_dung": "A"}]})";
  PlanSnapshot a = make_plan_snapshot(two, nullptr);
  PlanSnapshot b = make_plan_snapshot(three, &a);
  EXPECT_EQ(b.parsed, 1u);  // only the new task
  EXPECT_EQ(b.tasks[1], a.tasks[1]);
  EXPECT_EQ(b.tasks[2], a.tasks[0]);
  // Same count, swapped: compared in place only, so read again (rare, and correct either way).
  std::string swapped = R"({"nhiem_vu": [{"ma": "b", "noi_dung": "B"}, {"ma": "a", "noi_dung": "A"}]})";
  EXPECT_EQ(make_plan_snapshot(swapped, &a).parsed, 2u);
}

TEST(PlanSnapshot, InvalidVersionsSayWhy) {
  PlanSnapshot bad = make_plan_snapshot("{\n  \"nhiem_vu\": [1,]\n}", nullptr);
  EXPECT_FALSE(bad.ok);
  EXPECT_EQ(bad.error, "không phải JSON hợp lệ (dòng 2, cột 18)");
  PlanSnapshot no_tasks = make_plan_snapshot(R"({"phan": []})", nullptr);
  EXPECT_FALSE(no_tasks.ok);
  EXPECT_EQ(no_tasks.error, "không có danh sách \"nhiem_vu\"");
  PlanSnapshot utf8 =
      make_plan_snapshot("{\"nhiem_vu\": [{\"ma\": \"a\", \"noi_dung\": \"\xC3\x28\"}]}", nullptr);
  EXPECT_FALSE(utf8.ok);
  EXPECT_EQ(utf8.error, "có nhiệm vụ thứ 1 không đọc được (ký tự không phải UTF-8)");
}

}  // namespace
}  // namespace ck::history
