#include "history/overlay.h"

#include <algorithm>
#include <vector>

namespace ck {

namespace {

template <typename Change>
bool touches(const Change& c, std::string_view commune) { return c.commune == commune; }
bool touches(const PlanRename& r, std::string_view commune) {
  return r.from_commune == commune || r.to_commune == commune;
}

// Appends to `out` the entries of `from` for which `keep` holds, with their
// commit index moved by `commit_of`.
template <typename Change, typename Keep, typename Map>
void take(std::vector<Change>& out, const std::vector<Change>& from, Keep keep, Map commit_of) {
  for (const Change& c : from)
    if (keep(c)) {
      out.push_back(c);
      out.back().commit = commit_of(c.commit);
    }
}

}  // namespace

void overlay_commune_history(History& base, const History& other, std::string_view commune,
                             const std::string& repository) {
  // Commits are numbered in one space first: base's as they are, other's after them.
  const size_t offset = base.commits.size();
  auto from_base = [&](const auto& c) { return !touches(c, commune); };
  auto from_other = [&](const auto& c) { return touches(c, commune); };
  auto same = [](size_t i) { return i; };
  auto shifted = [offset](size_t i) { return i + offset; };

  History merged;
  take(merged.task_changes, base.task_changes, from_base, same);
  take(merged.task_changes, other.task_changes, from_other, shifted);
  take(merged.narrative_changes, base.narrative_changes, from_base, same);
  take(merged.narrative_changes, other.narrative_changes, from_other, shifted);
  take(merged.plan_renames, base.plan_renames, from_base, same);
  take(merged.plan_renames, other.plan_renames, from_other, shifted);
  take(merged.task_renames, base.task_renames, from_base, same);
  take(merged.task_renames, other.task_renames, from_other, shifted);

  std::vector<const CommitInfo*> all;
  for (const auto& c : base.commits) all.push_back(&c);
  for (const auto& c : other.commits) all.push_back(&c);
  std::vector<bool> used(all.size(), false);
  auto mark = [&](const auto& list) {
    for (const auto& c : list) used[c.commit] = true;
  };
  mark(merged.task_changes);
  mark(merged.narrative_changes);
  mark(merged.plan_renames);
  mark(merged.task_renames);

  std::vector<size_t> order;
  for (size_t i = 0; i < all.size(); ++i)
    if (used[i]) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return all[a]->time < all[b]->time; });
  std::vector<size_t> new_index(all.size(), 0);
  std::vector<CommitInfo> commits;
  for (size_t i : order) {
    new_index[i] = commits.size();
    commits.push_back(*all[i]);
    if (i >= offset) commits.back().repository = repository;
  }

  auto renumber = [&](auto& list) {
    for (auto& c : list) c.commit = new_index[c.commit];
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.commit < b.commit; });
  };
  renumber(merged.task_changes);
  renumber(merged.narrative_changes);
  renumber(merged.plan_renames);
  renumber(merged.task_renames);

  base.commits = std::move(commits);
  base.task_changes = std::move(merged.task_changes);
  base.narrative_changes = std::move(merged.narrative_changes);
  base.plan_renames = std::move(merged.plan_renames);
  base.task_renames = std::move(merged.task_renames);
  if (!other.warning.empty()) base.notes.push_back(repository + ": " + other.warning);
  for (const auto& note : other.notes) base.notes.push_back(repository + ": " + note);
}

}  // namespace ck
