// The history cache: what a run read, so the next run walks only newer
// commits. One JSON file, <cache_dir>/history-cache.json:
//   {"format": 1, "source": "<repository workdir>|<source dir in it>",
//    "shallow": false, "head": "<last commit id read>",
//    "invalid_heads": {"data/x/y.json": "<newest kept blob id>"},
//    "history": <history_json.h>}
// It is valid for a run when the format and source match, the shallow flag is
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
std::filesystem::path cache_file(const std::filesystem::path& dir);

// nullopt when missing, unreadable, or another format or source.
std::optional<CacheState> load_cache(const std::filesystem::path& dir, const std::string& source);
// Best effort: false when it could not be written (the build goes on).
bool save_cache(const std::filesystem::path& dir, const std::string& source, bool shallow,
                const std::string& head, const InvalidHeads& invalid_heads, const History& history);

}  // namespace ck::history
