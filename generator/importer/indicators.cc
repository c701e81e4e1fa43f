#include "importer/indicators.h"

#include <algorithm>

#include "importer/scan.h"
#include "importer/vn_text.h"
#include "util/text.h"

namespace ck::importer {
namespace {

bool is_abbreviation(std::string_view before_dot) {
  size_t sp = before_dot.rfind(' ');
  std::string_view word = before_dot.substr(sp == std::string_view::npos ? 0 : sp + 1);
  return word.size() <= 3 && is_upper_line(word);
}

// Text blocks that can hold targets: not titles, recipients or signatures.
bool holds_text(BlockKind k) {
  return k == BlockKind::Number || k == BlockKind::Letter || k == BlockKind::Bullet ||
         k == BlockKind::SubBullet || k == BlockKind::Paragraph || k == BlockKind::Roman;
}

double parse_number(std::string s) {
  for (auto& c : s)
    if (c == ',') c = '.';
  return std::stod(s);
}

// True when `text` ends with `phrase` as whole words.
bool ends_with_words(const std::string& text, std::string_view phrase) {
  return ends_with(text, phrase) &&
         (text.size() == phrase.size() || text[text.size() - phrase.size() - 1] == ' ');
}

bool ends_with_any(const std::string& text, std::initializer_list<std::string_view> phrases) {
  for (auto p : phrases)
    if (ends_with_words(text, p)) return true;
  return false;
}

// The comparator from the words just before the number, and "trở lên" after it.
std::string comparator_for(std::string_view before, std::string_view after, double value) {
  std::string tail = trim(to_lower(before.size() > 60 ? before.substr(before.size() - 60) : before));
  std::string next = trim(after);
  if (ends_with_any(tail, {"tối thiểu", "ít nhất", "không dưới", "không thấp hơn", "từ"}) ||
      starts_with(next, "trở lên"))
    return ">=";
  if (ends_with_any(tail, {"tối đa", "không quá", "không vượt quá", "không cao hơn"}) ||
      starts_with(next, "trở xuống"))
    return "<=";
  if (ends_with_any(tail, {"trên", "hơn", "vượt"})) return ">";
  if (ends_with_any(tail, {"dưới", "thấp hơn"})) return "<";
  return value == 100 ? ">=" : "=";
}

// A number "90", "87,5" or "87.5" starting at `pos`; its length, 0 when none.
size_t number_at(std::string_view s, size_t pos) {
  Scanner sc(s, pos);
  if (!sc.integer(1, 9)) return 0;
  size_t end = sc.pos();
  if ((sc.eat(",") || sc.eat(".")) && sc.integer(1, 9)) end = sc.pos();
  return end - pos;
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    char c = text[i];
    if ((c != '.' && c != '!' && c != '?') || text[i + 1] != ' ') continue;
    if (!first_is_upper(text.substr(i + 2)) || is_abbreviation(text.substr(start, i - start))) continue;
    out.push_back(trim(text.substr(start, i + 1 - start)));
    start = i + 2;
  }
  std::string last = trim(text.substr(start));
  if (!last.empty()) out.push_back(last);
  return out;
}

// "90%" anywhere; else "tối thiểu 02 lớp" (a comparator word, a number and the unit word after it).
std::vector<Target> find_targets(std::string_view sentence) {
  std::vector<Target> targets;
  for (size_t i = 0; i < sentence.size(); ++i) {
    bool starts = Scanner::is_digit(sentence[i]) && (i == 0 || !Scanner::is_digit(sentence[i - 1])) &&
                  (i == 0 || (sentence[i - 1] != ',' && sentence[i - 1] != '.'));
    size_t len = starts ? number_at(sentence, i) : 0;
    if (len == 0) continue;
    Scanner sc(sentence, i + len);
    sc.skip_spaces();
    if (sc.eat("%")) {
      double value = parse_number(std::string(sentence.substr(i, len)));
      targets.push_back({comparator_for(sentence.substr(0, i), sc.rest(), value), value, "%"});
    }
    i += len - 1;
  }
  if (!targets.empty()) return targets;
  std::string lower = to_lower(sentence);
  for (std::string_view word : {"tối thiểu ", "ít nhất ", "tối đa ", "không quá "}) {
    for (size_t p = lower.find(word); p != std::string::npos; p = lower.find(word, p + 1)) {
      size_t at = p + word.size();
      size_t len = number_at(sentence, at);
      if (len == 0 || at + len >= sentence.size() || sentence[at + len] != ' ') continue;
      std::string_view unit = sentence.substr(at + len + 1);
      unit = unit.substr(0, std::min(unit.find_first_of(" ,.;:"), unit.size()));
      if (unit.empty()) continue;
      double value = parse_number(std::string(sentence.substr(at, len)));
      targets.push_back({comparator_for(sentence.substr(0, at), "", value), value, std::string(unit)});
    }
  }
  return targets;
}

std::vector<ImportedIndicator> find_indicators(const std::vector<Block>& blocks) {
  std::vector<ImportedIndicator> out;
  for (const Block& b : blocks) {
    if (!holds_text(b.kind)) continue;
    for (const std::string& sentence : split_sentences(b.content())) {
      for (const Target& t : find_targets(sentence)) {
        std::string id = "ct-" + std::to_string(out.size() + 1);
        out.push_back({id, sentence, t.comparator, t.value, t.unit, b.line});
      }
    }
  }
  return out;
}

}  // namespace ck::importer
