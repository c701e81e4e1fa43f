#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "markdown/markdown.h"

namespace ck {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(Markdown, RendersGfmTables) {
  auto r = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n");
  EXPECT_THAT(r.html, HasSubstr("<table>"));
  EXPECT_THAT(r.html, HasSubstr("<td>1</td>"));
}

TEST(Markdown, StrikethroughAndAutolinks) {
  auto r = render_markdown("~~cũ~~ xem https://example.org/a\n");
  EXPECT_THAT(r.html, HasSubstr("<del>cũ</del>"));
  EXPECT_THAT(r.html, HasSubstr("<a href=\"https://example.org/a\">"));
  ASSERT_EQ(r.links.size(), 1u);
}

TEST(Markdown, RawHtmlNeverPasses) {
  auto r = render_markdown("<script>alert(1)</script>\n\ntext <img src=x onerror=alert(1)> <iframe src=x></iframe>\n");
  EXPECT_THAT(r.html, Not(HasSubstr("<script")));
  EXPECT_THAT(r.html, Not(HasSubstr("<img")));
  EXPECT_THAT(r.html, Not(HasSubstr("<iframe")));
  EXPECT_THAT(r.html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));  // shown as text
}

TEST(Markdown, RawHtmlShowsAsTextNotDropped) {
  auto r = render_markdown("Gửi <i>báo cáo</i>\n\n<div onclick=x>khối</div>\n");
  EXPECT_THAT(r.html, HasSubstr("Gửi &lt;i&gt;báo cáo&lt;/i&gt;"));
  EXPECT_THAT(r.html, HasSubstr("&lt;div onclick=x&gt;khối&lt;/div&gt;"));
  EXPECT_THAT(r.html, Not(HasSubstr("raw HTML omitted")));
}

TEST(Markdown, JavascriptLinksAreDropped) {
  auto r = render_markdown("[bấm](javascript:alert(1)) ![x](javascript:alert(2)) [d](data:text/html,hi)\n");
  EXPECT_THAT(r.html, Not(HasSubstr("javascript:")));
  EXPECT_THAT(r.html, Not(HasSubstr("data:text/html")));
}

TEST(Markdown, HeadingsGetUniqueIdsAndToc) {
  auto r = render_markdown("## I. MỤC ĐÍCH, YÊU CẦU\n\n### 1. Mục đích\n\n## Mục đích\n\n## Mục đích\n");
  ASSERT_EQ(r.headings.size(), 4u);
  EXPECT_EQ(r.headings[0].id, "muc_i-muc-dich-yeu-cau");
  EXPECT_EQ(r.headings[0].text, "I. MỤC ĐÍCH, YÊU CẦU");
  EXPECT_EQ(r.headings[2].id, "muc_muc-dich");
  EXPECT_EQ(r.headings[3].id, "muc_muc-dich-2");
  EXPECT_THAT(r.html, HasSubstr("<h2 id=\"muc_i-muc-dich-yeu-cau\">I. MỤC ĐÍCH, YÊU CẦU</h2>"));
  EXPECT_THAT(r.html, HasSubstr("<h3 id=\"muc_1-muc-dich\">"));
}

// The page around the narrative has its own ids (the filter form "bo-loc",
// task rows "nv-1"): a heading id carries a prefix no such id has.
TEST(Markdown, HeadingIdsCannotTakeAPageOrContentId) {
  auto r = render_markdown("## Bộ lọc\n\n## NV 1\n\n## \n");
  ASSERT_EQ(r.headings.size(), 3u);
  EXPECT_EQ(r.headings[0].id, "muc_bo-loc");
  EXPECT_EQ(r.headings[1].id, "muc_nv-1");
  EXPECT_EQ(r.headings[2].id, "muc_muc");
  for (const auto& h : r.headings) EXPECT_TRUE(h.id.starts_with(kHeadingIdPrefix)) << h.id;
}

TEST(Markdown, LinksToAHeadingByItsPlainSlugStillLand) {
  auto r = render_markdown("Xem [mục II](#ii-nhiem-vu), [khác](#khong-co).\n\n## II. Nhiệm vụ\n");
  EXPECT_THAT(r.html, HasSubstr("href=\"#muc_ii-nhiem-vu\""));
  EXPECT_THAT(r.html, HasSubstr("href=\"#khong-co\""));
  EXPECT_THAT(r.links, ::testing::ElementsAre("#muc_ii-nhiem-vu", "#khong-co"));
}

TEST(Markdown, LiteralHeadingTagInTextIsNotMistakenForAHeading) {
  auto r = render_markdown("text `<h2>` and <h2>\n\n## Real\n");
  EXPECT_THAT(r.html, HasSubstr("<h2 id=\"muc_real\">Real</h2>"));
}

TEST(Markdown, InlineDropsSingleParagraphWrapper) {
  EXPECT_EQ(render_markdown_inline("Kế hoạch *mới*"), "Kế hoạch <em>mới</em>");
  EXPECT_THAT(render_markdown_inline("- a\n- b\n"), HasSubstr("<ul>"));
  EXPECT_EQ(render_markdown_inline("a & <b>"), "a &amp; &lt;b&gt;");
}

// Search indexes the narrative by heading: the text of each section, plain,
// cut where the next heading of any level starts.
TEST(Markdown, SectionTextsArePlainTextCutAtEveryHeading) {
  auto r = render_markdown(
      "Căn cứ **Luật** số 10.\n\n## I. MỤC ĐÍCH\n\n- Một *cửa*;\n- liên thông.\n\n### 1. Yêu cầu\n\n"
      "| a | b |\n|---|---|\n| ô | `mã` |\n\n## II. NHIỆM VỤ\n\n## III. TỔ CHỨC\n\nDòng một\ndòng hai <b>x</b>\n");
  ASSERT_EQ(r.headings.size(), 4u);
  EXPECT_THAT(r.section_texts, ::testing::ElementsAre("Căn cứ Luật số 10.", "Một cửa; liên thông.", "a b ô mã", "",
                                                      "Dòng một dòng hai <b>x</b>"));
  EXPECT_EQ(render_markdown("").section_texts, std::vector<std::string>{""});
}

}  // namespace
}  // namespace ck
