// `congkhai progress export`: a commune's tasks as an .xlsx form an agency
// fills in (libxlsxwriter). One sheet per plan; one row per task (model/
// task_kind: heading rows are not tasks); read-only columns locked and grey,
// the columns to fill unlocked and yellow; the task id and its fingerprint in
// hidden columns; printable on A4 landscape. The reader is read_form.h.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "model/model.h"
#include "util/civil_date.h"

namespace ck::progress {

struct ExportRequest {
  const Commune* commune = nullptr;
  std::vector<const Plan*> plans;  // in sheet order
  std::string agency_id;           // only the tasks this agency leads or supports; empty = all
  CivilDate date;                  // the report date the form is for
  int due_soon_days = 14;
  std::filesystem::path out;
};

struct ExportResult {
  bool ok = false;
  std::string error;  // Vietnamese
  size_t task_rows = 0;
};

ExportResult export_form(const ExportRequest& request);

}  // namespace ck::progress
