// The names shown for commit authors, mapped through the repository's
// .mailmap (git's own format, read by libgit2: git_mailmap_from_repository).
// Applied to the history after it is read or loaded from the cache, never
// stored in the cache: editing .mailmap takes effect at the next build.
// Each repository read (the portal's, a commune's own) uses its own .mailmap.
// Only the name and email shown change; nothing is re-authored or re-dated.
#pragma once
#include <git2.h>

#include "history/history.h"

namespace ck::history {

void apply_mailmap(git_repository* repo, History& history);

}  // namespace ck::history
