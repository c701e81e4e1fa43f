// The load cache: each commune as the loader made it (load/commune_codec.h),
// kept in the build's cache directory beside what it was made from — the
// entries of its two folders and the text of every file read. A rebuild takes
// a commune from the cache when its folders list the same entries and each of
// those files still holds that text — its stat stamp unchanged since well
// before it was read, as git trusts its index, or else read and hashed again —
// so an edit to one commune re-parses and re-validates that commune alone,
// with the same model and the same messages.
#pragma once
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "load/commune_codec.h"

namespace ck {

struct LoadCache {
  std::filesystem::path dir;  // <cache dir>/communes
  // What made the entries (cli/build_identity.h): another binary reads none of them.
  std::string identity;
  mutable std::atomic<size_t> hits{0};      // communes taken from the cache
  mutable std::atomic<size_t> rehashed{0};  // files read again because their stamp could not be believed
};

// The entries of content/<id>/ and data/<id>/ as the loader lists them.
std::string commune_folder_listing(const std::filesystem::path& root, const std::string& id);

// The commune and its messages as cached, when its folders and files are as
// they were; nullopt otherwise (no entry, another binary, anything changed).
std::optional<DecodedCommune> cached_commune(const LoadCache& cache, const std::filesystem::path& root,
                                             const std::string& id);

// Keeps a commune just loaded. `listing_before` is its folders' listing taken
// before loading began, at `load_started_ns` (system clock, ns since 1970): when
// the folders changed during the load, nothing is kept. A cache that cannot
// be written is skipped silently (the next build loads).
void keep_commune(const LoadCache& cache, const std::filesystem::path& root, const std::string& id,
                  const std::string& listing_before, int64_t load_started_ns, const Commune& commune,
                  const Diagnostics& diags);

// Now, for keep_commune.
int64_t load_clock_ns();

}  // namespace ck
