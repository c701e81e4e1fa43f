#include "history/history_cache.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <system_error>

#include "history/history_codec.h"
#include "util/byte_codec.h"
#include "util/field_codec.h"
#include "util/read_file.h"
#include "util/replace_file.h"
#include "util/sha256.h"

namespace ck::history {

namespace {

namespace fs = std::filesystem;

std::string magic() { return "congkhai-history-cache " + std::to_string(kCacheFormat) + "\n"; }
constexpr size_t kChecksumBytes = 32;

// The file name for a scope, without its extension. FNV-1a: a name per
// scope; the scope inside is checked in full.
std::string cache_stem(const std::string& scope) {
  if (scope.empty()) return "history-cache";
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : scope) h = (h ^ c) * 1099511628211ull;
  char name[64];
  std::snprintf(name, sizeof name, "history-cache-%016llx", static_cast<unsigned long long>(h));
  return name;
}

}  // namespace

fs::path cache_file(const fs::path& dir, const std::string& scope) {
  return dir / (cache_stem(scope) + ".bin");
}

std::optional<CacheState> load_cache(const fs::path& dir, const std::string& source,
                                     const std::string& scope) {
  if (dir.empty()) return std::nullopt;
  auto bytes = read_whole_file(cache_file(dir, scope));
  const std::string head_line = magic();
  if (!bytes || !bytes->starts_with(head_line) || bytes->size() < head_line.size() + kChecksumBytes)
    return std::nullopt;
  const std::string_view stored_sum = std::string_view(*bytes).substr(head_line.size(), kChecksumBytes);
  const std::string_view rest = std::string_view(*bytes).substr(head_line.size() + kChecksumBytes);
  ByteReader in(rest);
  // Another source or scope is refused before the whole file is hashed.
  if (in.str() != source || in.str() != scope || !in.ok()) return std::nullopt;
  // A damaged file could still decode, into a history with other words in it: checked whole.
  const auto sum = sha256(rest);
  if (std::memcmp(sum.data(), stored_sum.data(), kChecksumBytes) != 0) return std::nullopt;
  CacheState s;
  s.source = source;
  Get get{in};
  get(s.shallow);
  get(s.head);
  get(s.invalid_heads);
  auto history = read_history_bytes(in);
  if (!history || !in.ok() || !in.at_end()) return std::nullopt;
  s.history = std::move(*history);
  return s;
}

bool save_cache(const fs::path& dir, const std::string& source, const std::string& scope, bool shallow,
                const std::string& head, const InvalidHeads& invalid_heads, const History& history) {
  if (dir.empty()) return false;
  std::error_code ec;
  fs::create_directories(dir, ec);
  // The checksum's place is kept and filled in once the rest is written: no copy of megabytes.
  const std::string head_line = magic();
  ByteWriter w;
  w.raw(head_line);
  w.raw(std::string(kChecksumBytes, '\0'));
  Put put{w};
  put(source);
  put(scope);
  put(shallow);
  put(head);
  put(invalid_heads);
  append_history_bytes(history, w);
  std::string out = w.take();
  const size_t rest_at = head_line.size() + kChecksumBytes;
  const auto sum = sha256(std::string_view(out).substr(rest_at));
  std::memcpy(out.data() + head_line.size(), sum.data(), kChecksumBytes);
  std::string error;
  // No fsync: a file a crash damaged fails its checksum and history is read again.
  if (!replace_file(cache_file(dir, scope), out, error, /*sync=*/false)) return false;
  fs::remove(dir / (cache_stem(scope) + ".json"), ec);  // the JSON cache of format 1, never read again
  return true;
}

}  // namespace ck::history
