#include "history/task_diff.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace ck::history {

namespace {

// Fields shown for a task added or removed: enough to say what it was.
constexpr TaskField kSummaryFields[] = {kSo,        kNoiDung, kThoiHan,      kCachHieu,
                                        kTrangThai, kTienDo,  kNgayHoanThanh};

using TaskMap = std::unordered_map<std::string_view, const TaskSnapshot*>;

// First occurrence of each id, in file order.
std::vector<const TaskSnapshot*> unique_tasks(const PlanSnapshot* snap, TaskMap& by_id) {
  std::vector<const TaskSnapshot*> out;
  if (!snap) return out;
  out.reserve(snap->tasks.size());
  for (const auto& t : snap->tasks)
    if (t && by_id.emplace(t->id, t.get()).second) out.push_back(t.get());
  return out;
}

std::vector<FieldChange> summary(const TaskSnapshot& t, bool as_after) {
  std::vector<FieldChange> out;
  for (TaskField f : kSummaryFields) {
    const std::string& v = t.values[f];
    if (v.empty()) continue;
    out.push_back(as_after ? FieldChange{std::string(task_field_key(f)), "", v}
                           : FieldChange{std::string(task_field_key(f)), v, ""});
  }
  return out;
}

// Lines of `a` not matched by an equal line of `b` (as multisets), in a's order.
std::string unmatched_lines(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::unordered_map<std::string_view, int> left;
  for (const auto& s : b) ++left[s];
  std::string out;
  for (const auto& s : a) {
    auto it = left.find(s);
    if (it != left.end() && it->second > 0) {
      --it->second;
      continue;
    }
    if (!out.empty()) out += '\n';
    out += s;
  }
  return out;
}

bool same_ids(const PlanSnapshot& a, const PlanSnapshot& b) {
  if (a.tasks.size() != b.tasks.size()) return false;
  for (size_t i = 0; i < a.tasks.size(); ++i) {
    const auto& x = a.tasks[i];
    const auto& y = b.tasks[i];
    if (!x != !y || (x && x->id != y->id)) return false;
  }
  return true;
}

bool seen_before(const PlanSnapshot& s, size_t i) {
  for (size_t k = 0; k < i; ++k)
    if (s.tasks[k] && s.tasks[k]->id == s.tasks[i]->id) return true;
  return false;
}

}  // namespace

std::vector<FieldChange> diff_task_fields(const TaskSnapshot& before, const TaskSnapshot& after) {
  std::vector<FieldChange> out;
  for (size_t f = 0; f < kTaskFieldCount; ++f)
    if (before.values[f] != after.values[f])
      out.push_back({std::string(task_field_key(f)), before.values[f], after.values[f]});
  if (before.updates != after.updates) {
    std::string removed = unmatched_lines(before.updates, after.updates);
    std::string added = unmatched_lines(after.updates, before.updates);
    if (!removed.empty() || !added.empty()) out.push_back({"cap_nhat", removed, added});
  }
  return out;
}

void diff_plan_versions(const PlanSnapshot* before, const PlanSnapshot* after, const DiffSite& site,
                        std::vector<TaskChange>& changes, std::vector<TaskRename>& renames) {
  // The usual edit keeps every id in place: compare position by position the
  // tasks whose text changed (a repeated id counts at its first position only).
  if (before && after && same_ids(*before, *after)) {
    for (size_t i = 0; i < after->tasks.size(); ++i) {
      const auto& a = before->tasks[i];
      const auto& b = after->tasks[i];
      if (a == b || seen_before(*after, i)) continue;
      auto fields = diff_task_fields(*a, *b);
      if (!fields.empty())
        changes.push_back(
            {site.commit, site.commune, site.plan, b->id, ChangeKind::Modified, std::move(fields)});
    }
    return;
  }
  TaskMap old_by_id, new_by_id;
  auto old_tasks = unique_tasks(before, old_by_id);
  auto new_tasks = unique_tasks(after, new_by_id);
  std::unordered_set<std::string_view> matched;
  auto emit = [&](const std::string& id, ChangeKind kind, std::vector<FieldChange> fields) {
    changes.push_back({site.commit, site.commune, site.plan, id, kind, std::move(fields)});
  };
  for (const TaskSnapshot* t : new_tasks) {
    if (auto it = old_by_id.find(t->id); it != old_by_id.end()) {
      matched.insert(t->id);
      if (it->second == t) continue;  // the same parsed text: unchanged
      auto fields = diff_task_fields(*it->second, *t);
      if (!fields.empty()) emit(t->id, ChangeKind::Modified, std::move(fields));
      continue;
    }
    const std::string& prev = t->previous_id;
    auto old = prev.empty() ? old_by_id.end() : old_by_id.find(prev);
    if (old != old_by_id.end() && !new_by_id.count(prev) && !matched.count(prev)) {
      matched.insert(prev);
      std::vector<FieldChange> fields{{"ma", prev, t->id}};
      for (auto& f : diff_task_fields(*old->second, *t)) fields.push_back(std::move(f));
      emit(t->id, ChangeKind::Modified, std::move(fields));
      renames.push_back({site.commit, site.commune, site.plan, prev, t->id});
      continue;
    }
    emit(t->id, ChangeKind::Added, summary(*t, true));
  }
  for (const TaskSnapshot* t : old_tasks)
    if (!matched.count(t->id)) emit(t->id, ChangeKind::Removed, summary(*t, false));
}

}  // namespace ck::history
