// Reading a returned progress form (ooxml/workbook) into values checked cell
// by cell. Every problem is collected, located "Trang 'X', ô G12: …", so the
// clerk fixes the whole form in one pass. Sheets that are not a form (no
// marker in the hidden cell A1) are ignored: an agency may add its own notes.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"
#include "ooxml/workbook.h"
#include "util/civil_date.h"

namespace ck::progress {

// "Trang 'cchc-2026', ô G12"
std::string cell_place(const std::string& sheet, int row, int col);

struct FormRow {
  int row = 0;  // 1-based, as the spreadsheet shows it
  std::string task_id;
  std::string fingerprint;
  std::optional<ReportedStatus> status;
  std::optional<int> progress;
  std::optional<CivilDate> completed;
  std::string done;  // what was done
  std::vector<std::string> evidence;
  std::string reason;
  bool filled() const {
    return status || progress || completed || !done.empty() || !evidence.empty() || !reason.empty();
  }
};

struct FormSheet {
  std::string name;
  std::string commune;
  std::string plan;
  CivilDate date;             // the report date the form was exported for
  std::string agency;         // the agency it was exported for; empty = whole plan
  std::vector<FormRow> rows;  // rows with a task id, in sheet order
};

struct FormReading {
  std::vector<FormSheet> sheets;
  std::vector<std::string> errors;  // located, Vietnamese
  std::vector<std::string> notes;   // located, not blocking (a formula read as its value)
};

// `today` bounds completion dates (a completion cannot be in the future).
FormReading read_form(const ooxml::Workbook& book, const CivilDate& today);

// Progress as an agency writes it: "40", "40%", "40 %" -> 40; nullopt when not
// a whole number from 0 to 100.
std::optional<int> parse_progress_text(std::string_view text);
// A date as a clerk types it: "15/3/2026", "15-03-2026", "15.03.2026", "2026-03-15".
std::optional<CivilDate> parse_date_text(std::string_view text);

}  // namespace ck::progress
