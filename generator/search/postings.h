// The inverted index: folded key -> exact key -> postings. A posting says
// which document, in which fields (a FieldBit mask) and at which token
// positions (for phrase adjacency) a syllable occurs.
//
// Postings are written as compact text, one character per 5 bits, so that a
// shard stays plain JSON that gzip/brotli compress well:
//   per posting: varint(doc - previous doc), varint(position count * 16 + mask),
//                varint(first position), varint(deltas)…
// Positions are kept in every field, so that a phrase ranks wherever it is: in
// a task's text or products, a plan's title, a narrative section (and in status
// labels and agency names, matched from meta.js).
// A varint is little-endian base-32 digits; a digit is ALPHABET[d], plus 32
// when more digits follow. search.js decodes the same format.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "search/corpus.h"

namespace ck::search {

inline constexpr std::string_view kAlphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
inline constexpr size_t kMaxPositions = 8;  // enough to find a phrase; keeps common words small
inline constexpr uint32_t kFieldGap = 2;    // positions skipped between fields: no phrase across them
                                            // (and one skipped at punctuation)

struct Posting {
  uint32_t doc = 0;
  uint8_t mask = 0;
  std::vector<uint32_t> positions;
};

using Variants = std::map<std::string, std::vector<Posting>>;  // exact key -> postings by doc
using TermIndex = std::map<std::string, Variants>;             // folded key -> its spellings

// The index as the shards write it: each folded key (ascending, bytewise, as a JSON object's keys
// are) with its exact keys (ascending) and their postings already encoded (encode_postings).
struct EncodedTerm {
  std::string folded;
  std::vector<std::pair<std::string, std::string>> variants;  // exact key, encoded postings
};
// Documents are inverted in chunks on every core (util/parallel.h) and the chunks joined in
// document order: the same result, byte for byte, whatever the number of threads.
std::vector<EncodedTerm> invert_encoded(const std::vector<Doc>& docs);
// The same index decoded (tests, and anything that wants postings rather than text).
TermIndex invert(const std::vector<Doc>& docs);

void put_varint(std::string& out, uint32_t v);
std::string encode_postings(const std::vector<Posting>& postings);
// Decodes `encode_postings` output; false when malformed.
bool decode_postings(std::string_view text, std::vector<Posting>& out);

}  // namespace ck::search
