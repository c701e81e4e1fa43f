// Every rule of derive_status, and the counts pages show.
#include "derive/status.h"

#include <gtest/gtest.h>

namespace ck {
namespace {

const PlanPeriod k2026{2026, 2026};

Task task_with(ReportedStatus status, const std::string& deadline) {
  Task t;
  t.id = "nv-1";
  t.status = status;
  t.deadline = parse_deadline(deadline, k2026);
  return t;
}

StatusInfo as_of(const Task& t, CivilDate today, int window = 14) {
  return derive_status(t, StatusOptions{today, window});
}

// ---- keys and labels -------------------------------------------------------------

TEST(TaskStatusKeys, AreTheDocumentedOnes) {
  const std::pair<TaskStatus, const char*> expected[] = {
      {TaskStatus::NoReport, "chua_cap_nhat"},
      {TaskStatus::NotStarted, "chua_bat_dau"},
      {TaskStatus::InProgress, "dang_thuc_hien"},
      {TaskStatus::DueSoon, "sap_den_han"},
      {TaskStatus::Overdue, "qua_han"},
      {TaskStatus::Done, "hoan_thanh"},
      {TaskStatus::DoneOnTime, "hoan_thanh_dung_han"},
      {TaskStatus::DoneLate, "hoan_thanh_tre_han"},
      {TaskStatus::Continuous, "thuong_xuyen"},
      {TaskStatus::External, "theo_van_ban_khac"},
      {TaskStatus::Cancelled, "huy_bo"},
      {TaskStatus::Adjusted, "dieu_chinh"},
  };
  for (auto [status, key] : expected) {
    EXPECT_EQ(task_status_key(status), key);
    EXPECT_EQ(task_status_from_key(key), status);
    EXPECT_FALSE(task_status_label(status).empty());
  }
  EXPECT_EQ(task_status_from_key("xong"), std::nullopt);
  EXPECT_EQ(task_status_label(TaskStatus::Overdue), "Quá hạn");
  EXPECT_EQ(task_status_label(TaskStatus::NoReport), "Chưa cập nhật");
}

// ---- cancelled / adjusted ---------------------------------------------------------

TEST(DeriveStatus, CancelledAndAdjustedWinOverDeadlines) {
  CivilDate late{2027, 3, 1};
  EXPECT_EQ(as_of(task_with(ReportedStatus::Cancelled, "Quý I/2026"), late).status, TaskStatus::Cancelled);
  EXPECT_EQ(as_of(task_with(ReportedStatus::Adjusted, "Quý I/2026"), late).status, TaskStatus::Adjusted);
  StatusInfo info = as_of(task_with(ReportedStatus::Cancelled, "Quý I/2026"), late);
  EXPECT_TRUE(info.deadline_passed) << "the facts about the deadline are still given";
}

// ---- done ----------------------------------------------------------------------------

TEST(DeriveStatus, DoneOnTimeWhenCompletedOnTheDueDay) {
  Task t = task_with(ReportedStatus::Done, "Chậm nhất ngày 09/9/2026");
  t.completed = CivilDate{2026, 9, 9};
  EXPECT_EQ(as_of(t, {2026, 12, 1}).status, TaskStatus::DoneOnTime);
}

TEST(DeriveStatus, DoneLateWhenCompletedAfterTheDueDay) {
  Task t = task_with(ReportedStatus::Done, "Trước ngày 13/01/2026");  // due 12/01
  t.completed = CivilDate{2026, 1, 13};
  EXPECT_EQ(as_of(t, {2026, 2, 1}).status, TaskStatus::DoneLate);
}

TEST(DeriveStatus, DoneUsesTheLatestUpdateWhenNoCompletionDay) {
  Task t = task_with(ReportedStatus::Done, "Quý I/2026");
  t.updates = {{CivilDate{2026, 4, 10}, "Đã ban hành", {}}, {CivilDate{2026, 2, 1}, "Dự thảo", {}}};
  EXPECT_EQ(as_of(t, {2026, 5, 1}).status, TaskStatus::DoneLate) << "latest update 10/04 is after 31/03";
  t.updates = {{CivilDate{2026, 3, 31}, "Đã ban hành", {}}};
  EXPECT_EQ(as_of(t, {2026, 5, 1}).status, TaskStatus::DoneOnTime);
}

TEST(DeriveStatus, CompletionDayWinsOverUpdates) {
  Task t = task_with(ReportedStatus::Done, "Quý I/2026");
  t.completed = CivilDate{2026, 3, 20};
  t.updates = {{CivilDate{2026, 5, 2}, "Bổ sung minh chứng", {}}};
  EXPECT_EQ(as_of(t, {2026, 6, 1}).status, TaskStatus::DoneOnTime);
}

TEST(DeriveStatus, DoneWithoutCompletionDay) {
  Task t = task_with(ReportedStatus::Done, "Quý I/2026");
  EXPECT_EQ(as_of(t, {2026, 6, 1}).status, TaskStatus::Done);
}

TEST(DeriveStatus, DoneWithoutDueDay) {
  for (const char* phrase : {"Thường xuyên", "Theo lộ trình của Nghị quyết", "Từ ngày 15/3/2026", "abc"}) {
    Task t = task_with(ReportedStatus::Done, phrase);
    t.completed = CivilDate{2026, 6, 1};
    EXPECT_EQ(as_of(t, {2026, 7, 1}).status, TaskStatus::Done) << phrase;
  }
}

TEST(DeriveStatus, DoneRecurringIsJudgedByTheLastOccurrence) {
  Task t = task_with(ReportedStatus::Done, "Hằng quý");
  t.completed = CivilDate{2026, 12, 31};
  EXPECT_EQ(as_of(t, {2027, 1, 5}).status, TaskStatus::DoneOnTime);
}

// ---- no report: never claimed to be late ---------------------------------------------

TEST(DeriveStatus, NoReportStaysNoReportEvenWhenPastDue) {
  Task t = task_with(ReportedStatus::NoReport, "Trước ngày 13/01/2026");
  StatusInfo info = as_of(t, {2026, 3, 1});
  EXPECT_EQ(info.status, TaskStatus::NoReport);
  EXPECT_TRUE(info.deadline_passed);
  EXPECT_EQ(info.next_due, (CivilDate{2026, 1, 12}));
  EXPECT_EQ(info.days_left, -48);
}

TEST(DeriveStatus, NoReportStaysNoReportWhenDueSoonOrContinuous) {
  EXPECT_EQ(as_of(task_with(ReportedStatus::NoReport, "Quý I/2026"), {2026, 3, 25}).status,
            TaskStatus::NoReport);
  EXPECT_EQ(as_of(task_with(ReportedStatus::NoReport, "Thường xuyên"), {2026, 3, 25}).status,
            TaskStatus::NoReport);
  EXPECT_EQ(as_of(task_with(ReportedStatus::NoReport, "Theo quy định"), {2026, 3, 25}).status,
            TaskStatus::NoReport);
}

// ---- not started / in progress ---------------------------------------------------------

TEST(DeriveStatus, ContinuousAndExternal) {
  for (auto reported : {ReportedStatus::NotStarted, ReportedStatus::InProgress}) {
    EXPECT_EQ(as_of(task_with(reported, "Thường xuyên"), {2026, 5, 1}).status, TaskStatus::Continuous);
    EXPECT_EQ(as_of(task_with(reported, "Theo hướng dẫn của Bộ Nội vụ"), {2026, 5, 1}).status,
              TaskStatus::External);
  }
}

TEST(DeriveStatus, OverdueTheDayAfterTheDueDay) {
  Task t = task_with(ReportedStatus::InProgress, "Quý I/2026");
  StatusInfo on_due = as_of(t, {2026, 3, 31});
  EXPECT_EQ(on_due.status, TaskStatus::DueSoon);
  EXPECT_EQ(on_due.days_left, 0);
  EXPECT_FALSE(on_due.deadline_passed);
  StatusInfo after = as_of(t, {2026, 4, 1});
  EXPECT_EQ(after.status, TaskStatus::Overdue);
  EXPECT_EQ(after.days_left, -1);
  EXPECT_TRUE(after.deadline_passed);
  EXPECT_EQ(as_of(task_with(ReportedStatus::NotStarted, "Quý I/2026"), {2026, 4, 1}).status,
            TaskStatus::Overdue);
}

TEST(DeriveStatus, DueSoonWindowIsInclusive) {
  Task t = task_with(ReportedStatus::NotStarted, "Tháng 01/2026");    // due 31/01
  EXPECT_EQ(as_of(t, {2026, 1, 17}).status, TaskStatus::DueSoon);     // 14 days left
  EXPECT_EQ(as_of(t, {2026, 1, 16}).status, TaskStatus::NotStarted);  // 15 days left
  EXPECT_EQ(as_of(t, {2026, 1, 16}, 15).status, TaskStatus::DueSoon);
  EXPECT_EQ(as_of(t, {2026, 1, 31}, 0).status, TaskStatus::DueSoon);
  EXPECT_EQ(as_of(t, {2026, 1, 30}, 0).status, TaskStatus::NotStarted);
}

TEST(DeriveStatus, OtherwiseTheReportedStatus) {
  EXPECT_EQ(as_of(task_with(ReportedStatus::NotStarted, "Quý IV/2026"), {2026, 2, 1}).status,
            TaskStatus::NotStarted);
  EXPECT_EQ(as_of(task_with(ReportedStatus::InProgress, "Quý IV/2026"), {2026, 2, 1}).status,
            TaskStatus::InProgress);
  // No due day at all: from, unknown.
  EXPECT_EQ(as_of(task_with(ReportedStatus::InProgress, "Từ ngày 15/3/2026"), {2027, 2, 1}).status,
            TaskStatus::InProgress);
  EXPECT_EQ(as_of(task_with(ReportedStatus::NotStarted, "Cuối năm"), {2027, 2, 1}).status,
            TaskStatus::NotStarted);
}

TEST(DeriveStatus, RecurringUsesTheNextOccurrence) {
  Task t =
      task_with(ReportedStatus::InProgress, "Trước ngày 10 của tháng cuối quý");  // 09/3, 09/6, 09/9, 09/12
  StatusInfo info = as_of(t, {2026, 3, 10});
  EXPECT_EQ(info.next_due, (CivilDate{2026, 6, 9}));
  EXPECT_EQ(info.days_left, 91);
  EXPECT_FALSE(info.deadline_passed);
  EXPECT_EQ(info.status, TaskStatus::InProgress);

  info = as_of(t, {2026, 6, 1});
  EXPECT_EQ(info.next_due, (CivilDate{2026, 6, 9}));
  EXPECT_EQ(info.status, TaskStatus::DueSoon);

  info = as_of(t, {2026, 6, 9});  // an occurrence today is still to come
  EXPECT_EQ(info.next_due, (CivilDate{2026, 6, 9}));
  EXPECT_EQ(info.days_left, 0);

  info = as_of(t, {2026, 12, 10});  // all passed: judged by the last one
  EXPECT_EQ(info.next_due, (CivilDate{2026, 12, 9}));
  EXPECT_TRUE(info.deadline_passed);
  EXPECT_EQ(info.status, TaskStatus::Overdue);
}

TEST(DeriveStatus, NoDueDayMeansNoDaysLeft) {
  for (const char* phrase : {"Thường xuyên", "Theo quy định", "Từ ngày 15/3/2026", "abc"}) {
    StatusInfo info = as_of(task_with(ReportedStatus::InProgress, phrase), {2026, 5, 1});
    EXPECT_FALSE(info.next_due) << phrase;
    EXPECT_FALSE(info.days_left) << phrase;
    EXPECT_FALSE(info.deadline_passed) << phrase;
  }
}

TEST(DeriveStatus, AnOverrideIsWhatCounts) {
  Task t = task_with(ReportedStatus::InProgress, "Theo kế hoạch của thành phố");
  t.deadline.kind = DeadlineKind::Date;
  t.deadline.due = CivilDate{2026, 5, 15};
  t.deadline.overridden = true;
  EXPECT_EQ(as_of(t, {2026, 5, 10}).status, TaskStatus::DueSoon);
  EXPECT_EQ(as_of(t, {2026, 5, 16}).status, TaskStatus::Overdue);
}

// ---- counts ---------------------------------------------------------------------------

TEST(StatusCounts, CountsByStatusAndUnreportedPastDue) {
  StatusCounts counts;
  CivilDate today{2026, 4, 15};
  counts.add(as_of(task_with(ReportedStatus::NoReport, "Quý I/2026"), today));    // past due, no report
  counts.add(as_of(task_with(ReportedStatus::NoReport, "Cả năm 2026"), today));   // not yet due
  counts.add(as_of(task_with(ReportedStatus::NoReport, "Thường xuyên"), today));  // no due day
  counts.add(as_of(task_with(ReportedStatus::InProgress, "Quý I/2026"), today));  // overdue
  counts.add(as_of(task_with(ReportedStatus::InProgress, "Cả năm 2026"), today));
  EXPECT_EQ(counts.total, 5);
  EXPECT_EQ(counts.by_status[TaskStatus::NoReport], 3);
  EXPECT_EQ(counts.by_status[TaskStatus::Overdue], 1);
  EXPECT_EQ(counts.by_status[TaskStatus::InProgress], 1);
  EXPECT_EQ(counts.deadline_passed_without_report, 1);
  EXPECT_EQ(counts.by_status.count(TaskStatus::Done), 0u) << "only statuses that occur are keyed";
}

TEST(StatusCounts, EmptyByDefault) {
  StatusCounts counts;
  EXPECT_EQ(counts.total, 0);
  EXPECT_TRUE(counts.by_status.empty());
  EXPECT_EQ(counts.deadline_passed_without_report, 0);
}

}  // namespace
}  // namespace ck
