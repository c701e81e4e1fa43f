// The history cache: what a run read, so the next run walks only newer
// commits. One binary file, <cache_dir>/history-cache.bin:
//   "congkhai-history-cache <kCacheFormat>\n", the SHA-256 of the rest (32 bytes), then the rest
//   (util/byte_codec.h): source ("<repository workdir>|<source dir in it>"), scope (HistoryScope::key(),
//   "" for a full read), shallow, head (the last commit id read), invalid_heads (plan path → newest kept
//   blob id), and the history (history_codec.h).
// A scoped read's cache is history-cache-<hash of the scope>.bin, and its
// scope must match too: a scoped cache is never read as a full one or as
// another scope's, nor a full one as a scoped one.
// It is valid for a run when the format, source and scope match, the shallow flag is
// unchanged, and head is on the first-parent chain of the new HEAD; otherwise
// (a rebase or force push, another checkout) history is read from scratch. A
// file whose checksum does not match (truncated, a byte changed) is never
// trusted. Written to a temporary file and renamed (util/replace_file.h), so a
// crash never leaves half a cache. The JSON cache of earlier versions
// (history-cache*.json) is not read; saving removes it.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "history/history.h"
#include "history/lineage.h"

namespace ck::history {

struct CacheState {
  std::string source;
  bool shallow = false;
  std::string head;
  InvalidHeads invalid_heads;
  History history;  // commits … notes and shallow_boundary; state, warning and counters are per run
};

constexpr int kCacheFormat = 2;  // 1 was the JSON file
// `scope`: HistoryScope::key() of a scoped read, "" for the full history.
std::filesystem::path cache_file(const std::filesystem::path& dir, const std::string& scope = "");

// nullopt when missing, unreadable, damaged, or another format, source or scope.
std::optional<CacheState> load_cache(const std::filesystem::path& dir, const std::string& source,
                                     const std::string& scope = "");
// Best effort: false when it could not be written (the build goes on).
bool save_cache(const std::filesystem::path& dir, const std::string& source, const std::string& scope, bool shallow,
                const std::string& head, const InvalidHeads& invalid_heads, const History& history);

}  // namespace ck::history
