// Small text helpers shared by every stage.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ck {

// Byte offset of the first invalid UTF-8 sequence, or npos when valid.
size_t find_invalid_utf8(std::string_view s);
// 1-based line and column (in code points) of a byte offset.
std::pair<int, int> line_col_at(std::string_view text, size_t offset);

// NFC normalisation (invalid input is returned unchanged).
std::string nfc(std::string_view s);
// Collapse runs of white space (incl. NBSP) to one space and trim.
std::string normalize_space(std::string_view s);
std::string trim(std::string_view s);
bool starts_with(std::string_view s, std::string_view prefix);
std::vector<std::string> split_lines(std::string_view s);  // accepts \n and \r\n

// Escape for HTML text and attribute values.
std::string html_escape(std::string_view s);
// The same, appended to `out`; `apostrophe` is how ' is written (templates use "&apos;", as kainjow did).
void append_html_escaped(std::string& out, std::string_view s, std::string_view apostrophe = "&#39;");

}  // namespace ck
