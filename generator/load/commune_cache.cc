#include "load/commune_cache.h"

#include <fstream>
#include <sstream>

#include "load/source_file.h"
#include "util/byte_codec.h"
#include "util/replace_file.h"
#include "util/sha256.h"

namespace ck {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMagic = "congkhai-load-cache 1\n";

fs::path entry_path(const LoadCache& cache, const std::string& id) { return cache.dir / (id + ".bin"); }

std::optional<std::string> read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

// Each file the commune was loaded from still holds the text it had.
bool sources_unchanged(const fs::path& root, const Commune& commune) {
  for (const auto& [relative, sha] : commune.sources) {
    Diagnostics ignored;  // a file that cannot be read now reads as "", as it was recorded then
    auto text = read_source_file(root, relative, ignored);
    if ((text ? sha256_hex(*text) : std::string()) != sha) return false;
  }
  return true;
}

}  // namespace

std::string commune_folder_listing(const fs::path& root, const std::string& id) {
  std::string listing;
  for (const std::string folder : {"content/" + id, "data/" + id}) {
    Diagnostics ignored;  // the loader reports them; an unreadable folder lists differently anyway
    listing += folder + ":\n";
    for (const auto& e : list_source_folder(root, folder, ignored))
      listing += std::to_string(static_cast<int>(e.kind)) + " " + e.name + "\n";
  }
  return listing;
}

std::optional<DecodedCommune> cached_commune(const LoadCache& cache, const fs::path& root, const std::string& id) {
  auto bytes = read_whole(entry_path(cache, id));
  if (!bytes || !bytes->starts_with(kMagic)) return std::nullopt;
  ByteReader header(std::string_view(*bytes).substr(kMagic.size()));
  const std::string identity = header.str(), listing = header.str(), body_sha = header.str();
  const uint64_t body_size = header.u64();
  if (!header.ok() || identity != cache.identity || body_size > bytes->size()) return std::nullopt;
  if (listing != commune_folder_listing(root, id)) return std::nullopt;
  // A damaged entry could still decode, into a commune with other words in it: checked whole.
  const std::string_view body = std::string_view(*bytes).substr(bytes->size() - body_size);
  if (sha256_hex(body) != body_sha) return std::nullopt;
  auto decoded = decode_commune(body);
  if (!decoded || decoded->commune.id != id || !sources_unchanged(root, decoded->commune)) return std::nullopt;
  cache.hits.fetch_add(1, std::memory_order_relaxed);
  return decoded;
}

void keep_commune(const LoadCache& cache, const fs::path& root, const std::string& id,
                  const std::string& listing_before, const Commune& commune, const Diagnostics& diags) {
  if (commune_folder_listing(root, id) != listing_before) return;
  const std::string body = encode_commune(commune, diags);
  ByteWriter header;
  header.str(cache.identity);
  header.str(listing_before);
  header.str(sha256_hex(body));
  header.u64(body.size());
  std::error_code ec;
  fs::create_directories(cache.dir, ec);
  std::string error;
  replace_file(entry_path(cache, id), std::string(kMagic) + header.bytes() + body, error);
}

}  // namespace ck
