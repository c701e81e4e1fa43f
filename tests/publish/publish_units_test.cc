// The publish stage's small pieces: CSV quoting, SHA-256, name-based ids,
// Atom times, sizes, absolute addresses.
#include <gtest/gtest.h>

#include "history/history.h"
#include "publish/atom_feed.h"
#include "publish/catalogue.h"
#include "publish/csv.h"
#include "util/sha256.h"
#include "publish/sitemap.h"
#include "publish/xml_text.h"
#include "render/page_paths.h"

namespace ck {
namespace {

TEST(Csv, QuotesOnlyWhenNeededAndDoublesQuotes) {
  EXPECT_EQ(csv_field("Quý I/2026"), "Quý I/2026");
  EXPECT_EQ(csv_field("a, b"), "\"a, b\"");
  EXPECT_EQ(csv_field("ghi \"đúng\" tên"), "\"ghi \"\"đúng\"\" tên\"");
  EXPECT_EQ(csv_field("dòng 1\ndòng 2"), "\"dòng 1\ndòng 2\"");
  EXPECT_EQ(csv_row({"a", "", "b,c"}), "a,,\"b,c\"\r\n");
}

// OWASP CSV injection: every formula-starting character gets a leading quote,
// quoting as RFC 4180 still applies to the result, and nothing else changes.
TEST(Csv, FormulaCellsAreNeutralised) {
  RecordProperty("robustness_class", "CSV formula injection (= + - @ tab CR at a cell's start)");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"=HYPERLINK(\"http://x\",\"bấm\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\""},
      {"+84 912 345 678", "'+84 912 345 678"},
      {"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
      {"@SUM(1+1)", "'@SUM(1+1)"},
      {"\t=1", "'\t=1"},
      {"\r=1", "\"'\r=1\""},
      {"- Báo cáo quý", "'- Báo cáo quý"},
      {"Quý I = 25%", "Quý I = 25%"},  // not at the start: a spreadsheet reads text
      {"", ""},
  };
  for (const auto& [value, expected] : cases) EXPECT_EQ(csv_field(value), expected) << value;
  RecordProperty("robustness_cases", static_cast<int>(cases.size()));
  RecordProperty("robustness_outcome", "cell prefixed with ' in du-lieu.csv; JSON keeps the exact text");
}

TEST(Sha256, KnownVectors) {
  // FIPS 180-2 test vectors.
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(UuidUrn, StableVersion8Variant10) {
  std::string id = uuid_urn("congkhai entry abc xa-thu/kh-2026");
  EXPECT_EQ(id, uuid_urn("congkhai entry abc xa-thu/kh-2026"));
  EXPECT_NE(id, uuid_urn("congkhai entry abd xa-thu/kh-2026"));
  ASSERT_EQ(id.size(), 9u + 36u);
  EXPECT_EQ(id.substr(0, 9), "urn:uuid:");
  EXPECT_EQ(id[9 + 14], '8');  // version nibble
  EXPECT_NE(std::string("89ab").find(id[9 + 19]), std::string::npos);  // variant 10xx
}

TEST(AtomTime, CommitTimeInTheAuthorsOffset) {
  CommitInfo c;
  c.time = 1770773400;  // 2026-02-11T01:30:00Z
  c.tz_minutes = -300;
  EXPECT_EQ(atom_time(c), "2026-02-10T20:30:00-05:00");
  c.tz_minutes = 420;
  EXPECT_EQ(atom_time(c), "2026-02-11T08:30:00+07:00");
  c.tz_minutes = 330;
  EXPECT_EQ(atom_time(c), "2026-02-11T07:00:00+05:30");
}

TEST(XmlText, EscapesAndDropsForbiddenControlCharacters) {
  EXPECT_EQ(xml_text("a < b & \"c\"\x01\x1f\n"), "a &lt; b &amp; &quot;c&quot;\n");
}

TEST(HumanSize, VietnameseDecimalComma) {
  EXPECT_EQ(human_size(812), "812 B");
  EXPECT_EQ(human_size(12698), "12,4 KB");
  EXPECT_EQ(human_size(1258291), "1,2 MB");
}

TEST(AbsolutePaths, PagesLoseIndexHtmlAndBaseGetsASlash) {
  EXPECT_EQ(paths::absolute("", "a/index.html"), "");
  EXPECT_EQ(paths::absolute("https://x.vn/ck", "index.html"), "https://x.vn/ck/");
  EXPECT_EQ(paths::absolute("https://x.vn/ck/", "a/b/index.html"), "https://x.vn/ck/a/b/");
  EXPECT_EQ(paths::absolute("https://x.vn/ck/", "a/du-lieu.csv"), "https://x.vn/ck/a/du-lieu.csv");
  EXPECT_EQ(paths::absolute("https://x.vn/", "a/notindex.html"), "https://x.vn/a/notindex.html");
}

TEST(Sitemap, ListsWholePagesButNotFragmentsNoindexOrCopiesOfAnotherPage) {
  SiteConfig config;
  config.base_url = "https://x.vn/ck";
  SiteFiles files{
      {"index.html", "<!DOCTYPE html><html><head></head></html>"},
      {"a/index.html", "<html><head><link rel=\"canonical\" href=\"https://x.vn/ck/a/\"></head></html>"},
      {"a/p/mot-tep.html", "<html><head><link rel=\"canonical\" href=\"https://x.vn/ck/a/p/\"></head></html>"},
      {"a/p/nhung/index.html", "<html><head><meta name=\"robots\" content=\"noindex\"></head></html>"},
      {"a/p/doan-html.html", "<section>fragment</section>"},
      {"static/style.css", "body{}"}};
  Diagnostics diags;
  add_sitemap_and_robots(config, files, diags);
  EXPECT_EQ(files["sitemap.xml"],
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            "  <url><loc>https://x.vn/ck/a/</loc></url>\n"
            "  <url><loc>https://x.vn/ck/</loc></url>\n"
            "</urlset>\n");
  EXPECT_EQ(files["robots.txt"], "User-agent: *\nAllow: /\nSitemap: https://x.vn/ck/sitemap.xml\n");
  EXPECT_FALSE(diags.has_errors());
}

}  // namespace
}  // namespace ck
