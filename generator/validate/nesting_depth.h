// How deep a JSON or YAML text nests, measured by a linear scan before any
// recursive parser (or a recursive printer of its values) sees the text:
// 100,000 nested '[' overflowed the stack. Real plans nest five levels.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ck {

inline constexpr int kMaxNestingDepth = 64;

// Byte offset of the first '[' or '{' (outside strings) that opens level
// `limit` + 1, or nullopt when the text stays within `limit`.
std::optional<size_t> json_depth_excess(std::string_view text, int limit = kMaxNestingDepth);

// The same for YAML. Block nesting is counted from indentation (each deeper
// indent opens a level) and compact "- " / "? " indicators ("- - - x" nests
// three sequences on one line); flow '[' '{' outside quotes and comments add
// to it. An over-estimate is harmless: front matter and congkhai.yaml nest
// three levels at most. A heuristic, not a YAML parser: yaml-cpp's own guard
// (2000 levels) stays behind it for texts built to fool it.
std::optional<size_t> yaml_depth_excess(std::string_view text, int limit = kMaxNestingDepth);

// "dữ liệu lồng nhau quá sâu (hơn 64 cấp) — …": the message both callers give.
std::string nesting_depth_message(int limit = kMaxNestingDepth);

}  // namespace ck
