// The plain-text shortcut (markdown.h, plain_inline_html): a field or note it
// answers must read exactly as cmark-gfm renders it, whatever the text. Held to the
// library over thousands of generated texts built from the pieces that matter
// (Vietnamese words, digits, every ASCII punctuation mark, addresses, spaces,
// line breaks, bytes that are not UTF-8).
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "markdown/markdown.h"

namespace ck {
namespace {

// cmark-gfm's own answer for a one-line field: its paragraph's HTML, without <p>.
std::string cmark_paragraph(std::string_view text) {
  std::string html = parse_markdown(text).html;
  if (html.starts_with("<p>") && html.ends_with("</p>\n")) return html.substr(3, html.size() - 8);
  return "(not one paragraph) " + html;
}

TEST(PlainInline, EveryTextItAnswersReadsAsCmarkGfmRendersIt) {
  std::vector<std::string> pieces = {"Trước ngày", "13/01/2026", "Quý IV/2026", "Kế hoạch", "UBND", "xã", "Đ", "ă",
                                     " ", " ", "  ", "1", "2.", "10)", "3,5", "%", "(", ")", "-", "+", "=", "#", ":", ";",
                                     "'", "\"", "/", ",", ".", "?", "{", "}", "^", "www.", "http://x.vn", "a@b.vn",
                                     "mailto:", "\n", "\t", "\xc2\xa0", "\xe2\x80\x93", "\xff", "*", "_", "`", "[", "]",
                                     "!", "<", ">", "&", "~", "|", "\\", "$", "&amp;", "NV"};
  std::mt19937 random(20261203);
  size_t answered = 0;
  const size_t cases = 6000;
  for (size_t i = 0; i < cases; ++i) {
    std::string text;
    const size_t n = 1 + random() % 8;
    for (size_t k = 0; k < n; ++k) text += pieces[random() % pieces.size()];
    auto plain = plain_inline_html(text);
    if (!plain) continue;
    ++answered;
    ASSERT_EQ(*plain, cmark_paragraph(text)) << "text: \"" << text << "\"";
    EXPECT_EQ(render_markdown_inline(text), *plain);
    // As a document (an update note) too: the same paragraph, and the same text for search.
    const RenderedMarkdown shortcut = render_markdown(text), parsed = parse_markdown(text);
    EXPECT_EQ(shortcut.html, parsed.html) << text;
    EXPECT_EQ(shortcut.section_texts, parsed.section_texts) << text;
    EXPECT_TRUE(parsed.headings.empty() && parsed.links.empty()) << text;
  }
  // Not vacuous: a good share of the texts are plain and are answered without a parse.
  EXPECT_GT(answered, cases / 20) << answered;
}

TEST(PlainInline, AnswersTheUsualTaskCellsAndLeavesMarkdownToCmark) {
  for (const char* text : {"Trước ngày 13/01/2026", "Quý IV/2026", "Ban hành Kế hoạch cải cách hành chính năm 2026.",
                           "Thường xuyên; báo cáo trước 15/12 hằng năm", "Văn phòng HĐND và UBND (chủ trì)"})
    EXPECT_TRUE(plain_inline_html(text)) << text;
  for (const char* text : {"*Quý I*/2026", "1. Một", "- gạch đầu dòng", "# Mục", "Xem www.haiphong.gov.vn",
                           "a@b.vn", "dòng một\ndòng hai", " cách đầu", "x & y", "<b>", ""})
    EXPECT_FALSE(plain_inline_html(text)) << text;
  EXPECT_EQ(render_markdown_inline("*Quý I*/2026"), "<em>Quý I</em>/2026");  // still Markdown
}

}  // namespace
}  // namespace ck
