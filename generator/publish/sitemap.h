// sitemap.xml (sitemaps.org 0.9) and robots.txt. A sitemap must list
// absolute addresses, so it needs base_url: without one it is not written,
// and the build log says so; robots.txt is written either way and names the
// sitemap when there is one.
#pragma once
#include <set>
#include <string>
#include "model/model.h"
#include "output/site_writer.h"
#include "util/diagnostic.h"

namespace ck {

// The sitemaps.org limit per file.
inline constexpr size_t kSitemapMaxUrls = 50000;

// Whether the file at `path` is a page for search engines: a whole .html
// document, not marked noindex, naming no other page as its canonical address.
bool sitemap_lists(const std::string& path, const std::string& content, const std::string& base_url);

// Lists the pages in `files` at the time of the call that sitemap_lists()
// accepts, and the `written` pages (already judged, their bytes already on disk).
void add_sitemap_and_robots(const SiteConfig& config, SiteFiles& files, Diagnostics& diags,
                            const std::set<std::string>& written = {});

}  // namespace ck
