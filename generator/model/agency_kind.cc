#include "model/agency_kind.h"

#include <array>
#include <string>

#include "util/slug.h"
#include "util/text.h"

namespace ck {
namespace {

// A body's name is short; a cell longer than this is a clause or a list.
constexpr size_t kMaxWordsOfOneBody = 14;

size_t word_count(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

bool begins_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

bool is_agency_group(std::string_view name) {
  // Folded (lower-case, no marks), one space between words: "Các cơ quan" -> "cac co quan".
  std::string folded = normalize_space(fold_diacritics(name));
  if (folded.empty()) return false;
  // "Các …" is plural in Vietnamese: several bodies, none named.
  if (begins_with(folded, "cac ") || begins_with(folded, "nhung ")) return true;
  // A bullet, a list or a sentence copied into the cell.
  if (begins_with(folded, "- ") || folded.find(';') != std::string::npos || folded.find(':') != std::string::npos)
    return true;
  if (word_count(folded) > kMaxWordsOfOneBody) return true;
  // Bodies described by their relation, not their name.
  static constexpr std::array<std::string_view, 6> kPhrases{
      "lien quan", "thuoc va truc thuoc", "thuoc, truc thuoc", "phong chuyen mon", "cap xa", "cap huyen"};
  for (std::string_view p : kPhrases)
    if (folded.find(p) != std::string::npos) return true;
  return false;
}

}  // namespace ck
