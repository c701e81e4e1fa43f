// Vietnamese text as search keys. Vietnamese writes one syllable per word
// ("cải cách hành chính"), so a token is a run of letters, marks and digits.
// Each token has two keys:
//  - exact: lower-cased, NFC, with the tone mark lifted off the vowel and
//    written as a VNI-style digit after the syllable ("hóa" and "hoá" both
//    give "hoa1", "Ủy"/"Uỷ" give "uy3"). Old and new tone placement are then
//    the same key, and an accented query can tell "cải" (cai3) from "cài" (cai2).
//  - folded: ASCII, every mark removed and đ → d ("đất" → "dat"), so a query
//    typed without a Vietnamese keyboard still matches.
// search.js computes the same keys in the browser; keep the two in step.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ck::search {

struct Token {
  std::string exact;
  std::string folded;
  size_t begin = 0;  // byte range in the source text
  size_t end = 0;
};

// Splits `utf8` into tokens (any normalisation form: NFD input is fine).
std::vector<Token> tokenize(std::string_view utf8);
// The same tokens' byte ranges [begin, end), without their keys: for callers that compute each
// distinct spelling's keys once (the index build: a few thousand syllables, ~200,000 tokens).
std::vector<std::pair<size_t, size_t>> token_spans(std::string_view utf8);
// The same into `out` (cleared first), reusing its memory.
void token_spans(std::string_view utf8, std::vector<std::pair<size_t, size_t>>& out);

// The two keys of one token.
std::string exact_key(std::string_view token);
std::string folded_key(std::string_view token);

// True when the token carries any mark or đ (an "accented" query word, for
// which an exact match ranks above a folded one).
bool is_accented(std::string_view token);

}  // namespace ck::search
