// The data catalogue page (du-lieu/index.html): every dataset with its
// format, size and link, the feeds, the licence (config "giay_phep"), the
// build date and the source commit.
#pragma once
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "output/site_writer.h"
#include "render/views.h"

namespace ck {

// The size in bytes of each dataset, by site path: those made by this build and
// those carried over from the last one (publish_site returns them).
using DatasetSizes = std::map<std::string, size_t>;

nlohmann::json catalogue_view(const ViewContext& ctx, const DatasetSizes& sizes, const std::string& commit);

// One commune's block of the catalogue (its plans, datasets with sizes, feeds), links relative to `root`:
// the full build's catalogue and the national index built from shard summaries show the same block.
nlohmann::json catalogue_commune_entry(const DatasetSizes& sizes, const Commune& commune,
                                       const std::string& root);

// "812 B", "12,4 KB", "1,2 MB" (Vietnamese decimal comma).
std::string human_size(size_t bytes);

}  // namespace ck
