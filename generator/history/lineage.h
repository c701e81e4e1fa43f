// Phase 1 of a history run: the commits' plan-file deltas, gathered per file
// lineage (one file followed through renames) so phase 2 (replay.h) can read
// each file's versions together. Reading one file's versions in a row keeps
// libgit2's delta-base cache warm; reading them in commit order, interleaved
// with 499 other files, resolves most delta chains from scratch (measured in
// docs/performance.md).
#pragma once
#include <git2.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "history/history.h"
#include "history/tree_diff.h"

namespace ck::history {

// Plan files whose newest version at the cached head was skipped (invalid
// JSON, too large, unreadable): path → id of the newest version kept ("" when
// none was). The next run compares with that version, as a full run would.
using InvalidHeads = std::map<std::string, std::string>;

struct FileVersion {
  size_t commit = 0;  // index into this run's commits
  git_oid id{};
  std::string path;
};

struct Lineage {
  bool json = true;
  std::string path;  // the latest path
  std::optional<FileVersion>
      base;                    // the version to compare the first new one with (a file that existed before)
  bool base_is_stale = false;  // the file's head was skipped at the start: base is its newest kept version
  std::vector<FileVersion> versions;  // new contents, oldest first
  std::optional<size_t> deleted_at;   // the commit that deleted it
  std::string deleted_path;
};

class LineageBuilder {
 public:
  explicit LineageBuilder(const InvalidHeads& invalid_heads) : invalid_heads_(invalid_heads) {}

  // Deltas in commit order. A rename is returned for the caller to record.
  std::optional<PlanRename> add(size_t commit, const PlanDelta& d);

  std::vector<Lineage>& lineages() { return lineages_; }
  // Paths of files that existed before this run and were touched by it.
  const std::vector<std::string>& continued_paths() const { return continued_; }

 private:
  size_t lineage_at(const std::string& path, const git_oid& old_id, bool json);

  const InvalidHeads& invalid_heads_;
  std::vector<Lineage> lineages_;
  std::map<std::string, size_t> alive_;  // path → lineage
  std::vector<std::string> continued_;
};

}  // namespace ck::history
