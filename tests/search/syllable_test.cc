// Tokenisation and the two keys of a syllable: exact (tone placement aside)
// and folded (no marks, đ → d).
#include "search/syllable.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include "util/slug.h"

namespace ck::search {
namespace {

std::vector<std::string> exacts(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) out.push_back(t.exact);
  return out;
}

std::vector<std::string> foldeds(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) out.push_back(t.folded);
  return out;
}

TEST(Tokenize, SplitsOnSpacesAndPunctuationIntoSyllables) {
  EXPECT_EQ(foldeds("Cải cách hành chính, năm 2026."),
            (std::vector<std::string>{"cai", "cach", "hanh", "chinh", "nam", "2026"}));
  EXPECT_EQ(foldeds("Quyết định 5256/QĐ-UBND"), (std::vector<std::string>{"quyet", "dinh", "5256", "qd", "ubnd"}));
  EXPECT_EQ(foldeds("(VNeID); “một cửa”"), (std::vector<std::string>{"vneid", "mot", "cua"}));
  EXPECT_TRUE(tokenize(" -–, ").empty());
}

// token_spans reads ASCII and the Latin letters and marks Vietnamese uses without utf8proc: it must
// split every code point as utf8proc's categories say (letters, marks, numbers are syllable text).
TEST(Tokenize, EveryCodePointSplitsAsItsUnicodeCategorySays) {
  for (utf8proc_int32_t cp = 1; cp < 0x3000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    utf8proc_uint8_t bytes[4];
    auto n = utf8proc_encode_char(cp, bytes);
    std::string text = "a" + std::string(reinterpret_cast<char*>(bytes), static_cast<size_t>(n)) + "a";
    auto category = utf8proc_category(cp);
    bool token = (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_NO);
    ASSERT_EQ(token_spans(text).size(), token ? 1u : 2u) << "U+" << std::hex << cp;
  }
  // Ill-formed sequences separate syllables, as they did through utf8proc.
  EXPECT_EQ(token_spans("a\xC3" "a").size(), 2u);
  EXPECT_EQ(token_spans("a\xE1\xBB" "a").size(), 2u);
  EXPECT_EQ(token_spans("a\xCD\xB0" "a").size(), 1u);  // U+0370, a letter past the marks
}

// Keys of ASCII tokens skip utf8proc; they are what folding gives.
TEST(Keys, OfAsciiTokensAreTheirFoldedLowerCase) {
  for (std::string t : {"UBND", "Qd", "2026", "x9Z", "abc"}) {
    EXPECT_EQ(folded_key(t), fold_diacritics(t)) << t;
    EXPECT_EQ(exact_key(t), fold_diacritics(t)) << t;
  }
}

TEST(Tokenize, KeepsByteRangesOfTheSource) {
  std::string text = "Phòng Văn hóa";
  auto tokens = tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "Văn");
  EXPECT_EQ(tokens[2].end, text.size());
}

TEST(Fold, RemovesEveryMarkAndMapsDToD) {
  EXPECT_EQ(folded_key("Đất"), "dat");
  EXPECT_EQ(folded_key("đai"), "dai");
  EXPECT_EQ(folded_key("NGƯỜI"), "nguoi");
  EXPECT_EQ(folded_key("Ủy"), "uy");
  EXPECT_EQ(foldeds("đất đai"), (std::vector<std::string>{"dat", "dai"}));
}

TEST(Exact, WritesTheToneAsADigitAfterTheSyllable) {
  EXPECT_EQ(exact_key("cải"), "cai3");
  EXPECT_EQ(exact_key("cài"), "cai2");
  EXPECT_EQ(exact_key("cái"), "cai1");
  EXPECT_EQ(exact_key("cãi"), "cai4");
  EXPECT_EQ(exact_key("cại"), "cai5");
  EXPECT_EQ(exact_key("cai"), "cai");
  EXPECT_EQ(exact_key("Người"), "ngươi2");  // vowel marks stay: ư, ơ are other letters
  EXPECT_EQ(exact_key("ĐẤT"), "đât1");
}

TEST(Exact, OldAndNewTonePlacementAreTheSameSyllable) {
  EXPECT_EQ(exact_key("hóa"), exact_key("hoá"));
  EXPECT_EQ(exact_key("Ủy"), exact_key("Uỷ"));
  EXPECT_EQ(exact_key("khỏe"), exact_key("khoẻ"));
  EXPECT_EQ(exact_key("thủy"), exact_key("thuỷ"));
  EXPECT_NE(exact_key("hóa"), exact_key("hòa"));
}

TEST(Exact, NfdAndNfcTextGiveTheSameKeys) {
  std::string nfc = "Văn hoá xã hội";
  std::string nfd = "Va\xCC\x86n hoa\xCC\x81 xa\xCC\x83 ho\xCC\x82\xCC\xA3i";  // the same, decomposed
  EXPECT_EQ(exacts(nfc), exacts(nfd));
  EXPECT_EQ(foldeds(nfc), foldeds(nfd));
  EXPECT_EQ(exacts(nfd), (std::vector<std::string>{"văn", "hoa1", "xa4", "hôi5"}));
}

TEST(Exact, NfdWithTheToneBeforeTheVowelMarkIsTheSame) {
  // ộ written o + dot below + circumflex (canonical order) or o + circumflex + dot below
  EXPECT_EQ(exact_key("ho\xCC\xA3\xCC\x82i"), exact_key("hội"));
  EXPECT_EQ(exact_key("ho\xCC\x82\xCC\xA3i"), exact_key("hội"));
}

TEST(Accented, TellsTypedDiacriticsApart) {
  EXPECT_TRUE(is_accented("cải"));
  EXPECT_TRUE(is_accented("đai"));
  EXPECT_TRUE(is_accented("Văn"));
  EXPECT_FALSE(is_accented("cai"));
  EXPECT_FALSE(is_accented("VNeID"));
  EXPECT_FALSE(is_accented("2026"));
}

}  // namespace
}  // namespace ck::search
