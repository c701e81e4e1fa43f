// load: the whole source repository (config, content/, data/) into one Portal,
// reporting every problem found in one run, not just the first.
#pragma once
#include <filesystem>
#include <optional>

#include "model/model.h"
#include "util/diagnostic.h"

namespace ck {

// Returns the portal even when errors were reported (callers check diags);
// nullopt only when there is nothing to load at all.
std::optional<Portal> load_portal(const std::filesystem::path& source_root, Diagnostics& diags);

}  // namespace ck
