// The index as files under search/, every one a small script that registers
// its data: (window.__ckSearch=window.__ckSearch||[]).push(["name", data]).
// Scripts load both over HTTP under any sub-path and from disk (file://,
// where fetch() of local files fails). Files:
//   search/meta.js     shard maps, communes, plans, agencies, statuses, and
//                      per document what results show and filter on
//   search/t-<hash>.js terms: folded key -> exact key -> postings, a range of
//                      folded keys each (meta lists each shard's first key)
//   search/d-<hash>.js what results show, a range of doc numbers each: per
//                      document [text, note] or [text, note, [other fields]]
//                      (a task's products, a plan's issuer; a section's
//                      note is its heading)
// Shard names carry a hash of their content, so a cached old shard is never
// mixed with a new meta.js. Everything is ordered: same input, same bytes.
#pragma once
#include <map>
#include <string>

#include "search/corpus.h"

namespace ck::search {

inline constexpr const char* kMetaPath = "search/meta.js";

struct ShardLimits {
  size_t term_bytes = 20000;  // target size of a term shard before compression
  size_t doc_bytes = 12000;   // target size of a document shard
  // With meta.js and the search page: under 50 files in all (docs/performance.md). Term shards
  // are what each query word loads, so they keep the most; results load a few text shards.
  size_t max_term_shards = 22;
  size_t max_doc_shards = 12;
  size_t max_section_shards = 12;  // the narrative's text, in shards of its own
};

// Paths relative to the site root -> file contents.
std::map<std::string, std::string> write_index(const Corpus& corpus, const ShardLimits& limits = {});

// The JSON registered by one index file (the inverse of the script wrapper);
// null when `script` is not an index file.
struct Registered {
  std::string name;
  std::string json;
};
bool unwrap_index_file(const std::string& script, Registered& out);

}  // namespace ck::search
