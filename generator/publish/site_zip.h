// A zip of a built site, for portals whose CMS takes one upload: the site's
// files at the archive's root, in sorted order, each dated 1980-01-01 00:00
// (the zip format's first day) with the same permissions, so the same site
// always gives the same bytes.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace ck {

// The archive comment that marks a zip as ours, so a later run knows it may
// replace it (and nothing else).
inline constexpr const char* kSiteZipComment = "congkhai";

// Zips `site_dir` (a directory congkhai wrote: it carries kSiteMarker, which
// is left out of the archive) into `zip_path`. An existing `zip_path` is
// replaced only when it is a zip congkhai wrote (is_site_zip), or with
// `force`; a symlink there is followed, so the link stays. Returns an error
// message in Vietnamese, or nullopt.
std::optional<std::string> write_site_zip(const std::filesystem::path& site_dir,
                                          const std::filesystem::path& zip_path, bool force = false);

// True when `zip_path` is a zip congkhai wrote: it carries kSiteZipComment,
// or (zips made before the comment) congkhai's manifest.json at its root.
bool is_site_zip(const std::filesystem::path& zip_path);

}  // namespace ck
