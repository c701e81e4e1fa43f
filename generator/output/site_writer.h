// write: the finished site goes into a fresh directory beside the output and
// is then swapped into place in one rename, so readers (and a killed build)
// only ever see the old site or the new one, never a mix.
#pragma once
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "util/progress.h"

namespace ck {

// Output files by '/'-separated path relative to the site root. A sorted map
// keeps the write order (and everything derived from it) reproducible.
using SiteFiles = std::map<std::string, std::string>;

// A hidden marker that says "this directory is a congkhai site": we only
// ever replace directories that carry it (or are empty), never a user's folder.
inline constexpr const char* kSiteMarker = ".congkhai-site";

// Returns an error message (Vietnamese) or nullopt on success. A file whose
// bytes the previous site already has at the same path is hard-linked from it,
// so it keeps its modification time; `progress` counts files placed.
std::optional<std::string> write_site_atomically(const std::filesystem::path& out_dir, const SiteFiles& files,
                                                 ProgressSink* progress = nullptr);

// True when `path` is a safe relative output path: no "..", no absolute path,
// no empty segments, no backslashes.
bool is_safe_output_path(const std::string& path);

}  // namespace ck
