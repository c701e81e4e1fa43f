// Markdown -> HTML with cmark-gfm (tables, autolinks, strikethrough,
// tagfilter). Safe mode always: raw HTML and javascript: links never pass.
// Returns data, not only HTML: headings for a table of contents and links
// for the link checker. Not thread-safe (cmark-gfm is not): one parse at a
// time, which every call checks (it aborts if entered twice at once); parallel
// stages read a MarkdownStore rendered before them (markdown_store.h).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ck {

// Narrative heading ids start with this prefix: an '_' never appears in a
// content id (slugs are [a-z0-9.-]) nor, by a test over the theme's templates,
// in the page's own ids, so "## Bộ lọc" cannot take the filter form's "bo-loc"
// and "## NV 1" cannot take task row "nv-1".
inline constexpr std::string_view kHeadingIdPrefix = "muc_";

struct Heading {
  int level = 0;
  std::string text;
  std::string id;  // unique within the document: kHeadingIdPrefix + slug ("muc_i-muc-dich")
};

struct RenderedMarkdown {
  std::string html;
  std::vector<Heading> headings;
  std::vector<std::string> links;  // link and image destinations, in order
  // The text cut at the headings, as plain text (no markup, white space collapsed), for search:
  // [0] before the first heading, [i + 1] from headings[i] to the next heading, of any level.
  std::vector<std::string> section_texts;
};

RenderedMarkdown render_markdown(std::string_view markdown);
// The same, always parsed by cmark-gfm (render_markdown answers plain text,
// below, without a parse): the reference that shortcut is tested against.
RenderedMarkdown parse_markdown(std::string_view markdown);

// For short fields (task text, products): one paragraph renders without <p>.
std::string render_markdown_inline(std::string_view markdown);

// The HTML of a short field that has no Markdown in it at all — one line of
// letters, digits and punctuation that nothing in CommonMark or GFM gives a
// meaning — which is the text with '"' escaped; nullopt for any other text.
// render_markdown and render_markdown_inline answer such a text without
// parsing it (most task cells, "Trước ngày 13/01/2026", and update notes); a
// test holds them to cmark-gfm's own output (parse_markdown).
std::optional<std::string> plain_inline_html(std::string_view markdown);

}  // namespace ck
