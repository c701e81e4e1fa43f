// sitemap.xml (sitemaps.org 0.9) and robots.txt. A sitemap must list
// absolute addresses, so it needs base_url: without one it is not written,
// and the build log says so; robots.txt is written either way and names the
// sitemap when there is one.
#pragma once
#include "model/model.h"
#include "output/site_writer.h"
#include "util/diagnostic.h"

namespace ck {

// The sitemaps.org limit per file.
inline constexpr size_t kSitemapMaxUrls = 50000;

// Lists the pages (.html documents) in `files` at the time of the call,
// except those marked noindex or naming another page as canonical.
void add_sitemap_and_robots(const SiteConfig& config, SiteFiles& files, Diagnostics& diags);

}  // namespace ck
