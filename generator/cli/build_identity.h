// What made a cache entry: the program's version and the executable file
// itself (its inode, size and modification time). Caches that hold what this
// code computed — pages carried over (cli/page_fingerprints.h), communes as
// loaded (load/commune_cache.h) — are keyed by it, so a rebuilt or upgraded
// binary never takes what another one made, even under the same version
// number (a developer's builds all say CK_VERSION).
#pragma once
#include <string>

namespace ck::cli {

std::string build_identity();

}  // namespace ck::cli
