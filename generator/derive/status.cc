#include "derive/status.h"

#include <algorithm>
#include <array>

namespace ck {
namespace {

struct StatusNames {
  TaskStatus status;
  std::string_view key;
  std::string_view label;
};

constexpr std::array<StatusNames, 12> kStatuses{{
    {TaskStatus::NoReport, "chua_cap_nhat", "Chưa cập nhật"},
    {TaskStatus::NotStarted, "chua_bat_dau", "Chưa bắt đầu"},
    {TaskStatus::InProgress, "dang_thuc_hien", "Đang thực hiện"},
    {TaskStatus::DueSoon, "sap_den_han", "Sắp đến hạn"},
    {TaskStatus::Overdue, "qua_han", "Quá hạn"},
    {TaskStatus::Done, "hoan_thanh", "Hoàn thành"},
    {TaskStatus::DoneOnTime, "hoan_thanh_dung_han", "Hoàn thành đúng hạn"},
    {TaskStatus::DoneLate, "hoan_thanh_tre_han", "Hoàn thành trễ hạn"},
    {TaskStatus::Continuous, "thuong_xuyen", "Thường xuyên"},
    {TaskStatus::External, "theo_van_ban_khac", "Theo văn bản khác"},
    {TaskStatus::Cancelled, "huy_bo", "Hủy bỏ"},
    {TaskStatus::Adjusted, "dieu_chinh", "Điều chỉnh"},
}};

const StatusNames& names_of(TaskStatus s) {
  for (const auto& n : kStatuses)
    if (n.status == s) return n;
  return kStatuses.front();
}

// The due day that matters today. A recurring task is judged by its next
// occurrence; once all have passed, by the last one.
std::optional<CivilDate> due_as_of(const Deadline& d, const CivilDate& today) {
  if (d.kind == DeadlineKind::Recurring && !d.occurrences.empty()) {
    auto next = std::lower_bound(d.occurrences.begin(), d.occurrences.end(), today);
    return next != d.occurrences.end() ? *next : d.occurrences.back();
  }
  return d.due;
}

// When the work was finished: the reported day, else the latest update.
std::optional<CivilDate> completion_day(const Task& task) {
  if (task.completed) return task.completed;
  std::optional<CivilDate> latest;
  for (const Update& u : task.updates)
    if (!latest || *latest < u.date) latest = u.date;
  return latest;
}

TaskStatus done_status(const Task& task) {
  auto finished = completion_day(task);
  if (!finished || !task.deadline.due) return TaskStatus::Done;
  return *finished <= *task.deadline.due ? TaskStatus::DoneOnTime : TaskStatus::DoneLate;
}

TaskStatus open_status(const Task& task, const StatusInfo& info, const StatusOptions& options) {
  if (task.deadline.kind == DeadlineKind::Continuous) return TaskStatus::Continuous;
  if (task.deadline.kind == DeadlineKind::External) return TaskStatus::External;
  if (info.deadline_passed) return TaskStatus::Overdue;
  if (info.days_left && *info.days_left >= 0 && *info.days_left <= options.due_soon_days)
    return TaskStatus::DueSoon;
  return task.status == ReportedStatus::NotStarted ? TaskStatus::NotStarted : TaskStatus::InProgress;
}

}  // namespace

std::string_view task_status_key(TaskStatus s) { return names_of(s).key; }
std::string_view task_status_label(TaskStatus s) { return names_of(s).label; }

std::optional<TaskStatus> task_status_from_key(std::string_view key) {
  for (const auto& n : kStatuses)
    if (n.key == key) return n.status;
  return std::nullopt;
}

StatusInfo derive_status(const Task& task, const StatusOptions& options) {
  StatusInfo info;
  info.next_due = due_as_of(task.deadline, options.today);
  if (info.next_due) {
    info.days_left = days_between(options.today, *info.next_due);
    info.deadline_passed = *info.days_left < 0;
  }
  info.progress = task.progress;
  switch (task.status) {
    case ReportedStatus::NoReport:
      info.status = TaskStatus::NoReport;
      break;
    case ReportedStatus::Cancelled:
      info.status = TaskStatus::Cancelled;
      break;
    case ReportedStatus::Adjusted:
      info.status = TaskStatus::Adjusted;
      break;
    case ReportedStatus::Done:
      info.status = done_status(task);
      break;
    case ReportedStatus::NotStarted:
    case ReportedStatus::InProgress:
      info.status = open_status(task, info, options);
      break;
  }
  return info;
}

StatusInfo summarize_rows(const std::vector<StatusInfo>& subs) {
  StatusInfo out;
  out.row = RowKind::Heading;
  int reported = 0, unreported = 0, done = 0, late = 0, on_time = 0, not_started = 0, overdue = 0;
  int progress_sum = 0, progress_n = 0;
  for (const StatusInfo& s : subs) {
    bool finished = s.status == TaskStatus::Done || s.status == TaskStatus::DoneOnTime ||
                    s.status == TaskStatus::DoneLate;
    if (s.status == TaskStatus::Cancelled) continue;
    if (s.progress) {
      progress_sum += *s.progress;
      ++progress_n;
    } else if (finished) {
      progress_sum += 100;
      ++progress_n;
    }
    if (s.status == TaskStatus::NoReport) {
      ++unreported;
    } else {
      ++reported;
      done += finished;
      late += s.status == TaskStatus::DoneLate;
      on_time += s.status == TaskStatus::DoneOnTime;
      not_started += s.status == TaskStatus::NotStarted;
      overdue += s.status == TaskStatus::Overdue;
    }
    if (!finished && s.next_due && (!out.next_due || *s.next_due < *out.next_due)) {
      out.next_due = s.next_due;
      out.days_left = s.days_left;
      out.deadline_passed = s.deadline_passed;
    }
  }
  if (progress_n > 0) out.progress = (progress_sum + progress_n / 2) / progress_n;
  if (reported == 0)
    out.status = TaskStatus::NoReport;
  else if (overdue > 0)
    out.status = TaskStatus::Overdue;
  else if (done == reported && unreported == 0)
    out.status = late > 0 ? TaskStatus::DoneLate : on_time == done ? TaskStatus::DoneOnTime : TaskStatus::Done;
  else if (not_started == reported && unreported == 0)
    out.status = TaskStatus::NotStarted;
  else
    out.status = TaskStatus::InProgress;
  return out;
}

void StatusCounts::add(const StatusInfo& info) {
  if (info.row != RowKind::Task) return;
  ++by_status[info.status];
  ++total;
  if (info.status == TaskStatus::NoReport && info.deadline_passed) ++deadline_passed_without_report;
}

int StatusCounts::reported() const {
  auto none = by_status.find(TaskStatus::NoReport);
  return total - (none == by_status.end() ? 0 : none->second);
}

}  // namespace ck
