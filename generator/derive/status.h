// Where a task stands as of a given day: the editor's report combined with the
// deadline's interpretation. Derived at build time, never stored, so a nightly
// build moves tasks from "due soon" to "overdue" by itself.
#pragma once
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/model.h"
#include "model/task_kind.h"
#include "util/civil_date.h"

namespace ck {

enum class TaskStatus {
  NoReport,  // nobody has reported on the task: never claimed to be late
  NotStarted,
  InProgress,
  DueSoon,  // not started / in progress, due within the window
  Overdue,  // not started / in progress, its due day has passed
  Done,     // done, but no completion date or no due day to compare
  DoneOnTime,
  DoneLate,
  Continuous,  // ongoing work with no due day
  External,    // the deadline is set by another document
  Cancelled,
  Adjusted,
};

// "chua_cap_nhat", "chua_bat_dau", "dang_thuc_hien", "sap_den_han", "qua_han",
// "hoan_thanh", "hoan_thanh_dung_han", "hoan_thanh_tre_han", "thuong_xuyen",
// "theo_van_ban_khac", "huy_bo", "dieu_chinh".
std::string_view task_status_key(TaskStatus s);
std::optional<TaskStatus> task_status_from_key(std::string_view key);
// For people: "Chưa cập nhật", "Chưa bắt đầu", "Đang thực hiện", "Sắp đến hạn",
// "Quá hạn", "Hoàn thành", "Hoàn thành đúng hạn", "Hoàn thành trễ hạn",
// "Thường xuyên", "Theo văn bản khác", "Hủy bỏ", "Điều chỉnh".
std::string_view task_status_label(TaskStatus s);

struct StatusInfo {
  TaskStatus status = TaskStatus::NoReport;
  std::optional<CivilDate> next_due;  // the due day that matters as of today (for recurring: the next
                                      // occurrence on/after today, else the last)
  std::optional<long> days_left;      // next_due - today in days (negative = past); nullopt when no due day
  bool deadline_passed = false;       // a due day exists and today is after it
  // What the row is (model/task_kind.h). Only a Task is counted or listed; a
  // Heading's status and progress summarise its sub-rows (summarize_rows).
  RowKind row = RowKind::Task;
  // Reported progress (0..100); for a heading, the mean of its sub-rows'.
  std::optional<int> progress;
};

// Every task's status, by task (looked up for each row of every list: a hash map, not a tree).
using TaskStatuses = std::unordered_map<const Task*, StatusInfo>;

struct StatusOptions {
  CivilDate today;
  int due_soon_days = 14;
};

// Rules, in order:
//  - reported Cancelled / Adjusted: that status.
//  - reported Done: DoneOnTime or DoneLate when a completion day (task.completed,
//    else the latest update's date) and a due day (deadline.due: for recurring,
//    the last occurrence) both exist, comparing completion <= due; else Done.
//  - NoReport stays NoReport, always: a real commune's task is never called
//    overdue when nobody reported on it. next_due, days_left and
//    deadline_passed are still filled, so pages can say "đã qua hạn, chưa có báo cáo".
//  - NotStarted / InProgress: continuous deadline → Continuous; external →
//    External; due day passed → Overdue; 0..due_soon_days days left → DueSoon;
//    else the reported status.
StatusInfo derive_status(const Task& task, const StatusOptions& options);

// A heading row's status and progress from its sub-rows' (docs/data-model.md,
// "Heading rows"):
//  - no sub-row reported (all NoReport, or none)   → NoReport;
//  - any sub-row Overdue                            → Overdue;
//  - every reported sub-row done, none unreported   → DoneLate if any was late, else DoneOnTime if all were
//                                                     on time, else Done (cancelled sub-rows are left out);
//  - every reported sub-row not started             → NotStarted;
//  - otherwise (some in progress, or some done)     → InProgress.
// Progress: the mean of the sub-rows that report one (a done sub-row counts
// 100); none → no progress. next_due is the earliest of the open sub-rows'.
StatusInfo summarize_rows(const std::vector<StatusInfo>& sub_rows);

// Counts for a plan, section, agency or commune page.
struct StatusCounts {
  std::map<TaskStatus, int> by_status;
  int total = 0;
  int deadline_passed_without_report = 0;  // NoReport tasks whose due day has passed
  // Counts a task; a heading or empty row is not a task and is skipped.
  void add(const StatusInfo& info);
  // Tasks with a report of any kind (every status but "chưa cập nhật").
  int reported() const;
};

}  // namespace ck
