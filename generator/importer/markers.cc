#include "importer/markers.h"

#include <algorithm>

#include "util/text.h"

namespace ck::importer {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "1. ", "1.2. ", "1.2 ", "3) ": one or two digits per level, so "100% …" or
// "2026 …" never read as numbering.
MarkerMatch match_number(std::string_view s) {
  size_t i = 0;
  bool dotted = false;
  while (true) {
    size_t start = i;
    while (i < s.size() && is_digit(s[i]) && i - start < 3) ++i;
    if (i == start || i - start > 2) return {};
    if (i < s.size() && s[i] == '.' && i + 1 < s.size() && is_digit(s[i + 1])) {
      ++i;
      dotted = true;
      continue;
    }
    break;
  }
  std::string label(s.substr(0, i));
  bool closed = i < s.size() && (s[i] == '.' || s[i] == ')');
  if (closed) ++i;
  if (!closed && !dotted) return {};
  if (i >= s.size() || s[i] != ' ') return {};
  return {Marker::Number, label, i + 1};
}

MarkerMatch match_letter(std::string_view s) {
  size_t len = 0;
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') len = 1;
  if (starts_with(s, "đ")) len = 2;  // U+0111, two bytes
  if (len == 0 || s.size() < len + 2 || s[len] != ')' || s[len + 1] != ' ') return {};
  return {Marker::Letter, std::string(s.substr(0, len)), len + 2};
}

}  // namespace

bool is_roman(std::string_view s) {
  return !s.empty() && s.size() <= 6 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L'; });
}

MarkerMatch match_marker(std::string_view s) {
  size_t dot = s.find(". ");
  if (dot != std::string_view::npos && is_roman(s.substr(0, dot)))
    return {Marker::Roman, std::string(s.substr(0, dot)), dot + 2};
  if (auto m = match_number(s); m.kind != Marker::None) return m;
  if (auto m = match_letter(s); m.kind != Marker::None) return m;
  if (starts_with(s, "- ")) return {Marker::Bullet, "-", 2};
  if (starts_with(s, "– ")) return {Marker::Bullet, "–", 4};  // en dash, three bytes
  if (starts_with(s, "• ")) return {Marker::Bullet, "•", 4};
  if (starts_with(s, "+ ")) return {Marker::SubBullet, "+", 2};
  return {};
}

}  // namespace ck::importer
