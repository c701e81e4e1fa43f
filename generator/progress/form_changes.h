// What a returned form changes, task by task, checked against the plan as it
// is now: a stale row (the task's report changed since the form was
// exported) is a conflict, a step back without a reason is an error, a row
// that changes nothing is skipped — so the second apply of a form changes
// nothing. The result is plain data: words for people, values for the writer.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"
#include "progress/read_form.h"

namespace ck::progress {

struct TaskEdit {
  std::string task_id;
  std::string label;                     // "Nhiệm vụ 11"
  std::optional<ReportedStatus> status;  // set when it changes
  std::optional<int> progress;           // set when it changes
  std::optional<CivilDate> completed;    // set when it changes
  bool remove_completed = false;         // the status left "hoàn thành"
  std::optional<Update> update;          // a new entry of "cap_nhat"
  std::string reason;
  std::string words;  // "Nhiệm vụ 11: Trạng thái Chưa cập nhật → Đang thực hiện; Tiến độ — → 40%"
};

struct PlanEdits {
  const Commune* commune = nullptr;
  const Plan* plan = nullptr;
  std::vector<TaskEdit> edits;
};

struct FormChanges {
  std::vector<PlanEdits> plans;     // only plans with edits
  std::vector<std::string> errors;  // located; conflicts included
  std::vector<std::string> conflicts;
  size_t unchanged_rows = 0;  // filled rows that change nothing (already applied)
};

FormChanges form_changes(const Portal& portal, const FormReading& form);

}  // namespace ck::progress
