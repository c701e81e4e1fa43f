#include "markdown/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

#include "util/slug.h"
#include "util/text.h"

namespace ck {
namespace {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

const int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;  // never CMARK_OPT_UNSAFE

// Tables silently rendering as text would be worse than a crash: missing
// extensions are fatal.
void attach_extensions(cmark_parser* parser) {
  static bool registered = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return true;
  }();
  (void)registered;
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    cmark_syntax_extension* ext = cmark_find_syntax_extension(name);
    if (!ext) throw std::runtime_error(std::string("cmark-gfm extension missing: ") + name);
    cmark_parser_attach_syntax_extension(parser, ext);
  }
}

std::string plain_text(cmark_node* node) {
  std::string out;
  cmark_iter* iter = cmark_iter_new(node);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* cur = cmark_iter_get_node(iter);
    if (ev != CMARK_EVENT_ENTER) continue;
    auto type = cmark_node_get_type(cur);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) out += cmark_node_get_literal(cur);
    if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) out += ' ';
  }
  cmark_iter_free(iter);
  return out;
}

// The plain text of each section (see RenderedMarkdown::section_texts): a
// heading starts the next one; blocks are kept apart by a space.
std::vector<std::string> section_texts(cmark_node* doc) {
  std::vector<std::string> out(1);
  int in_heading = 0;
  cmark_iter* iter = cmark_iter_new(doc);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* cur = cmark_iter_get_node(iter);
    auto type = cmark_node_get_type(cur);
    if (type == CMARK_NODE_HEADING) {
      if (ev == CMARK_EVENT_ENTER) out.emplace_back();
      in_heading += ev == CMARK_EVENT_ENTER ? 1 : -1;
      continue;
    }
    if (in_heading) continue;
    if (ev == CMARK_EVENT_EXIT) {
      if ((type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK) out.back() += ' ';
      continue;
    }
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK)
      out.back() += cmark_node_get_literal(cur);
    if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) out.back() += ' ';
  }
  cmark_iter_free(iter);
  for (auto& s : out) s = normalize_space(s);
  return out;
}

// cmark's HTML renderer writes headings as bare "<hN>" (raw HTML in content is
// escaped in safe mode, so these are ours); give each an id in document order.
std::string add_heading_ids(const std::string& html, const std::vector<Heading>& headings) {
  std::string out;
  out.reserve(html.size() + headings.size() * 24);
  size_t pos = 0;
  for (const auto& h : headings) {
    std::string tag = "<h" + std::to_string(h.level) + ">";
    size_t at = html.find(tag, pos);
    if (at == std::string::npos) break;
    out.append(html, pos, at - pos);
    out += "<h" + std::to_string(h.level) + " id=\"" + h.id + "\">";
    pos = at + tag.size();
  }
  out.append(html, pos, std::string::npos);
  return out;
}

// Safe mode would drop raw HTML ("<!-- raw HTML omitted -->"), losing what an
// editor typed; turn it into literal text instead, so "<b>" shows as "<b>".
void raw_html_to_text(cmark_node* root) {
  std::vector<cmark_node*> raw;
  cmark_iter* iter = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    auto type = cmark_node_get_type(node);
    if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK)) raw.push_back(node);
  }
  cmark_iter_free(iter);
  for (cmark_node* node : raw) {
    const char* literal = cmark_node_get_literal(node);
    std::string text = literal ? literal : "";
    cmark_node* replacement;
    if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
      while (!text.empty() && text.back() == '\n') text.pop_back();
      replacement = cmark_node_new(CMARK_NODE_PARAGRAPH);
      cmark_node* t = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(t, text.c_str());
      cmark_node_append_child(replacement, t);
    } else {
      replacement = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(replacement, text.c_str());
    }
    cmark_node_replace(node, replacement);
    cmark_node_free(node);
  }
}

// One parse at a time, checked on every call, in every build: cmark-gfm's
// inline parser changes a process-wide table at the start and end of each
// parse. Callers that render in parallel read a MarkdownStore filled before.
class OneParseAtATime {
 public:
  OneParseAtATime() {
    if (busy().exchange(true, std::memory_order_acquire)) {
      std::fputs("congkhai: internal error: two Markdown parses at once (cmark-gfm is not thread-safe; "
                 "render through MarkdownStore before any parallel stage)\n",
                 stderr);
      std::abort();
    }
  }
  ~OneParseAtATime() { busy().store(false, std::memory_order_release); }
  OneParseAtATime(const OneParseAtATime&) = delete;
  OneParseAtATime& operator=(const OneParseAtATime&) = delete;

