// The progress form's layout, shared by the writer (export) and the reader
// (apply), so the two can never disagree: which columns there are, their
// headers, which an agency fills, and where the form keeps its own data (the
// task id and fingerprint in hidden columns, the form's identity in the
// hidden cells above them).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace ck::progress {

// Marks a sheet as a progress form (hidden cell A1), with the layout version.
inline constexpr std::string_view kFormMarker = "congkhai/bieu-mau-tien-do/1";

enum class Column {
  TaskId,       // hidden: the task's "ma"
  Fingerprint,  // hidden: fingerprint of the task's report as exported
  Number,
  Text,
  Lead,
  Partners,
  DeadlineText,
  DeadlineRead,
  StatusNow,
  ProgressNow,
  // filled by the agency:
  Status,
  Progress,
  Completed,
  Done,      // what was done
  Evidence,  // document numbers, links
  Reason,    // "Lý do": required when the status goes back or progress decreases
};

struct ColumnSpec {
  Column column;
  std::string_view header;  // the header text, as the reader matches it
  double width;             // in characters of the default font
  bool input;               // filled by the agency (unlocked, coloured)
};

const std::vector<ColumnSpec>& form_columns();
const ColumnSpec& column_spec(Column c);
int column_index(Column c);  // 1-based spreadsheet column

// Rows (1-based): title, subtitle (commune, plan, date), how to fill and
// return it, then the header row and the tasks.
inline constexpr int kTitleRow = 1;
inline constexpr int kSubtitleRow = 2;
inline constexpr int kInstructionRow = 3;
inline constexpr int kHeaderRow = 5;
inline constexpr int kFirstTaskRow = 6;
// The hidden identity cells (column TaskId): A1 the marker, A2 "<commune>/<plan>",
// A3 the report date (YYYY-MM-DD), A4 the name of the agency the form was
// exported for (empty for a whole-plan form; forms exported before it was
// added have none), which names the reporter in the commit.
inline constexpr int kPlanCellRow = 2;
inline constexpr int kDateCellRow = 3;
inline constexpr int kAgencyCellRow = 4;

// The statuses an agency reports, in the drop-down's order (never computed
// ones such as "quá hạn", nor "chưa cập nhật", which is the absence of a report).
const std::vector<ReportedStatus>& reportable_statuses();
// Their Vietnamese labels, from the words the site and the open data use.
std::string status_label(ReportedStatus s);
// The status whose label is `label` (compared without case, diacritics kept).
std::optional<ReportedStatus> status_from_label(std::string_view label);

// A short fingerprint of what the form would overwrite in `task` (status,
// progress, completion date, updates): a form exported before someone else
// changed these is stale for that task.
std::string task_fingerprint(const Task& task);

// How the deadline was read, in words: "Hạn một ngày: 13/01/2026".
std::string deadline_reading(const Deadline& d);

// The sheet name for a plan: the plan id, cut to Excel's 31 characters.
std::string sheet_name_for(const Plan& plan);

}  // namespace ck::progress
