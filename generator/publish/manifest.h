// manifest.json at the site root: every other output file with its SHA-256,
// so anyone can check a copy of the portal:
//   {"commit": "<source commit or null>", "built": "YYYY-MM-DD", "files": {"path": "<hex>", …}}
#pragma once
#include <string>

#include "output/site_writer.h"
#include "util/civil_date.h"

namespace ck {

inline constexpr const char* kManifestPath = "manifest.json";

// Call LAST, once every stage has added its outputs: it hashes the files as
// they are now (any earlier manifest.json is replaced, not listed).
void add_manifest(SiteFiles& files, const std::string& commit, const CivilDate& built);

}  // namespace ck
