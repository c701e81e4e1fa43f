#include "search/syllable.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "util/slug.h"
#include "util/text.h"

namespace ck::search {

namespace {

bool is_token_char(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// What is_token_char says of ASCII: letters and digits are; punctuation, symbols and controls are not.
bool is_ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// Vietnamese letters: the length of the UTF-8 sequence at utf8[i] when it is one of the letters or
// combining marks Vietnamese is written with (U+00C0-U+023F but × and ÷, U+0300-U+036F,
// U+1E00-U+1EFF: all letters or marks to is_token_char), else 0 and utf8proc decides.
size_t latin_letter_or_mark(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  auto cont = [](unsigned char b) { return b >= 0x80 && b <= 0xBF; };
  unsigned char c = byte(0), c1 = byte(1);
  if (c >= 0xC3 && c <= 0xC8) return cont(c1) && !(c == 0xC3 && (c1 == 0x97 || c1 == 0xB7)) ? 2 : 0;
  if (c == 0xCC) return cont(c1) ? 2 : 0;
  if (c == 0xCD) return c1 >= 0x80 && c1 <= 0xAF ? 2 : 0;
  if (c == 0xE1) return c1 >= 0xB8 && c1 <= 0xBB && cont(byte(2)) ? 3 : 0;
  return 0;
}

// ASCII letters and digits: both keys are the lower-cased token (no marks, no tone, nothing to
// normalise), without utf8proc's passes. Numbers and codes are many of the index's spellings.
bool ascii_lower(std::string_view token, std::string& out) {
  for (char c : token)
    if (!is_ascii_alnum(static_cast<unsigned char>(c))) return false;
  out.assign(token);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
  return true;
}

// The five Vietnamese tone marks as combining characters, and their VNI digit:
// sắc, huyền, hỏi, ngã, nặng.
char tone_digit(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x0301: return '1';
    case 0x0300: return '2';
    case 0x0309: return '3';
    case 0x0303: return '4';
    case 0x0323: return '5';
    default: return 0;
  }
}

std::string map_utf8(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                        &out, static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(s);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<char*>(out), static_cast<size_t>(n));
}

}  // namespace

std::vector<Token> tokenize(std::string_view utf8) {
  std::vector<Token> tokens;
  for (auto [begin, end] : token_spans(utf8)) {
    std::string_view raw = utf8.substr(begin, end - begin);
    tokens.push_back({exact_key(raw), folded_key(raw), begin, end});
  }
  return tokens;
}

std::vector<std::pair<size_t, size_t>> token_spans(std::string_view utf8) {
  std::vector<std::pair<size_t, size_t>> tokens;
  token_spans(utf8, tokens);
  return tokens;
}

void token_spans(std::string_view utf8, std::vector<std::pair<size_t, size_t>>& tokens) {
  tokens.clear();
  size_t i = 0, start = std::string_view::npos;
  auto flush = [&](size_t end) {
    if (start == std::string_view::npos) return;
    tokens.emplace_back(start, end);
    start = std::string_view::npos;
  };
  while (i < utf8.size()) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    bool token_char;
    size_t n = 1;
    if (c < 0x80) {
      token_char = is_ascii_alnum(c);  // most of the text: no decoding, no table lookup
    } else if (size_t latin = latin_letter_or_mark(utf8, i)) {
      token_char = true;
      n = latin;
    } else {
      utf8proc_int32_t cp = -1;
      auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data() + i),
                                  static_cast<utf8proc_ssize_t>(utf8.size() - i), &cp);
      if (len <= 0) len = 1, cp = -1;  // invalid byte: a separator
      token_char = cp >= 0 && is_token_char(cp);
      n = static_cast<size_t>(len);
    }
    if (token_char) {
      if (start == std::string_view::npos) start = i;
    } else {
      flush(i);
    }
    i += n;
  }
  flush(utf8.size());
}

std::string exact_key(std::string_view token) {
  if (std::string lower; ascii_lower(token, lower)) return lower;
  std::string nfd = map_utf8(token, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD);
  std::string base, tones;
  for (size_t i = 0; i < nfd.size();) {
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(nfd.data() + i),
                              static_cast<utf8proc_ssize_t>(nfd.size() - i), &cp);
    if (n <= 0) return nfc(token);
    if (char d = tone_digit(cp)) tones.push_back(d);
    else base.append(nfd, i, static_cast<size_t>(n));
    i += static_cast<size_t>(n);
  }
  return nfc(base) + tones;
}

std::string folded_key(std::string_view token) {
  if (std::string lower; ascii_lower(token, lower)) return lower;
  return fold_diacritics(token);
}

bool is_accented(std::string_view token) {
  for (char c : token)
    if (static_cast<unsigned char>(c) >= 0x80) return folded_key(token) != map_utf8(token, UTF8PROC_CASEFOLD);
  return false;
}

}  // namespace ck::search
