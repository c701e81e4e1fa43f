// Atom feeds (RFC 4287) of the changes the history records: the portal's
// (thay-doi.xml), each commune's and each plan's. An entry is one commit's
// changes to one plan, so the same entry (same id) appears in the plan's, the
// commune's and the portal's feed. Minor commits (HistoryIndex::is_minor:
// "Thay-doi: nho" on wording only) are left out, as in the pages' "recent
// changes". An entry's id names the plan as it was named at its commit, so a
// plan moved later keeps its entries' ids. Nothing here reads the clock: a
// feed without entries is dated the build day.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "history/history.h"
#include "output/site_writer.h"
#include "render/views.h"

namespace ck {

// The newest entries each feed keeps.
inline constexpr size_t kFeedLength = 50;

// Adds the portal's feed and each commune's and plan's to `files`. A commune's
// or plan's feed for which `carried(path, commune)` says true is left out: the
// build took it over unchanged from the last one (publish/publish.h). A plan
// that was moved or renamed keeps a copy at its old addresses, so its feed is
// always made.
using FeedCarried = std::function<bool(const std::string& path, const Commune& commune)>;
void add_feeds(const ViewContext& ctx, SiteFiles& files, const FeedCarried& carried = {});

// `ctx` speaking the data's words (publish/data_vocabulary.h): a theme that
// rewords its pages does not reword what feed readers and aggregators receive.
ViewContext feed_context(const ViewContext& ctx);

// One entry as a feed writes it, in words: what a commune's summary carries to
// the national index (publish/commune_summary.h), whose feed merges them.
struct FeedEntry {
  std::string id;       // urn:uuid, the same in the plan's, the commune's and every merged feed
  std::string title;
  long long time = 0;   // the commit's, for ordering
  std::string updated;  // RFC 3339 (atom_time)
  std::string author;
  std::string target;   // the page it links: an output path from the feed's site root, or an absolute URL
  std::string summary;
};

// The newest `n` entries of commune `c`'s own feed (`ctx` from feed_context).
std::vector<FeedEntry> commune_feed_entries(const ViewContext& ctx, const Commune& c, size_t n);

// The Atom document every feed is: written at `feed_path`, about the page at
// `page_path`; its id names `id_path` (default: `feed_path`). Dated by its
// newest entry, else the build day.
std::string atom_feed(const ViewContext& ctx, const std::string& feed_path, const std::string& page_path,
                      const std::string& title, const std::vector<FeedEntry>& entries,
                      const std::string& id_path = "");

// RFC 3339 time of a commit in its author's own offset: "2026-03-02T14:05:09+07:00".
std::string atom_time(const CommitInfo& commit);

}  // namespace ck
