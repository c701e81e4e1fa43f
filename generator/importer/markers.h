// The numbering that structures a plan's text: "I." sections, "1."/"1.2."
// items, "a)" sub-items, "-" and "+" bullets.
#pragma once
#include <string>
#include <string_view>

namespace ck::importer {

enum class Marker { None, Roman, Number, Letter, Bullet, SubBullet };

struct MarkerMatch {
  Marker kind = Marker::None;
  std::string label;  // "II", "1.2", "đ", "-"
  size_t length = 0;  // bytes of the marker and the space after it
};

// Reads the marker at the start of a (trimmed) line.
MarkerMatch match_marker(std::string_view line);

// "IV" -> true. Only the letters of Roman numerals, upper-case.
bool is_roman(std::string_view s);

}  // namespace ck::importer
