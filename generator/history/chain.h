// The commits a history run reads: HEAD and its first parents, newest to
// oldest, stopping at the commit the cache ends with, at a root commit, or
// at the edge of a shallow clone. Followed parent by parent rather than with
// git_revwalk: on a first-parent chain that is the same order, and it lets a
// missing parent (a shallow clone: libgit2 1.5 still lists the parent the
// boundary commit names, and only .git/shallow says it is absent)
// end the chain instead of failing the walk.
#pragma once
#include <git2.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "history/history.h"

namespace ck::history {

struct ChainCommit {
  git_oid tree{};
  CommitInfo info;
};

struct Chain {
  std::vector<ChainCommit> commits;  // oldest first, after `stop`
  bool reached_stop = false;         // `stop` is on the chain (and not included)
  bool cut = false;                  // the oldest commit's parent is missing (shallow clone)
  std::string error;                 // HEAD itself could not be read
};

// `shallow`: commit ids listed in .git/shallow (their parents are absent).
Chain first_parent_chain(git_repository* repo, const git_oid& head, const std::optional<git_oid>& stop,
                         const std::set<std::string>& shallow);

// The ids in <gitdir>/shallow.
std::set<std::string> shallow_commits(git_repository* repo);

}  // namespace ck::history
