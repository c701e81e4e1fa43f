#include "history/utf8.h"

#include <gtest/gtest.h>

#include <random>

#include "util/text.h"

namespace ck::history {
namespace {

TEST(Utf8, Examples) {
  EXPECT_EQ(first_invalid_utf8(""), std::string_view::npos);
  EXPECT_EQ(first_invalid_utf8("Nguyễn Thị Hoà, Đức 😀 and plenty of ASCII after it"), std::string_view::npos);
  EXPECT_EQ(first_invalid_utf8("abcdefghij\xFF"), 10u);
  EXPECT_EQ(first_invalid_utf8("\xC0\x80"), 0u);          // overlong
  EXPECT_EQ(first_invalid_utf8("a\xED\xA0\x80"), 1u);     // a surrogate
  EXPECT_EQ(first_invalid_utf8("\xF4\x90\x80\x80"), 0u);  // over U+10FFFF
  EXPECT_EQ(first_invalid_utf8("ab\xE1\xBB"), 2u);        // cut short
}

TEST(Utf8, AgreesWithTheSharedChecker) {
  std::mt19937 rng(7);
  const std::string pieces[] = {"a",
                                "bcdefghijk",
                                "à",
                                "ễ",
                                "😀",
                                "\x80",
                                "\xC3",
                                "\xE1\xBB",
                                "\xF0\x9F\x98",
                                "\xED\xA0\x80",
                                "\xC0\xAF",
                                "\xF5\x80\x80\x80",
                                "\xEF\xBF\xBD"};
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int k = 0, n = static_cast<int>(rng() % 12); k < n; ++k) s += pieces[rng() % std::size(pieces)];
    ASSERT_EQ(first_invalid_utf8(s), find_invalid_utf8(s)) << s;
  }
}

}  // namespace
}  // namespace ck::history
