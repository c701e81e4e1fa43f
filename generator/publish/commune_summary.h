// The national build (docs/scale.md, scripts/build-national.sh): each shard
// builds its communes' own sites and writes, per commune, a small summary —
// its home-page card, its catalogue block, its recent changes and newest feed
// entries, made by the
// same view builders as a full build's home page and data catalogue. The
// index job renders the national home page and data catalogue from those
// summaries alone, with the theme's own templates, without loading a task.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "output/site_writer.h"
#include "render/theme.h"
#include "publish/catalogue.h"
#include "render/views.h"
#include "util/diagnostic.h"

namespace ck {

// The format name every summary carries; the index refuses any other.
inline constexpr const char* kSummaryFormat = "congkhai-tom-tat/1";

// The summary of `commune` in a build whose datasets have `sizes` (publish_site's
// result), whose history is `ctx.history` (head = the source commit). Links are
// relative to that commune's own site root.
nlohmann::json commune_summary(const ViewContext& ctx, const Commune& commune, const DatasetSizes& sizes);

// Where the index finds each commune's site: "{id}/" by default (the
// assembled national site: one folder per commune), "" when the commune's
// pages sit beside the index (a whole portal), or a URL pattern.
std::string commune_site_prefix(const std::string& pattern, const std::string& id);

// The index's pages from the summaries: index.html (with the country's counts),
// du-lieu/index.html, cach-doc/, the merged change feed thay-doi.xml (the
// newest entries, as far as the summaries tell them exactly), robots.txt and,
// with base_url, sitemap.xml, and the theme's static files. `portal` has the
// configuration only (no communes).
// Summaries that disagree on the build day or the source commit are an error:
// the index would mix two states of the repository.
SiteFiles national_index(const Portal& portal, const Theme& theme, std::vector<nlohmann::json> summaries,
                         const std::string& site_pattern, const std::string& version, Diagnostics& diags);

}  // namespace ck
