#include "deadline/phrase_tokens.h"

#include "util/slug.h"
#include "util/text.h"

namespace ck::deadline_detail {
namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_punct(char c) {
  switch (c) {
    case ',':
    case ';':
    case '/':
    case '-':
    case '.':
    case '(':
    case ')':
    case ':':
    case '+':
    case '&':
      return true;
    default:
      return false;
  }
}

// Length of an HTML tag starting at `i` ("<i>", "</i>", "<br/>", "<p class=…>"),
// or 0 when '<' does not open one. Cells exported from Word carry such tags.
size_t html_tag_length(std::string_view s, size_t i) {
  if (s[i] != '<' || i + 1 >= s.size()) return 0;
  char next = s[i + 1];
  if (!is_ascii_alpha(next) && next != '/' && next != '!') return 0;
  constexpr size_t kMaxTag = 256;
  for (size_t j = i + 1; j < s.size() && j - i < kMaxTag; ++j) {
    if (s[j] == '<') return 0;
    if (s[j] == '>') return j - i + 1;
  }
  return 0;
}

// Replaces formatting with spaces and typographic dashes with '-', so the
// folded text only holds words, numbers and the punctuation the grammar knows.
std::string strip_formatting(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (size_t n = html_tag_length(s, i)) {
      out.push_back(' ');
      i += n;
    } else if (s.substr(i, 6) == "&nbsp;") {
      out.push_back(' ');
      i += 6;
    } else if (s.substr(i, 5) == "&amp;") {
      out.push_back('&');
      i += 5;
    } else if (s[i] == '*') {  // Markdown emphasis and footnote marks
      out.push_back(' ');
      ++i;
    } else if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94" ||
               s.substr(i, 3) == "\xE2\x88\x92") {  // en dash, em dash, minus sign
      out.push_back('-');
      i += 3;
    } else {
      out.push_back(s[i]);
      ++i;
    }
  }
  return out;
}

Token number_token(std::string_view digits) {
  Token t{TokenType::Number, std::string(digits), -1, static_cast<int>(digits.size())};
  if (digits.size() <= 4) {
    t.value = 0;
    for (char c : digits) t.value = t.value * 10 + (c - '0');
  }
  return t;
}

Tokens split_tokens(std::string_view folded) {
  Tokens out;
  size_t i = 0;
  while (i < folded.size()) {
    char c = folded[i];
    size_t j = i + 1;
    if (is_space(c)) {
      i = j;
      continue;
    }
    if (c >= 'a' && c <= 'z') {
      while (j < folded.size() && folded[j] >= 'a' && folded[j] <= 'z') ++j;
      out.push_back({TokenType::Word, std::string(folded.substr(i, j - i))});
    } else if (is_digit(c)) {
      while (j < folded.size() && is_digit(folded[j])) ++j;
      out.push_back(number_token(folded.substr(i, j - i)));
    } else if (is_punct(c)) {
      out.push_back({TokenType::Punct, std::string(1, c)});
    } else {  // anything else (other scripts, symbols) is one opaque token per run
      while (j < folded.size() && !is_space(folded[j]) && !is_ascii_alpha(folded[j]) &&
             !is_digit(folded[j]) && !is_punct(folded[j]))
        ++j;
      out.push_back({TokenType::Other, std::string(folded.substr(i, j - i))});
    }
    i = j;
  }
  return out;
}

bool is_punct_token(const Token& t, char c) { return t.type == TokenType::Punct && t.text[0] == c; }

// "Quý I/2026." and "Quý I/2026 ;" read like "Quý I/2026"; "- Quý I/2026" too.
void trim_punctuation(Tokens& tokens) {
  while (!tokens.empty() && (is_punct_token(tokens.back(), '.') || is_punct_token(tokens.back(), ',') ||
                             is_punct_token(tokens.back(), ';') || is_punct_token(tokens.back(), ':')))
    tokens.pop_back();
  if (!tokens.empty() && (is_punct_token(tokens.front(), '-') || is_punct_token(tokens.front(), '+')))
    tokens.erase(tokens.begin());
}

bool word_at(const Tokens& t, size_t i, std::string_view w) {
  return i < t.size() && t[i].type == TokenType::Word && t[i].text == w;
}

// A note addressed to contributing bodies opens with who it is for:
// "các cơ quan…", "đơn vị…", "phòng…", "bộ phận…".
bool opens_agency_note(const Tokens& t, size_t i) {
  if (word_at(t, i, "cac")) ++i;
  return (word_at(t, i, "co") && word_at(t, i + 1, "quan")) ||
         (word_at(t, i, "don") && word_at(t, i + 1, "vi")) || word_at(t, i, "phong") ||
         (word_at(t, i, "bo") && word_at(t, i + 1, "phan"));
}

}  // namespace

std::optional<Tokens> tokenize_phrase(std::string_view text) {
  if (text.size() > kMaxPhraseBytes) return std::nullopt;
  if (find_invalid_utf8(text) != std::string_view::npos) return std::nullopt;
  // Fold first, so that formatting is recognised the same in NFC and NFD text.
  Tokens tokens = split_tokens(strip_formatting(fold_diacritics(text)));
  trim_punctuation(tokens);
  return tokens;
}

std::optional<Tokens> drop_agency_notes(const Tokens& tokens) {
  Tokens out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (is_punct_token(tokens[i], ')')) return std::nullopt;
    if (!is_punct_token(tokens[i], '(')) {
      out.push_back(tokens[i]);
      continue;
    }
    size_t close = i + 1;
    while (close < tokens.size() && !is_punct_token(tokens[close], ')')) {
      if (is_punct_token(tokens[close], '(')) return std::nullopt;
      ++close;
    }
    if (close == tokens.size() || !opens_agency_note(tokens, i + 1)) return std::nullopt;
    i = close;
  }
  trim_punctuation(out);
  return out;
}

}  // namespace ck::deadline_detail