 private:
  static std::atomic<bool>& busy() {
    static std::atomic<bool> flag{false};
    return flag;
  }
};

}  // namespace

RenderedMarkdown render_markdown(std::string_view markdown) {
  // A one-line note with no Markdown in it is one paragraph of its text (most update notes).
  if (auto plain = plain_inline_html(markdown)) return {"<p>" + *plain + "</p>\n", {}, {}, {normalize_space(markdown)}};
  return parse_markdown(markdown);
}

RenderedMarkdown parse_markdown(std::string_view markdown) {
  OneParseAtATime guard;
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(kOptions));
  attach_extensions(parser.get());
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));
  raw_html_to_text(doc.get());

  RenderedMarkdown result;
  std::map<std::string, int> used_ids;
  std::map<std::string, std::string> plain_anchor;  // "#bo-loc" an editor wrote -> "#muc_bo-loc"
  std::vector<cmark_node*> links;
  cmark_iter* iter = cmark_iter_new(doc.get());
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    auto type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HEADING) {
      Heading h;
      h.level = cmark_node_get_heading_level(node);
      h.text = plain_text(node);
      std::string base = slugify(h.text);
      if (base.empty()) base = "muc";
      int n = used_ids[base]++;
      std::string plain = n == 0 ? base : base + "-" + std::to_string(n + 1);
      h.id = std::string(kHeadingIdPrefix) + plain;
      plain_anchor.emplace("#" + plain, "#" + h.id);
      result.headings.push_back(std::move(h));
    } else if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
      links.push_back(node);
    }
  }
  cmark_iter_free(iter);
  // Links to a heading by its plain slug (as editors wrote them before the prefix) still land on it.
  for (cmark_node* node : links) {
    const char* url = cmark_node_get_url(node);
    if (!url) continue;
    if (auto it = plain_anchor.find(url); it != plain_anchor.end())
      cmark_node_set_url(node, it->second.c_str());
    result.links.emplace_back(cmark_node_get_url(node));
  }

  char* html = cmark_render_html(doc.get(), kOptions, cmark_parser_get_syntax_extensions(parser.get()));
  std::string rendered(html);
  std::free(html);
  result.html = add_heading_ids(rendered, result.headings);
  result.section_texts = section_texts(doc.get());
  return result;
}

namespace {

bool contains_folded(std::string_view text, std::string_view lower_needle) {
  auto same = [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; };
  return std::search(text.begin(), text.end(), lower_needle.begin(), lower_needle.end(), same) != text.end();
}

}  // namespace

std::optional<std::string> plain_inline_html(std::string_view text) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return std::nullopt;  // a paragraph drops them
  // A line starting with digits then '.' or ')' may be a list item.
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) return std::nullopt;
  // Block starters ('#', '>', '-', '+', '=', '|' …) only matter first: the text must start with a letter,
  // a digit, '(' or a non-ASCII character; inline syntax is refused anywhere.
  const unsigned char first = static_cast<unsigned char>(text.front());
  if (!(std::isalnum(first) || first >= 0x80 || first == '(')) return std::nullopt;
  bool colon = false, w = false, non_ascii = false;  // what the checks below need to look for
  for (unsigned char c : text) {
    if (c < 0x20 || c == 0x7f) return std::nullopt;  // line breaks, tabs, NUL
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '!': case '<': case '>': case '&':
      case '~': case '|': case '@': case '$':
        return std::nullopt;
      case ':': colon = true; break;
      case 'w': case 'W': w = true; break;
      default: non_ascii |= c >= 0x80; break;
    }
  }
  // The autolink extension links bare addresses.
  if (colon && (text.find("://") != std::string_view::npos || contains_folded(text, "mailto:") ||
                contains_folded(text, "xmpp:")))
    return std::nullopt;
  if (w && contains_folded(text, "www.")) return std::nullopt;
  if (non_ascii && find_invalid_utf8(text) != std::string_view::npos) return std::nullopt;  // cmark replaces those
  std::string html;
  html.reserve(text.size() + 16);
  append_html_escaped(html, text, "'");  // '&', '<' and '>' were refused: only '"' is escaped, as cmark-gfm does
  return html;
}

std::string render_markdown_inline(std::string_view markdown) {
  if (auto plain = plain_inline_html(markdown)) return std::move(*plain);
  std::string html = render_markdown(markdown).html;
  // A single paragraph: drop the wrapper so it sits inside a table cell.
  if (html.rfind("<p>", 0) == 0 && html.size() >= 8 && html.compare(html.size() - 5, 5, "</p>\n") == 0 &&
      html.find("<p>", 3) == std::string::npos) {
    return html.substr(3, html.size() - 8);
  }
  return html;
}

}  // namespace ck
