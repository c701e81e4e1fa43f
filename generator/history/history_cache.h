// The history cache: what a run read, so the next run walks only newer
// commits. One JSON file, <cache_dir>/history-cache.json:
//   {"format": 1, "source": "<repository workdir>|<source dir in it>",
//    "scope": "<HistoryScope::key(), only for a scoped read>", "shallow": false, "head": "<last commit id read>",
//    "invalid_heads": {"data/x/y.json": "<newest kept blob id>"},
//    "history": <history_json.h>}
// A scoped read's cache is history-cache-<hash of the scope>.json, and its
// "scope" must match too: a scoped cache is never read as a full one or as
// another scope's, nor a full one as a scoped one.
// It is valid for a run when the format, source and scope match, the shallow flag is
// unchanged, and "head" is on the first-parent chain of the new HEAD; otherwise
// (a rebase or force push, another checkout) history is read from scratch.
// Written to a temporary file and renamed, so a crash never leaves half a cache.
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

constexpr int kCacheFormat = 1;
// `scope`: HistoryScope::key() of a scoped read, "" for the full history.
std::filesystem::path cache_file(const std::filesystem::path& dir, const std::string& scope = "");

// nullopt when missing, unreadable, or another format, source or scope.
std::optional<CacheState> load_cache(const std::filesystem::path& dir, const std::string& source,
                                     const std::string& scope = "");
// Best effort: false when it could not be written (the build goes on).
bool save_cache(const std::filesystem::path& dir, const std::string& source, const std::string& scope, bool shallow,
                const std::string& head, const InvalidHeads& invalid_heads, const History& history);

}  // namespace ck::history
