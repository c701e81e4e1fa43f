// Committing the plan files a form changed, through libgit2: only those files
// (the commit's tree is HEAD's with their new bytes, so other work in the
// index or the working tree is never swept in), with the author given or the
// one git's environment or configuration names (git_identity.h: GIT_AUTHOR_*,
// GIT_COMMITTER_*, user.name). The repository's index is updated for the same
// files, so `git status` stays clean.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace ck::progress {

struct CommitRequest {
  std::filesystem::path source;              // inside the repository's working tree
  std::vector<std::filesystem::path> files;  // absolute or relative to the current directory
  std::string message;
  std::string author;  // "Tên <email>"; empty = GIT_AUTHOR_NAME/EMAIL, else git config user.*
};

// Whether a commit could be made (a repository with a HEAD, an author git
// knows, dates git reads): call before writing anything. "" when it could.
std::string commit_problem(const CommitRequest& request);

// The new commit's id, or "" with `error` (Vietnamese) set.
std::string commit_files(const CommitRequest& request, std::string& error);

}  // namespace ck::progress
