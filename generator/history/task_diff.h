// Field-level comparison of two versions of a plan's tasks.
#pragma once
#include <string>
#include <vector>

#include "history/history.h"
#include "history/plan_snapshot.h"

namespace ck::history {

struct DiffSite {
  size_t commit = 0;
  std::string commune;
  std::string plan;
};

// Appends what changed from `before` to `after` (either may be null: the file
// was added or removed) as TaskChanges in `after`'s task order, then removed
// tasks in `before`'s order. Tasks are matched by id; a new id whose "ma_cu"
// names an id that disappeared continues that task (a TaskRename and a "ma"
// field change). A repeated id counts once, at its first occurrence.
void diff_plan_versions(const PlanSnapshot* before, const PlanSnapshot* after, const DiffSite& site,
                        std::vector<TaskChange>& changes, std::vector<TaskRename>& renames);

// The fields that changed between two versions of one task, in field order,
// "cap_nhat" last.
std::vector<FieldChange> diff_task_fields(const TaskSnapshot& before, const TaskSnapshot& after);

}  // namespace ck::history
