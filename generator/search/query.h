// Runs a query over the index files, with the same rules as search.js (this
// is the reference the unit tests pin, and a cross-check runs both):
//  - every query word must match a whole syllable (strict AND); only the last
//    word, while it is still being typed, may match as a prefix;
//  - a word that matches nothing is reported, and nothing is returned;
//  - a task's status label and its agencies' names match from meta.js (they
//    are the same few strings for thousands of tasks, so not indexed);
//  - when the query carries diacritics, the documents where every accented
//    word matches as typed (tone placement aside; a word being typed as a
//    prefix of a syllable spelled so) come first, then the "approximate"
//    ones, matched only with the marks ignored ("một cửa" finds "một … của"
//    there), which search.js lists under their own heading;
//  - ranking, in order: more accented query words matched exactly, more
//    adjacent query-word pairs adjacent in the document (phrases; adjacent in
//    a text, a product or the status counts twice adjacent in an agency name
//    or a narrative section), a higher sum
//    of field weights (whole-syllable matches count double), then document
//    order.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "search/syllable.h"

namespace ck::search {

struct WordMatch;

struct Filters {
  std::string commune;  // commune id
  std::string status;   // status key, e.g. "qua_han"
  std::string agency;   // agency id
};

struct Hit {
  uint32_t doc = 0;
  int exact = 0, phrase = 0, weight = 0;
  bool approximate = false;  // some accented query word matched only with its marks ignored
};

// Whether a syllable in the index (its exact key) is spelled as the query
// word was typed: the same key, or for a word still being typed (`prefix`)
// a syllable that starts with its letters and marks and has its tone, if any.
bool spelled_as_typed(const std::string& syllable_exact, const std::string& typed_exact, bool prefix);

struct QueryResult {
  std::vector<std::string> unmatched;  // query words (as typed) that match nothing
  std::vector<Hit> hits;               // best first
  std::set<std::string> shards;        // term shards the query loaded
};

class SearchIndex {
 public:
  // From write_index's files; nullopt with `error` when they do not parse.
  static std::optional<SearchIndex> load(const std::map<std::string, std::string>& files, std::string& error);

  // The term shards holding `folded`, or every key starting with it.
  std::vector<std::string> shards_for(const std::string& folded, bool prefix) const;
  // The document shard holding document `doc`.
  std::string doc_shard(uint32_t doc) const;
  QueryResult search(std::string_view query, bool prefix_last = false, const Filters& filters = {}) const;

  const nlohmann::json& meta() const { return meta_; }
  // Site-relative link of a result ("tien-lang/cchc-2026/nv-1/index.html").
  std::string href(uint32_t doc) const;

 private:
  bool passes(uint32_t doc, const Filters& f) const;
  void match_meta(const Token& word, bool prefix, bool accented, std::map<uint32_t, WordMatch>& into) const;
  nlohmann::json meta_;
  std::vector<std::vector<Token>> status_labels_;          // [2 * status + passed]
  std::vector<std::vector<std::vector<Token>>> agencies_;  // [agency][name]
  std::map<std::string, nlohmann::json> shards_;  // name -> data
};

}  // namespace ck::search
