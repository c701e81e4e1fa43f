// publish: what the portal gives besides its pages, added to the rendered
// files: per-plan open data (JSON, CSV), the data catalogue page, Atom feeds
// of changes, sitemap.xml and robots.txt. Then, after every stage has added
// its outputs, add_manifest() (publish/manifest.h) hashes them all.
#pragma once
#include <set>
#include <string>

#include "model/model.h"
#include "publish/catalogue.h"
#include "output/site_writer.h"
#include "render/site_renderer.h"
#include "render/theme.h"
#include "util/diagnostic.h"

namespace ck {

// Adds the outputs above to `files` (render_site's result); with a sink
// (options.sink), a commune's datasets and feeds go to it instead, or are
// carried over from the last build. The sitemap lists the pages present at this
// point and `sitemap_pages`, those already written (sitemap_lists() said yes as
// each was streamed to disk). Returns the size of every dataset.
// `context` is the one render_site used: statuses and history are not derived again.
DatasetSizes publish_site(const SiteContext& context, const Theme& theme, const RenderOptions& options,
                          SiteFiles& files, Diagnostics& diags, const std::set<std::string>& sitemap_pages = {});

// The source commit the build reads (History::head), "" without history.
std::string source_commit(const RenderOptions& options);

}  // namespace ck
