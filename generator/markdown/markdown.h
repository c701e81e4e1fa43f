// Markdown -> HTML with cmark-gfm (tables, autolinks, strikethrough,
// tagfilter). Safe mode always: raw HTML and javascript: links never pass.
// Returns data, not only HTML: headings for a table of contents and links
// for the link checker. Not thread-safe (cmark-gfm is not): one parse at a
// time, which every call checks (it aborts if entered twice at once); parallel
// stages read a MarkdownStore rendered before them (markdown_store.h).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ck {

struct Heading {
  int level = 0;
  std::string text;
  std::string id;  // unique within the document
};

struct RenderedMarkdown {
  std::string html;
  std::vector<Heading> headings;
  std::vector<std::string> links;  // link and image destinations, in order
};

RenderedMarkdown render_markdown(std::string_view markdown);

// For short fields (task text, products): one paragraph renders without <p>.
std::string render_markdown_inline(std::string_view markdown);

}  // namespace ck
