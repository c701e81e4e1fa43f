// The search page (search/index.html) and the index files beside it. The
// page works without JavaScript as a way into the plan listings; search.js
// turns it into full-text search over the index built by the search stage.
#pragma once
#include <nlohmann/json.hpp>

#include "output/site_writer.h"
#include "render/views.h"

namespace ck {

inline constexpr const char* kSearchPagePath = "search/index.html";

nlohmann::json search_view(const ViewContext& ctx);

// Builds the search index (search/meta.js and its shards) into `files`.
void add_search_index(const ViewContext& ctx, SiteFiles& files);

}  // namespace ck
