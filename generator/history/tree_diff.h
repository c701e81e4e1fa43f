// Which plan files a commit changed: a tree-to-tree comparison that skips
// every subtree whose id is unchanged without reading it, then exact rename
// pairing. (libgit2 1.5's git_diff_tree_to_tree with a pathspec visits every
// file of both trees: ~10× slower per commit on a 500-plan repository, see
// docs/performance.md.) Deltas only: no content is read here.
#pragma once
#include <git2.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "history/git_handles.h"

namespace ck::history {

// The last two trees read at each directory path. The old side of a diff is
// what the same path held when it last changed, which is kept here however
// many commits ago that was; so each tree version is parsed once, and memory
// stays bounded by the number of directories (libgit2's own object cache is
// kept small: git_handles.cc).
class TreeReader {
 public:
  explicit TreeReader(git_repository* repo) : repo_(repo) {}
  // The tree `id` found at `path` ("" for a root); null when it cannot be read
  // (git_error_text says why). Valid until two other trees are read at `path`
  // after this call (a hit makes the tree the newer of the two kept).
  const git_tree* get(const git_oid& id, const std::string& path);

 private:
  struct Slot {
    TreePtr newer, older;
  };
  git_repository* repo_;
  std::map<std::string, Slot> by_path_;
};

struct FileDelta {
  enum class Kind { Added, Deleted, Modified };
  Kind kind = Kind::Modified;
  std::string path;  // relative to the source directory, '/' separated
  git_oid old_id{};  // for Deleted and Modified
  git_oid new_id{};  // for Added and Modified
};

// Regular-file changes between two trees (null = empty), in path order, each
// path prefixed with `prefix`. False when a subtree cannot be read.
bool diff_trees(TreeReader& trees, const git_tree* before, const git_tree* after, const std::string& prefix,
                std::vector<FileDelta>& out);

// The changes below one entry on each side (null = absent), named `prefix` + the
// entry's name: unchanged ids are skipped unread. False when a subtree cannot be read.
bool diff_entries(TreeReader& trees, const git_tree_entry* before, const git_tree_entry* after,
                  const std::string& prefix, std::vector<FileDelta>& out);

// The tree at `path` ("data" or "site/data") below `root`; null when `root`
// is null or the path is absent or not a directory. False when it cannot be read.
bool source_subtree(TreeReader& trees, const git_tree* root, const std::string& path, const git_tree*& out);

// The changes under <source>/content and <source>/data between two root trees
// (null = empty); `source` is the source directory inside the repository
// ("" or "site/", ending with '/'). Paths in `out` are relative to it.
bool diff_source(TreeReader& trees, const git_tree* before, const git_tree* after, const std::string& source,
                 std::vector<FileDelta>& out);

// data/<commune>/<plan>.json or content/<commune>/<plan>.md; names starting
// with "_" (commune pages, agency registries) are not plans.
struct PlanPath {
  bool json = true;
  std::string commune;
  std::string plan;
};
std::optional<PlanPath> plan_path(std::string_view path);

struct PlanDelta {
  enum class Kind { Added, Deleted, Modified, Renamed };
  Kind kind = Kind::Modified;
  bool json = true;
  std::string old_path,
      new_path;  // old_path for Deleted/Modified/Renamed, new_path for Added/Modified/Renamed
  git_oid old_id{}, new_id{};
};

// Keeps the plan files and pairs a deleted plan file with an added one of the
// same kind and identical content as a rename (each used once, in path order).
std::vector<PlanDelta> plan_deltas(const std::vector<FileDelta>& deltas);

}  // namespace ck::history
