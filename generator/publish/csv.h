// CSV as RFC 4180 writes it, with the byte order mark Excel needs to read
// UTF-8 (without it, Vietnamese letters come out garbled).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ck {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// A field quoted when it holds a comma, a double quote, CR or LF (quotes
// doubled). A value a spreadsheet would run as a formula (starting with = + -
// @, tab or CR) gets a leading ' as the OWASP guidance on CSV injection says:
// the cell then shows as text. A "- " bullet or "+84" phone number is
// prefixed too, the accepted price; the JSON dataset keeps the exact text.
std::string csv_field(std::string_view value);
// Fields joined by commas, ending in CRLF.
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace ck
