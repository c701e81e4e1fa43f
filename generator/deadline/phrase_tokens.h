// Turning a deadline cell into tokens the phrase grammar can match: folded to
// lower-case ASCII (so case, NFC/NFD and diacritics never matter), with
// formatting (HTML tags, asterisks) and trailing punctuation removed.
// Internal to the deadline module.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ck::deadline_detail {

enum class TokenType { Word, Number, Punct, Other };

struct Token {
  TokenType type = TokenType::Other;
  std::string text;  // folded: "quy", "2026", "/", …
  int value = -1;    // numbers of at most 4 digits; -1 otherwise
  int digits = 0;    // length of a number as written ("05" has 2)
};

using Tokens = std::vector<Token>;

// The longest cell we try to read; longer text is not a deadline phrase.
inline constexpr size_t kMaxPhraseBytes = 4096;
// The most tokens a date, range, from, continuous or recurring phrase may have
// (an external one may cite documents at any length up to kMaxPhraseBytes).
inline constexpr size_t kMaxPhraseTokens = 256;

// Folded tokens of `text`; nullopt when it cannot be a phrase at all (invalid
// UTF-8, too long). Trailing '.', ',', ';', ':' and a leading list bullet are dropped.
std::optional<Tokens> tokenize_phrase(std::string_view text);

// Removes parenthesised notes addressed to contributing bodies ("(các cơ quan,
// đơn vị gửi báo cáo trước ngày 05…)"): they set an earlier internal deadline,
// not the one the public is promised. Any other parenthesis, or unbalanced or
// nested ones, make the phrase unreadable: nullopt.
std::optional<Tokens> drop_agency_notes(const Tokens& tokens);

}  // namespace ck::deadline_detail
