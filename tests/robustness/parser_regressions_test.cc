// Inputs that once crashed or could hang the readers, found by fuzzing and by
// probing the YAML and JSON readers (issue #9). Each must give a located error.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "config/config.h"
#include "load/front_matter.h"
#include "robustness/site_fixture.h"
#include "search/syllable.h"
#include "validate/json_locator.h"

namespace ck {
namespace {

using robustness::record_robustness;
using ::testing::HasSubstr;

// yaml-cpp's as<std::string>() throws on a key that is a list or a map: that
// aborted `congkhai build` (uncaught TypedBadConversion, exit 134).
TEST(ParserRegressions, HistorySourceKeyThatIsAListIsAnError) {
  const char* keys[] = {"lich_su_rieng:\n  [a]: b\n", "lich_su_rieng:\n  ? {a: 1}\n  : b\n"};
  for (const char* yaml : keys) {
    Diagnostics diags;
    SiteConfig config = parse_config(yaml, diags);
    ASSERT_TRUE(diags.has_errors()) << yaml;
    EXPECT_THAT(diags.format_all(), HasSubstr("congkhai.yaml:2:"));
    EXPECT_THAT(diags.format_all(), HasSubstr("mỗi dòng bắt đầu bằng mã xã"));
    EXPECT_TRUE(config.history_sources.empty());
  }
  record_robustness("YAML map key that is a list or a map (lich_su_rieng), once a crash", std::size(keys),
                    "located Vietnamese error in congkhai.yaml, no abort");
}

TEST(ParserRegressions, ConfigNestedTooDeepIsAnError) {
  std::string yaml = "tieu_de: " + std::string(20000, '[') + std::string(20000, ']') + "\n";
  Diagnostics diags;
  parse_config(yaml, diags);
  ASSERT_TRUE(diags.has_errors());
  EXPECT_THAT(diags.format_all(),
              HasSubstr("congkhai.yaml:1:73: lỗi: dữ liệu lồng nhau quá sâu (hơn 64 cấp"));
  record_robustness("congkhai.yaml nested 20,000 levels deep, once a stack overflow", 1,
                    "located Vietnamese error (more than 64 levels), no crash");
}

TEST(ParserRegressions, FrontMatterNestedTooDeepIsAnError) {
  std::string text = "---\nten: " + std::string(20000, '[') + std::string(20000, ']') + "\n---\n";
  Diagnostics diags;
  EXPECT_FALSE(parse_front_matter(text, "content/xa/_index.md", diags));
  EXPECT_THAT(diags.format_all(),
              HasSubstr("content/xa/_index.md:2:69: lỗi: dữ liệu lồng nhau quá sâu (hơn 64 cấp"));
  record_robustness("front matter nested 20,000 levels deep, once a stack overflow", 1,
                    "located Vietnamese error (more than 64 levels), no crash");
}

TEST(ParserRegressions, SelfReferringAliasesAreNotText) {
  Diagnostics diags;
  parse_config("tieu_de: &a [*a]\nmo_ta: &b {x: *b}\n", diags);
  EXPECT_EQ(diags.error_count(), 2u) << diags.format_all();
  EXPECT_THAT(diags.format_all(), HasSubstr("congkhai.yaml:1:10: lỗi: trường \"tieu_de\" phải là một đoạn văn bản"));
  record_robustness("self-referring YAML aliases (a list and a map)", diags.error_count(),
                    "one located Vietnamese error per field, no endless expansion");
}

TEST(ParserRegressions, TokenizerSkipsInvalidUtf8) {
  auto tokens = search::tokenize("c\xE1\xBA\xA3i \xFF\xC3 c\xC3\xA1" "ch");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].exact, "cai3");
  EXPECT_EQ(tokens[1].folded, "cach");
  record_robustness("invalid UTF-8 bytes in text to index for search", 1,
                    "bytes skipped, the valid words indexed");
}

// The loader asks where every task is; on a JSON file written on one line
// (10,000 tasks, 1.5 MB) counting columns from the line start each time was
// quadratic (80 s). Positions counted on from the last answer must still be
// exact, in code points, forwards and backwards.
TEST(ParserRegressions, LocatorColumnsOnOneLongLine) {
  std::string text = R"({"a": [{"ma": "ế"}, {"ma": "b"}, {"ma": "c"}],)" "\n" R"( "z": 1})";
  JsonLocator locator(text);
  EXPECT_EQ(locator.value("/a/1").column, 21);
  EXPECT_EQ(locator.value("/a/2").column, 34);
  EXPECT_EQ(locator.value("/a/0").column, 8);
  EXPECT_EQ(locator.value("/a/0/ma").column, 15);
  EXPECT_EQ(locator.value("/z").line, 2);
  EXPECT_EQ(locator.value("/z").column, 7);
  EXPECT_EQ(locator.value("/a/2").line, 1);
  EXPECT_EQ(locator.value("/a/2").column, 34);
  record_robustness("JSON data on one long line (positions asked in any order), once quadratic", 1,
                    "exact line:column in code points, forwards and backwards, in linear time");
}

}  // namespace
}  // namespace ck
