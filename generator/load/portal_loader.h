// load: the whole source repository (config, content/, data/) into one Portal,
// reporting every problem found in one run, not just the first.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"
#include "util/diagnostic.h"

namespace ck {

// Returns the portal even when errors were reported (callers check diags);
// nullopt only when there is nothing to load at all.
//
// With `only_commune` (`build --commune`), reads only what that commune's site
// shows: its own folder, and of other communes only the plans its plans
// implement ("thuc_hien") with those communes' _index.md and agency registry.
// The cost is one commune's, however many the repository holds; problems in
// files it does not read are not reported (their own builds report them).
// An unknown id gives a portal without that commune (the caller's message
// lists commune_folder_ids).
//
// With `cache` (a build with a cache directory), a commune whose files did not
// change since a build kept it is taken from the load cache, messages and all
// (load/commune_cache.h); the result is the same.
struct LoadCache;
std::optional<Portal> load_portal(const std::filesystem::path& source_root, Diagnostics& diags,
                                  const std::string& only_commune = "", const LoadCache* cache = nullptr);

// The valid commune folder names under content/, in folder order.
std::vector<std::string> commune_folder_ids(const std::filesystem::path& source_root);

}  // namespace ck
