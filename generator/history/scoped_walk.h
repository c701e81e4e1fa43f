// Phase 1 of a scoped history read (HistoryOptions::scope, `build --commune`):
// the plan-file deltas of only the paths a one-commune site uses, so its cost
// follows that commune's history, not the repository's.
//
// The commits are visited newest first. Each is compared with its parent on
// the tracked paths only: the ids of <source>/content and <source>/data, then
// of each tracked commune folder, then of each tracked file, are compared
// before anything below them is read, so a commit that touches none of them
// costs a few tree-entry lookups. A commit where a tracked file appears or
// disappears may be an exact move into or out of the scope: that commit alone
// is diffed in full and its moves paired as a full read pairs them
// (plan_deltas), and the source of a move into a tracked path is tracked from
// there on back — newest first, so a file moved twice is followed to its first
// name, as `git log --follow` does.
#pragma once
#include <git2.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "history/chain.h"
#include "history/history_scope.h"
#include "history/tree_diff.h"

namespace ck::history {

// The tree paths (below the source directory) a scoped read follows.
class TrackedPaths {
 public:
  explicit TrackedPaths(const HistoryScope& scope);
  // Whether a path such as "data/xa-an/kh-2026.json" is followed.
  bool contains(const std::string& path) const;
  // Follows one more file; false when it already was.
  bool add_file(const std::string& path);

  struct Folder {
    bool whole = false;           // every file below it
    std::set<std::string> files;  // else these names in it
  };
  // "content" / "data" → commune folder → what is followed in it.
  const std::map<std::string, std::map<std::string, Folder>>& folders() const { return folders_; }

 private:
  std::map<std::string, std::map<std::string, Folder>> folders_;
};

// The changes of tracked files between two root trees (null = empty).
// False when a tree on the way cannot be read.
bool diff_tracked(TreeReader& trees, const git_tree* before, const git_tree* after, const std::string& source,
                  const TrackedPaths& tracked, std::vector<FileDelta>& out);

struct ScopedDeltas {
  std::vector<std::pair<size_t, std::vector<PlanDelta>>> by_commit;  // oldest first
  std::vector<std::pair<size_t, std::string>> notes;                 // commit, text (unreadable trees)
  bool moved_in = false;  // a file moved into the tracked paths from an untracked one
};

// The plan deltas of chain.commits[first…] on the tracked paths, which grow
// with the sources of moves into them; `base_tree` is the tree before
// chain.commits[first] (none: empty).
ScopedDeltas scoped_deltas(git_repository* repo, const Chain& chain, size_t first,
                           const std::optional<git_oid>& base_tree, const std::string& source,
                           TrackedPaths& tracked);

}  // namespace ck::history
