// One rule for what a row of a plan's appendix is, shared by every count,
// list, status, agency index, open-data file and the progress form.
//
// A heading row groups sub-rows: it has sub-rows (rows whose "thuoc" names
// it) and no lead agency and no deadline of its own. It is not a task: it is
// never counted, never reported on, never listed as overdue; its status and
// progress are a summary of its sub-rows (derive/status). Every other row with
// text is a task. A row without text is neither and never appears in lists.
#pragma once
#include <vector>

#include "model/model.h"

namespace ck {

enum class RowKind { Task, Heading, Empty };

// The kind of every task of `plan`, by index. O(n): one pass to find parents.
std::vector<RowKind> classify_rows(const Plan& plan);

// The same rule for one row (O(n) for that row; use classify_rows in loops).
RowKind row_kind(const Plan& plan, const Task& task);
inline bool is_task(const Plan& plan, const Task& task) { return row_kind(plan, task) == RowKind::Task; }

// Rows whose "thuoc" names `task` (its sub-rows), in plan order.
std::vector<const Task*> sub_rows(const Plan& plan, const Task& task);

// How many rows of `plan` are tasks (what "N nhiệm vụ" counts).
size_t task_count(const Plan& plan);

// Every row of every plan, of any kind: the size of a table kept per row (statuses, facts).
size_t row_total(const Portal& portal);

}  // namespace ck
