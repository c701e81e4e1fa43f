#include "model/task_kind.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace ck {
namespace {

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool has_own_lead(const Task& t) {
  return std::any_of(t.lead.begin(), t.lead.end(), [](const std::string& a) { return !blank(a); });
}

RowKind kind_of(const Task& t, bool has_sub_rows) {
  if (has_sub_rows && !has_own_lead(t) && blank(t.deadline.text)) return RowKind::Heading;
  if (blank(t.text)) return RowKind::Empty;
  return RowKind::Task;
}

}  // namespace

std::vector<RowKind> classify_rows(const Plan& plan) {
  std::unordered_set<std::string_view> parents;
  for (const Task& t : plan.tasks)
    if (!t.parent_id.empty()) parents.insert(t.parent_id);
  std::vector<RowKind> kinds;
  kinds.reserve(plan.tasks.size());
  for (const Task& t : plan.tasks) kinds.push_back(kind_of(t, parents.count(t.id) > 0));
  return kinds;
}

RowKind row_kind(const Plan& plan, const Task& task) {
  bool has_sub_rows = std::any_of(plan.tasks.begin(), plan.tasks.end(),
                                  [&](const Task& t) { return !t.parent_id.empty() && t.parent_id == task.id; });
  return kind_of(task, has_sub_rows);
}

std::vector<const Task*> sub_rows(const Plan& plan, const Task& task) {
  std::vector<const Task*> rows;
  for (const Task& t : plan.tasks)
    if (!t.parent_id.empty() && t.parent_id == task.id) rows.push_back(&t);
  return rows;
}

size_t task_count(const Plan& plan) {
  auto kinds = classify_rows(plan);
  return static_cast<size_t>(std::count(kinds.begin(), kinds.end(), RowKind::Task));
}

size_t row_total(const Portal& portal) {
  size_t n = 0;
  for (const auto& c : portal.communes)
    for (const auto& p : c.plans) n += p.tasks.size();
  return n;
}

}  // namespace ck
