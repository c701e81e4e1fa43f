#include "history/history_scope.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "history/tree_diff.h"

namespace ck {

bool HistoryScope::contains(std::string_view commune, std::string_view plan) const {
  return communes.count(std::string(commune)) || plans.count({std::string(commune), std::string(plan)});
}

std::string HistoryScope::key() const {
  std::string k = "xa:";
  for (const auto& c : communes) k += c + ",";
  k += ";ke-hoach:";
  for (const auto& [c, p] : plans) k += c + "/" + p + ",";
  return k;
}

namespace {

// Whether a change recorded under (commune, plan) at `commit` belongs to the
// scope: that name, or a name the file was moved to after it (following each
// move in turn), is in scope. `data`: the JSON file's moves, else the Markdown's.
class Membership {
 public:
  Membership(const History& h, const HistoryScope& scope) : h_(h), scope_(scope) {}

  bool kept(bool data, std::string commune, std::string plan, size_t commit) const {
    for (;;) {
      if (scope_.contains(commune, plan)) return true;
      const PlanRename* next = nullptr;  // the first move away from this name after `commit`
      for (const auto& r : h_.plan_renames)
        if (r.data == data && r.commit > commit && r.from_commune == commune && r.from_plan == plan &&
            (!next || r.commit < next->commit))
          next = &r;
      if (!next) return false;
      commune = next->to_commune, plan = next->to_plan, commit = next->commit;
    }
  }

 private:
  const History& h_;
  const HistoryScope& scope_;
};

// The commit index and plan file a note names ("commit abc1234: data/x/y.json …");
// nullopt for notes about no plan file.
struct NoteSite {
  size_t commit;
  history::PlanPath path;
};
std::optional<NoteSite> note_site(const History& h, const std::string& note) {
  constexpr std::string_view kCommit = "commit ";
  size_t colon = note.find(": ");
  if (!note.starts_with(kCommit) || colon == std::string::npos) return std::nullopt;
  std::string_view id = std::string_view(note).substr(kCommit.size(), colon - kCommit.size());
  size_t end = note.find_first_of(" :", colon + 2);
  auto path = history::plan_path(std::string_view(note).substr(colon + 2, end - colon - 2));
  if (!path || id.empty()) return std::nullopt;
  for (size_t k = 0; k < h.commits.size(); ++k)
    if (h.commits[k].id.starts_with(id)) return NoteSite{k, *path};
  return std::nullopt;
}

}  // namespace

void keep_scope(History& h, const HistoryScope& scope) {
  {
    Membership in(h, scope);
    std::erase_if(h.task_changes,
                  [&](const TaskChange& c) { return !in.kept(true, c.commune, c.plan, c.commit); });
    std::erase_if(h.task_renames,
                  [&](const TaskRename& r) { return !in.kept(true, r.commune, r.plan, r.commit); });
    std::erase_if(h.narrative_changes,
                  [&](const NarrativeChange& c) { return !in.kept(false, c.commune, c.plan, c.commit); });
    std::erase_if(h.notes, [&](const std::string& n) {
      auto site = note_site(h, n);
      return site && !in.kept(site->path.json, site->path.commune, site->path.plan, site->commit);
    });
    // A move is kept when its file's history before or after it is.
    std::vector<char> keep_rename;
    for (const auto& r : h.plan_renames)
      keep_rename.push_back(scope.contains(r.from_commune, r.from_plan) ||
                            in.kept(r.data, r.to_commune, r.to_plan, r.commit));
    size_t i = 0;
    std::erase_if(h.plan_renames, [&](const PlanRename&) { return !keep_rename[i++]; });
  }
  // Commits nothing refers to any more go; the rest are renumbered.
  std::vector<size_t> index(h.commits.size(), SIZE_MAX);
  for (const auto& c : h.task_changes) index[c.commit] = 0;
  for (const auto& c : h.narrative_changes) index[c.commit] = 0;
  for (const auto& r : h.task_renames) index[r.commit] = 0;
  for (const auto& r : h.plan_renames) index[r.commit] = 0;
  for (const auto& n : h.notes)
    for (size_t k = 0; k < h.commits.size(); ++k)
      if (n.starts_with("commit ") && n.find(": ") != std::string::npos &&
          h.commits[k].id.starts_with(n.substr(7, n.find(": ") - 7))) {
        index[k] = 0;
        break;
      }
  std::vector<CommitInfo> kept;
  for (size_t k = 0; k < h.commits.size(); ++k)
    if (index[k] != SIZE_MAX) index[k] = kept.size(), kept.push_back(std::move(h.commits[k]));
  h.commits = std::move(kept);
  for (auto& c : h.task_changes) c.commit = index[c.commit];
  for (auto& c : h.narrative_changes) c.commit = index[c.commit];
  for (auto& r : h.task_renames) r.commit = index[r.commit];
  for (auto& r : h.plan_renames) r.commit = index[r.commit];
}

}  // namespace ck
