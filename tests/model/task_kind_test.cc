#include "model/task_kind.h"

#include <gtest/gtest.h>

namespace ck {
namespace {

Task row(std::string id, std::string text, std::string parent = "", std::vector<std::string> lead = {},
         std::string deadline = "") {
  Task t;
  t.id = std::move(id);
  t.text = std::move(text);
  t.parent_id = std::move(parent);
  t.lead = std::move(lead);
  t.deadline.text = std::move(deadline);
  return t;
}

TEST(TaskKind, ARowWithSubRowsAndNothingOfItsOwnIsAHeading) {
  Plan p;
  p.tasks = {row("t1", "Nhóm nhiệm vụ cải cách thể chế"), row("t1-1", "Rà soát văn bản", "t1", {"Văn phòng"}),
             row("t1-2", "Công bố danh mục", "t1", {}, "Quý II")};
  EXPECT_EQ(classify_rows(p), (std::vector<RowKind>{RowKind::Heading, RowKind::Task, RowKind::Task}));
  EXPECT_EQ(row_kind(p, p.tasks[0]), RowKind::Heading);
  EXPECT_EQ(task_count(p), 2u);
  EXPECT_EQ(sub_rows(p, p.tasks[0]).size(), 2u);
}

TEST(TaskKind, AParentWithItsOwnLeadOrDeadlineStaysATask) {
  Plan p;
  p.tasks = {row("a", "Có cơ quan chủ trì", "", {"Phòng Kinh tế"}), row("a-1", "Việc con", "a"),
             row("b", "Có thời hạn", "", {}, "Tháng 6/2026"), row("b-1", "Việc con", "b")};
  EXPECT_EQ(classify_rows(p), (std::vector<RowKind>(4, RowKind::Task)));
  EXPECT_EQ(task_count(p), 4u);
}

TEST(TaskKind, BlankLeadNamesAndBlankDeadlineDoNotCountAsItsOwn) {
  Plan p;
  p.tasks = {row("h", "Nhóm", "", {"  "}, " \n"), row("h-1", "Việc", "h")};
  EXPECT_EQ(row_kind(p, p.tasks[0]), RowKind::Heading);
}

TEST(TaskKind, ARowWithoutTextIsNeitherTaskNorHeading) {
  Plan p;
  p.tasks = {row("e", "  ", "", {"Văn phòng"}), row("x", "Việc có chữ")};
  EXPECT_EQ(classify_rows(p), (std::vector<RowKind>{RowKind::Empty, RowKind::Task}));
  EXPECT_FALSE(is_task(p, p.tasks[0]));
  EXPECT_EQ(task_count(p), 1u);
}

TEST(TaskKind, AChildlessRowWithNoLeadOrDeadlineIsStillATask) {
  Plan p;
  p.tasks = {row("solo", "Việc chưa giao ai")};
  EXPECT_TRUE(is_task(p, p.tasks[0]));
}

}  // namespace
}  // namespace ck
