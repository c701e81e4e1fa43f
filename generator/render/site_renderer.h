// render: the whole portal into output files (pages and theme assets).
#pragma once
#include "model/model.h"
#include "output/site_writer.h"
#include "render/theme.h"
#include "util/diagnostic.h"
#include "util/progress.h"

namespace ck {

struct History;
class PageSink;
class SiteContext;

struct RenderOptions {
  CivilDate today;
  std::string version;
  const History* history = nullptr;  // from the history stage; null = none
  unsigned threads = 0;              // render workers; 0 = default_threads() (output is the same for any count)
  ProgressSink* progress = nullptr;  // told of the render and search index stages; may be null
  PageSink* sink = nullptr;          // pages go here as they are rendered; null: into the returned files
};

// With the context (statuses, agency and history indexes) the caller also
// hands to the publish stage, so they are computed once per build. Returns
// the search index, the theme's assets and, without a sink, the pages.
SiteFiles render_site(const SiteContext& context, const Theme& theme, const RenderOptions& options,
                      Diagnostics& diags);
// The same with a derive stage and context of its own, for callers that only
// render (the derive stage fills in completion dates from history: `portal` changes).
SiteFiles render_site(Portal& portal, const Theme& theme, const RenderOptions& options, Diagnostics& diags);

}  // namespace ck
