#include "history/history_index.h"

#include <algorithm>
#include <set>

#include "history/deadline_override.h"
#include "history/minor_change.h"

namespace ck {

namespace {

template <typename T>
std::vector<const T*> collect(
    const std::vector<T>& all,
    const std::map<std::tuple<std::string, std::string, std::string>, std::vector<size_t>>& index,
    const std::tuple<std::string, std::string, std::string>& key, size_t before, std::set<size_t>& seen) {
  std::vector<const T*> out;
  auto it = index.find(key);
  if (it == index.end()) return out;
  for (size_t i : it->second)
    if (all[i].commit < before && seen.insert(i).second) out.push_back(&all[i]);
  return out;
}

template <typename T>
void sort_by_commit(std::vector<const T*>& v) {
  std::stable_sort(v.begin(), v.end(), [](const T* a, const T* b) { return a->commit < b->commit; });
}

const FieldChange* field(const TaskChange& c, std::string_view key) {
  for (const auto& f : c.fields)
    if (f.field == key) return &f;
  return nullptr;
}

// The due day of a deadline text with an optional override (compact JSON).
std::optional<CivilDate> due_of(const std::string& text, const std::string& override_json,
                                const PlanPeriod& period) {
  if (auto o = history::override_deadline(override_json)) return o->due;
  return parse_deadline(text, period).due;
}

}  // namespace

HistoryIndex::HistoryIndex(const History& history) : h_(history) {
  auto refusals = history::minor_refusals(h_);
  minor_.resize(h_.commits.size());
  for (size_t i = 0; i < h_.commits.size(); ++i) minor_[i] = h_.commits[i].minor && refusals[i].empty();
  for (size_t i = 0; i < h_.task_changes.size(); ++i) {
    const TaskChange& c = h_.task_changes[i];
    task_changes_[{c.commune, c.plan, c.task_id}].push_back(i);
    plan_changes_[{c.commune, c.plan, ""}].push_back(i);
  }
  for (size_t i = 0; i < h_.narrative_changes.size(); ++i) {
    const NarrativeChange& c = h_.narrative_changes[i];
    narrative_[{c.commune, c.plan, ""}].push_back(i);
  }
}

// Walks renames backwards: each step only reaches commits before the rename,
// so the walk ends even if names are reused.
std::vector<HistoryIndex::Alias> HistoryIndex::aliases(const Key& key, bool markdown) const {
  std::vector<Alias> out{{key, SIZE_MAX}};
  for (size_t k = 0; k < out.size() && out.size() < 1000; ++k) {
    const auto [commune, plan, task] = out[k].from;
    size_t before = out[k].before;
    for (const auto& r : h_.plan_renames)
      if (r.commit < before && r.data != markdown && r.to_commune == commune && r.to_plan == plan)
        out.push_back({{r.from_commune, r.from_plan, task}, r.commit});
    if (task.empty()) continue;
    for (const auto& r : h_.task_renames)
      if (r.commit < before && r.commune == commune && r.plan == plan && r.to == task)
        out.push_back({{commune, plan, r.from}, r.commit});
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> HistoryIndex::former_names(std::string_view commune,
                                                                            std::string_view plan) const {
  std::set<std::pair<std::string, std::string>> names;
  for (bool markdown : {false, true})
    for (const Alias& a : aliases({std::string(commune), std::string(plan), ""}, markdown))
      names.emplace(std::get<0>(a.from), std::get<1>(a.from));
  names.erase(std::pair(std::string(commune), std::string(plan)));
  return {names.begin(), names.end()};
}

std::pair<std::string, std::string> HistoryIndex::name_at(std::string_view commune, std::string_view plan,
                                                          size_t commit) const {
  std::pair<std::string, std::string> name{std::string(commune), std::string(plan)};
  // Newest move first: each one after `commit` that ends at the name reached so far leads to the name before
  // it.
  for (auto it = h_.plan_renames.rbegin(); it != h_.plan_renames.rend(); ++it)
    if (it->data && it->commit > commit && it->to_commune == name.first && it->to_plan == name.second)
      name = {it->from_commune, it->from_plan};
  return name;
}

std::vector<const TaskChange*> HistoryIndex::for_task(std::string_view commune, std::string_view plan,
                                                      std::string_view task) const {
  std::vector<const TaskChange*> out;
  std::set<size_t> seen;
  for (const Alias& a : aliases({std::string(commune), std::string(plan), std::string(task)}, false))
    for (auto* c : collect(h_.task_changes, task_changes_, a.from, a.before, seen)) out.push_back(c);
  sort_by_commit(out);
  return out;
}

std::vector<const TaskChange*> HistoryIndex::task_changes_for_plan(std::string_view commune,
                                                                   std::string_view plan) const {
  std::vector<const TaskChange*> out;
  std::set<size_t> seen;
  for (const Alias& a : aliases({std::string(commune), std::string(plan), ""}, false))
    for (auto* c : collect(h_.task_changes, plan_changes_, a.from, a.before, seen)) out.push_back(c);
  sort_by_commit(out);
  return out;
}

std::vector<const NarrativeChange*> HistoryIndex::narrative_for_plan(std::string_view commune,
                                                                     std::string_view plan) const {
  std::vector<const NarrativeChange*> out;
  std::set<size_t> seen;
  for (const Alias& a : aliases({std::string(commune), std::string(plan), ""}, true))
    for (auto* c : collect(h_.narrative_changes, narrative_, a.from, a.before, seen)) out.push_back(c);
  sort_by_commit(out);
  return out;
}

std::vector<size_t> HistoryIndex::recent_commits(std::string_view commune, size_t limit,
                                                 bool include_minor) const {
  std::set<size_t> commits;
  for (const auto& c : h_.task_changes)
    if (commune.empty() || c.commune == commune) commits.insert(c.commit);
  for (const auto& c : h_.narrative_changes)
    if (commune.empty() || c.commune == commune) commits.insert(c.commit);
  std::vector<size_t> out;
  for (auto it = commits.rbegin(); it != commits.rend() && out.size() < limit; ++it)
    if (include_minor || !is_minor(*it)) out.push_back(*it);
  return out;
}

std::optional<size_t> HistoryIndex::first_done_commit(std::string_view commune, std::string_view plan,
                                                      std::string_view task) const {
  std::optional<size_t> since;
  for (const TaskChange* c : for_task(commune, plan, task)) {
    std::string status;
    if (c->kind == ChangeKind::Removed) {
      since.reset();
      continue;
    }
    if (const FieldChange* f = field(*c, "trang_thai"))
      status = f->after;
    else
      continue;
    if (status != "hoan_thanh")
      since.reset();
    else if (!since)
      since = c->commit;
  }
  return since;
}

Slippage HistoryIndex::slippage(std::string_view commune, std::string_view plan, std::string_view task,
                                const PlanPeriod& period) const {
  Slippage s;
  std::string text, override_json;
  bool started = false;
  for (const TaskChange* c : for_task(commune, plan, task)) {
    if (c->kind == ChangeKind::Removed) continue;
    const FieldChange* t = field(*c, "thoi_han");
    const FieldChange* o = field(*c, "cach_hieu_thoi_han");
    bool added = c->kind == ChangeKind::Added;
    if (!started && (added || t || o)) {
      // Added: the first published deadline. Otherwise a shallow baseline: the
      // first version seen is the "before" of the first move.
      started = true;
      s.known_from_start = added;
      text = added ? (t ? t->after : "") : (t ? t->before : text);
      override_json = added ? (o ? o->after : "") : (o ? o->before : override_json);
      s.first_text = text;
      s.first_due = due_of(text, override_json, period);
      if (added) continue;
    }
    if (!started) continue;
    std::string new_text = added ? (t ? t->after : "") : (t ? t->after : text);
    std::string new_override = added ? (o ? o->after : "") : (o ? o->after : override_json);
    if (new_text == text && new_override == override_json) continue;
    DeadlineMove m;
    m.commit = c->commit;
    m.from_text = text;
    m.from_due = due_of(text, override_json, period);
    m.to_text = new_text;
    m.to_due = due_of(new_text, new_override, period);
    if (m.from_due && m.to_due) m.days = days_between(*m.from_due, *m.to_due);
    m.reason = h_.commits[c->commit].reason;
    s.total_days += m.days;
    s.postponed += m.days > 0;
    s.advanced += m.days < 0;
    s.moves.push_back(std::move(m));
    text = std::move(new_text);
    override_json = std::move(new_override);
  }
  return s;
}

}  // namespace ck
