// Atom feeds (RFC 4287) of the changes the history records: the portal's
// (thay-doi.xml), each commune's and each plan's. An entry is one commit's
// changes to one plan, so the same entry (same id) appears in the plan's, the
// commune's and the portal's feed. Minor commits (HistoryIndex::is_minor:
// "Thay-doi: nho" on wording only) are left out, as in the pages' "recent
// changes". An entry's id names the plan as it was named at its commit, so a
// plan moved later keeps its entries' ids. Nothing here reads the clock: a
// feed without entries is dated the build day.
#pragma once
#include <string>

#include "history/history.h"
#include "output/site_writer.h"
#include "render/views.h"

namespace ck {

// The newest entries each feed keeps.
inline constexpr size_t kFeedLength = 50;

void add_feeds(const ViewContext& ctx, SiteFiles& files);

// RFC 3339 time of a commit in its author's own offset: "2026-03-02T14:05:09+07:00".
std::string atom_time(const CommitInfo& commit);

}  // namespace ck
