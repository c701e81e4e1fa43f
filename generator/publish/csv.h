// CSV as RFC 4180 writes it, with the byte order mark Excel needs to read
// UTF-8 (without it, Vietnamese letters come out garbled).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ck {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// A field quoted when it holds a comma, a double quote, CR or LF (quotes doubled).
std::string csv_field(std::string_view value);
// Fields joined by commas, ending in CRLF.
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace ck
