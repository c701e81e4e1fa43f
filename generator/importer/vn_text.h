// Vietnamese text helpers for the importer: letter case, sentence ends, word
// counts. The source documents are UTF-8 (NFC); case is decided per code point.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ck::importer {

std::string to_lower(std::string_view s);
std::string to_upper(std::string_view s);
// "KẾ HOẠCH" -> "Kế hoạch": lower-cases everything, then the first letter up.
std::string sentence_case(std::string_view s);

// True when `s` has at least two letters and none of them is lower-case:
// "QUYẾT ĐỊNH:", "TM. ỦY BAN NHÂN DÂN". Asterisks (Markdown bold) are ignored.
bool is_upper_line(std::string_view s);
// Case of the first letter (skipping punctuation, quotes, digits are not letters).
bool starts_lower(std::string_view s);
bool starts_upper(std::string_view s);
// Case of the first code point exactly (no skipping).
bool first_is_upper(std::string_view s);

// True when the text ends a sentence or clause: '.', ';', ':', '!', '?', with
// closing quotes, brackets or asterisks after it allowed ("…này).", "…2026*)").
bool ends_clause(std::string_view s);
// True when the text ends with '.' or ';' (a statement, not a heading).
bool ends_statement(std::string_view s);

size_t word_count(std::string_view s);
std::vector<std::string> split_words(std::string_view s);
// Splits on `sep`, keeping empty pieces.
std::vector<std::string> split(std::string_view s, char sep);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
bool ends_with(std::string_view s, std::string_view suffix);
// Removes trailing characters found in `chars` (and spaces).
std::string trim_right_chars(std::string_view s, std::string_view chars);

}  // namespace ck::importer
