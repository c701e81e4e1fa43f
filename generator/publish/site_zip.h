// A zip of a built site, for portals whose CMS takes one upload: the site's
// files at the archive's root, in sorted order, each dated 1980-01-01 00:00
// (the zip format's first day) with the same permissions, so the same site
// always gives the same bytes.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace ck {

// Zips `site_dir` (a directory congkhai wrote: it carries kSiteMarker, which
// is left out of the archive) into `zip_path`, replacing it. Returns an error
// message in Vietnamese, or nullopt.
std::optional<std::string> write_site_zip(const std::filesystem::path& site_dir, const std::filesystem::path& zip_path);

}  // namespace ck
