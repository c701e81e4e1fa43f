// `congkhai build --as-of YYYY-MM-DD|COMMIT`: the portal as the repository
// stood then. The commit is the last one on HEAD's first-parent chain whose
// commit time is on or before the end of that day in Vietnam (UTC+7), or the
// commit named. Its files are built; its history (read_history with
// HistoryOptions::start_commit) ends there.
#pragma once
#include <git2.h>

#include <filesystem>
#include <optional>
#include <string>

#include "history/history.h"
#include "util/civil_date.h"

namespace ck {

struct AsOf {
  std::string commit;   // 40 hex digits
  long long cutoff = 0; // seconds since 1970 UTC: the end of the day, or the commit's own time
  CivilDate date;       // the day statuses are computed for: that day, or the commit's day in UTC+7
};

// Resolves `value` (a date "YYYY-MM-DD", or anything git names a commit by:
// an id, a prefix of one, a tag) in the repository holding `source_root`.
// nullopt with a Vietnamese `error` when there is no such commit.
std::optional<AsOf> resolve_as_of(const std::filesystem::path& source_root, const std::string& value,
                                  std::string& error);

// Writes the files of `commit` under the source directory (`source_root`'s
// place in the working tree) into `dest`, which must exist: regular files
// only (no symbolic links or submodules). "" or a Vietnamese error.
std::string extract_source_tree(const std::filesystem::path& source_root, const std::string& commit,
                                const std::filesystem::path& dest);

namespace history {
// Where a history run starts, from HistoryOptions: `head` (HEAD) is replaced
// by start_commit, or by the last first-parent commit at or before `until`.
// False with h's state and warning set when that commit is not there.
bool choose_start(git_repository* repo, const HistoryOptions& options, git_oid& head, History& h);
}  // namespace history

}  // namespace ck
