#include "progress/form_layout.h"

#include <algorithm>

#include "publish/data_vocabulary.h"
#include "util/sha256.h"
#include "util/slug.h"
#include "util/text.h"

namespace ck::progress {

const std::vector<ColumnSpec>& form_columns() {
  static const std::vector<ColumnSpec> columns = {
      {Column::TaskId, "Mã nhiệm vụ", 12, false},
      {Column::Fingerprint, "Dấu kiểm", 12, false},
      {Column::Number, "TT", 5, false},
      {Column::Text, "Nội dung nhiệm vụ", 42, false},
      {Column::Lead, "Cơ quan chủ trì", 16, false},
      {Column::Partners, "Cơ quan phối hợp", 16, false},
      {Column::DeadlineText, "Thời hạn (như văn bản)", 15, false},
      {Column::DeadlineRead, "Cách hiểu thời hạn", 17, false},
      {Column::StatusNow, "Trạng thái đang công bố", 12, false},
      {Column::ProgressNow, "Tiến độ đang công bố", 9, false},
      {Column::Status, "Trạng thái mới", 14, true},
      {Column::Progress, "Tiến độ (%)", 8, true},
      {Column::Completed, "Ngày hoàn thành", 11, true},
      {Column::Done, "Kết quả thực hiện", 23, true},
      {Column::Evidence, "Minh chứng (số văn bản, đường dẫn)", 18, true},
      {Column::Reason, "Lý do (khi lùi trạng thái hoặc giảm tiến độ)", 18, true},
  };
  return columns;
}

const ColumnSpec& column_spec(Column c) { return form_columns()[static_cast<size_t>(c)]; }
int column_index(Column c) { return static_cast<int>(c) + 1; }

const std::vector<ReportedStatus>& reportable_statuses() {
  static const std::vector<ReportedStatus> statuses = {ReportedStatus::NotStarted, ReportedStatus::InProgress,
                                                       ReportedStatus::Done, ReportedStatus::Cancelled,
                                                       ReportedStatus::Adjusted};
  return statuses;
}

std::string status_label(ReportedStatus s) {
  return data_label("status", std::string(reported_status_key(s)));
}

std::optional<ReportedStatus> status_from_label(std::string_view label) {
  std::string folded = fold_diacritics(normalize_space(label));
  for (ReportedStatus s : reportable_statuses())
    if (folded == fold_diacritics(status_label(s)) || folded == reported_status_key(s)) return s;
  return std::nullopt;
}

std::string task_fingerprint(const Task& task) {
  // One field per line; lists and updates spelt out, so no two reports share a text.
  std::string text = std::string(reported_status_key(task.status)) + "\n";
  text += (task.progress ? std::to_string(*task.progress) : "") + "\n";
  text += (task.completed ? task.completed->iso() : "") + "\n";
  for (const auto& u : task.updates) {
    text += u.date.iso() + "\t" + u.note;
    for (const auto& e : u.evidence) text += "\t" + e;
    text += "\n";
  }
  return sha256_hex(text).substr(0, 16);
}

std::string deadline_reading(const Deadline& d) {
  std::string out = data_label("kind", std::string(deadline_kind_name(d.kind)));
  switch (d.kind) {
    case DeadlineKind::Date:
      if (d.due) out += ": " + d.due->vietnamese();
      break;
    case DeadlineKind::Range:
      if (d.start && d.due) out += ": " + d.start->vietnamese() + " – " + d.due->vietnamese();
      break;
    case DeadlineKind::From:
      if (d.start) out += ": " + d.start->vietnamese();
      break;
    case DeadlineKind::Recurring: {
      std::string days;
      for (const auto& day : d.occurrences) days += (days.empty() ? ": " : ", ") + day.vietnamese();
      out += days;
      break;
    }
    default:
      break;
  }
  return out;
}

std::string sheet_name_for(const Plan& plan) { return plan.id.substr(0, 31); }

}  // namespace ck::progress
