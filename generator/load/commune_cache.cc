#include "load/commune_cache.h"

#include <sys/stat.h>

#include <chrono>
#include <cstdint>

#include "load/source_file.h"
#include "util/byte_codec.h"
#include "util/read_file.h"
#include "util/replace_file.h"
#include "util/sha256.h"

namespace ck {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMagic = "congkhai-load-cache 3\n";  // 3: string lengths in 7-bit groups

fs::path entry_path(const LoadCache& cache, const std::string& id) { return cache.dir / (id + ".bin"); }

// What stat says of a file: a change to its bytes (or a rename over it) changes one of these.
struct StatStamp {
  uint64_t inode = 0, size = 0;
  int64_t mtime_ns = 0, ctime_ns = 0;
  bool operator==(const StatStamp&) const = default;
};

std::optional<StatStamp> stat_stamp(const fs::path& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return StatStamp{static_cast<uint64_t>(st.st_ino), static_cast<uint64_t>(st.st_size),
                   st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec,
                   st.st_ctim.tv_sec * 1000000000LL + st.st_ctim.tv_nsec};
}

// A file can change unseen by its times only in the moment around its read (the
// kernel's clock for file times runs up to a tick behind): a stamp from a second
// before the load began or older is believed, as git believes its index.
constexpr int64_t kRacyMarginNs = 1000000000;

// Each file the commune was loaded from still holds the text it had: its stat
// stamp is the one recorded, from well before the load, or else its text,
// read and hashed again, is the same.
bool sources_unchanged(const LoadCache& cache, const fs::path& root, const Commune& commune,
                       const std::vector<StatStamp>& stamps, int64_t load_started_ns) {
  for (size_t i = 0; i < commune.sources.size(); ++i) {
    const auto& [relative, sha] = commune.sources[i];
    const StatStamp& was = stamps[i];
    if (auto now = stat_stamp(root / relative); now && *now == was && was.mtime_ns < load_started_ns - kRacyMarginNs &&
                                                was.ctime_ns < load_started_ns - kRacyMarginNs)
      continue;
    cache.rehashed.fetch_add(1, std::memory_order_relaxed);
    Diagnostics ignored;  // a file that cannot be read now reads as "", as it was recorded then
    auto text = read_source_file(root, relative, ignored);
    if ((text ? sha256_hex(*text) : std::string()) != sha) return false;
  }
  return true;
}

}  // namespace

int64_t load_clock_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string commune_folder_listing(const fs::path& root, const std::string& id) {
  std::string listing;
  for (const std::string folder : {"content/" + id, "data/" + id}) {
    // What cannot be listed (an unreadable folder, a symlink loop) is left out of the entries and
    // said in a message: the messages are part of the listing, so such an entry is never missed.
    Diagnostics problems;
    listing += folder + ":\n";
    for (const auto& e : list_source_folder(root, folder, problems))
      listing += std::to_string(static_cast<int>(e.kind)) + " " + e.name + "\n";
    listing += problems.format_all();
  }
  return listing;
}

std::optional<DecodedCommune> cached_commune(const LoadCache& cache, const fs::path& root, const std::string& id) {
  auto bytes = read_whole_file(entry_path(cache, id));
  if (!bytes || !bytes->starts_with(kMagic)) return std::nullopt;
  ByteReader header(std::string_view(*bytes).substr(kMagic.size()));
  const std::string identity = header.str(), listing = header.str(), body_sha = header.str();
  const int64_t load_started_ns = header.i64();
  std::vector<StatStamp> stamps(header.count(32));
  for (auto& st : stamps) st = {header.u64(), header.u64(), header.i64(), header.i64()};
  const uint64_t body_size = header.u64();
  if (!header.ok() || identity != cache.identity || body_size > bytes->size()) return std::nullopt;
  if (listing != commune_folder_listing(root, id)) return std::nullopt;
  // A damaged entry could still decode, into a commune with other words in it: checked whole.
  const std::string_view body = std::string_view(*bytes).substr(bytes->size() - body_size);
  if (sha256_hex(body) != body_sha) return std::nullopt;
  auto decoded = decode_commune(body);
  if (!decoded || decoded->commune.id != id || decoded->commune.sources.size() != stamps.size() ||
      !sources_unchanged(cache, root, decoded->commune, stamps, load_started_ns))
    return std::nullopt;
  cache.hits.fetch_add(1, std::memory_order_relaxed);
  return decoded;
}

void keep_commune(const LoadCache& cache, const fs::path& root, const std::string& id,
                  const std::string& listing_before, int64_t load_started_ns, const Commune& commune,
                  const Diagnostics& diags) {
  if (commune_folder_listing(root, id) != listing_before) return;
  const std::string body = encode_commune(commune, diags);
  ByteWriter header;
  header.str(cache.identity);
  header.str(listing_before);
  header.str(sha256_hex(body));
  header.i64(load_started_ns);
  header.u64(commune.sources.size());
  for (const auto& source : commune.sources) {
    const StatStamp st = stat_stamp(root / source.first).value_or(StatStamp{});  // none: always hashed
    header.u64(st.inode);
    header.u64(st.size);
    header.i64(st.mtime_ns);
    header.i64(st.ctime_ns);
  }
  header.u64(body.size());
  std::error_code ec;
  fs::create_directories(cache.dir, ec);
  std::string error;
  replace_file(entry_path(cache, id), std::string(kMagic) + header.bytes() + body, error);
}

}  // namespace ck
