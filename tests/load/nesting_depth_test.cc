// The linear scans that bound nesting before any recursive parser runs.
#include "validate/nesting_depth.h"

#include <gtest/gtest.h>

#include <string>

namespace ck {
namespace {

std::string repeat(std::string_view piece, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += piece;
  return out;
}

TEST(JsonDepth, CountsBracketsOutsideStrings) {
  EXPECT_EQ(json_depth_excess("{\"a\": [1, {\"b\": []}]}", 4), std::nullopt);
  EXPECT_EQ(json_depth_excess("{\"a\": [1, {\"b\": []}]}", 3), 16u);         // the innermost '['
  EXPECT_EQ(json_depth_excess("{\"a\": [1, {\"b\": []}]}", 2), 10u);         // the '{' of the third level
  EXPECT_EQ(json_depth_excess("[\"[[[[\", \"\\\"[[[\"]", 1), std::nullopt);  // in strings, escaped quote too
  EXPECT_EQ(json_depth_excess("[][][][]", 1), std::nullopt);                 // siblings do not add up
  EXPECT_EQ(json_depth_excess(repeat("[", 100000)), size_t(kMaxNestingDepth));
  EXPECT_EQ(json_depth_excess(repeat("]", 1000) + "[[", 1), 1001u);  // stray closers do not buy depth
}

TEST(YamlDepth, IndentationCompactIndicatorsAndFlow) {
  EXPECT_EQ(yaml_depth_excess("a: 1\nb:\n  c: [1, {d: 2}]\n", 4), std::nullopt);
  EXPECT_EQ(yaml_depth_excess("a: 1\nb:\n  c: [1, {d: 2}]\n", 3), 17u);  // the '{': block 2 + flow 2
  EXPECT_EQ(yaml_depth_excess("x: - - - a\n", 3), std::nullopt);         // "- " counts only at a line's start
  EXPECT_EQ(yaml_depth_excess("- - - a\n", 3), 4u);
  EXPECT_EQ(yaml_depth_excess("a: '[[[['\nb: \"{{{{\"\nc: it's [x]\n", 2), std::nullopt);
  EXPECT_EQ(yaml_depth_excess("a: \"x\n  [[[[\"\n", 1), std::nullopt);     // a quoted scalar over two lines
  EXPECT_EQ(yaml_depth_excess("a: [b, # [[[[\n  c]\n", 2), std::nullopt);  // a comment
  std::string indented;
  for (int i = 0; i < 10; ++i) indented += std::string(i, ' ') + "k:\n";
  EXPECT_EQ(yaml_depth_excess(indented, 10), std::nullopt);
  EXPECT_TRUE(yaml_depth_excess(indented, 9));
  EXPECT_TRUE(yaml_depth_excess("t: " + repeat("[", 100000)));
  EXPECT_TRUE(yaml_depth_excess("t:\n  " + repeat("- ", 100000) + "a\n"));
}

}  // namespace
}  // namespace ck
