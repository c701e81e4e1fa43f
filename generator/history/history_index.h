// Lookups over a History for the pages: a task's timeline, a plan's
// changelog, recent changes, completion commits and deadline slippage. Built
// once per build (History stays plain data); follows task renames (ma_cu) and
// plan files moved without change, so a task's permalink keeps its history.
// The History must outlive the index.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "deadline/deadline.h"
#include "history/history.h"

namespace ck {

// A change of a task's deadline: its text ("thoi_han") or the editor's
// reading of it ("cach_hieu_thoi_han").
struct DeadlineMove {
  size_t commit = 0;  // index into History::commits
  std::string from_text, to_text;
  std::optional<CivilDate> from_due, to_due;  // the due day as read (override first), if any
  long days = 0;                              // to_due - from_due; 0 when either is unknown
  std::string reason;                         // the commit's "Ly-do:" trailer
};

struct Slippage {
  bool known_from_start = false;  // the task's first version is in the history (not a shallow baseline)
  std::string first_text;         // the deadline as first published
  std::optional<CivilDate> first_due;
  std::vector<DeadlineMove> moves;  // oldest first; moves.size() = number of reschedules
  long total_days = 0;              // sum of the moves' days (later = positive)
  size_t postponed = 0;             // moves to a later due day
  size_t advanced = 0;              // moves to an earlier due day (brought forward)
};

class HistoryIndex {
 public:
  explicit HistoryIndex(const History& history);

  const History& history() const { return h_; }

  // Every change of the task, oldest first, including those recorded under an
  // earlier id (ma_cu) or an earlier plan path.
  std::vector<const TaskChange*> for_task(std::string_view commune, std::string_view plan,
                                          std::string_view task) const;
  // A plan's changelog: task changes and narrative changes, oldest first.
  std::vector<const TaskChange*> task_changes_for_plan(std::string_view commune, std::string_view plan) const;
  std::vector<const NarrativeChange*> narrative_for_plan(std::string_view commune,
                                                         std::string_view plan) const;

  // Whether a commit counts as minor: marked "Thay-doi: nho" and changing
  // only wording (history/minor_change.h). Feeds, recent changes and the
  // changelogs' "sửa nhỏ" tag all ask this.
  bool is_minor(size_t commit) const { return commit < minor_.size() && minor_[commit]; }

  // The (commune, plan) names a plan's files had before moves recorded in
  // the history (PlanRename), sorted; the current name is left out.
  std::vector<std::pair<std::string, std::string>> former_names(std::string_view commune,
                                                                std::string_view plan) const;
  // The name the plan's data file had at `commit` (following its moves back
  // from the current name), so what was published then keeps its identity.
  std::pair<std::string, std::string> name_at(std::string_view commune, std::string_view plan,
                                              size_t commit) const;

  // Commits (indices, newest first, at most `limit`) that changed something in
  // `commune` ("" = anywhere), leaving out minor commits (is_minor) unless asked.
  std::vector<size_t> recent_commits(std::string_view commune, size_t limit,
                                     bool include_minor = false) const;

  // The commit from which the task has been "hoan_thanh" without interruption
  // up to the last recorded change; nullopt when its last recorded status is
  // not hoan_thanh or no change shows it becoming so.
  std::optional<size_t> first_done_commit(std::string_view commune, std::string_view plan,
                                          std::string_view task) const;

  // Deadline history; due days are read with parse_deadline(text, period),
  // or from the override's "han" when one is set.
  Slippage slippage(std::string_view commune, std::string_view plan, std::string_view task,
                    const PlanPeriod& period) const;

 private:
  using Key = std::tuple<std::string, std::string, std::string>;  // commune, plan, task ("" for a plan)
  struct Alias {
    Key from;
    size_t before;  // only changes in commits before this one
  };
  // The keys whose changes belong to `key`, with the commit bound for each:
  // moves of the plan's JSON (or, for `markdown`, of its Markdown) and, for a
  // task, its earlier ids.
  std::vector<Alias> aliases(const Key& key, bool markdown) const;

  const History& h_;
  std::vector<char> minor_;                          // by commit: is_minor()
  std::map<Key, std::vector<size_t>> task_changes_;  // (commune, plan, task) → indices
  std::map<Key, std::vector<size_t>> plan_changes_;  // (commune, plan, "") → task change indices
  std::map<Key, std::vector<size_t>> narrative_;     // (commune, plan, "") → narrative change indices
};

}  // namespace ck
