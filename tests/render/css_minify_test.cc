#include <gtest/gtest.h>

#include "render/css_minify.h"

namespace ck {
namespace {

TEST(MinifyCss, DropsCommentsAndLayoutWhitespace) {
  EXPECT_EQ(minify_css("/* header */\n.a , .b > .c {\n  color: red;\n  margin: 0 auto;\n}\n"),
            ".a,.b>.c{color: red;margin: 0 auto}");
}

TEST(MinifyCss, KeepsSignificantSpacesAndStrings) {
  // A descendant selector, a space before a pseudo-class and strings with spaces, commas and comment marks.
  EXPECT_EQ(minify_css("nav  a :focus { content: \"a , /* b */ {\"; }"), "nav a :focus{content: \"a , /* b */ {\"}");
  EXPECT_EQ(minify_css("li + li::before { content: '\\'  x'; }"), "li + li::before{content: '\\'  x'}");
  EXPECT_EQ(minify_css("@media (max-width: 40rem) {\n  .x { display: none; }\n}\n"),
            "@media (max-width: 40rem){.x{display: none}}");
}

TEST(MinifyCss, UnterminatedCommentOrStringEndsTheInput) {
  EXPECT_EQ(minify_css(".a{} /* open"), ".a{}");
  EXPECT_EQ(minify_css(".a{content:\"x"), ".a{content:\"x");
}

}  // namespace
}  // namespace ck
