// manifest.json at the site root: every other output file with its SHA-256,
// so anyone can check a copy of the portal:
//   {"commit": "<source commit or null>", "built": "YYYY-MM-DD", "files": {"path": "<hex>", …}}
#pragma once
#include <map>
#include <string>

#include "output/site_writer.h"
#include "util/civil_date.h"

namespace ck {

inline constexpr const char* kManifestPath = "manifest.json";

// Call LAST, once every stage has added its outputs: it hashes the files as
// they are now (any earlier manifest.json is replaced, not listed).
void add_manifest(SiteFiles& files, const std::string& commit, const CivilDate& built);

// Path -> SHA-256 (hex) of each of `files`, hashed on every core.
std::map<std::string, std::string> hash_files(const SiteFiles& files);
// The text of manifest.json for files already hashed (path -> hex; manifest.json itself is left out).
std::string manifest_text(const std::map<std::string, std::string>& hashes, const std::string& commit,
                          const CivilDate& built);

}  // namespace ck
