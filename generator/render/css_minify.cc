#include "render/css_minify.h"

namespace ck {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
// Punctuation around which whitespace never matters.
bool is_tight(char c) { return c == '{' || c == '}' || c == ';' || c == ',' || c == '>'; }

}  // namespace

std::string minify_css(std::string_view css) {
  std::string out;
  out.reserve(css.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < css.size()) {
    char c = css[i];
    if (c == '/' && i + 1 < css.size() && css[i + 1] == '*') {
      size_t end = css.find("*/", i + 2);
      i = end == std::string_view::npos ? css.size() : end + 2;
      pending_space = true;  // a comment separates like whitespace
      continue;
    }
    if (is_space(c)) {
      pending_space = true;
      ++i;
      continue;
    }
    if (pending_space && !out.empty() && !is_tight(out.back()) && !is_tight(c)) out += ' ';
    pending_space = false;
    if (c == '"' || c == '\'') {
      size_t j = i + 1;
      while (j < css.size() && css[j] != c) j += css[j] == '\\' ? 2 : 1;
      j = std::min(j + 1, css.size());
      out.append(css.substr(i, j - i));
      i = j;
      continue;
    }
    if (c == '}' && !out.empty() && out.back() == ';') out.pop_back();  // "a;}" → "a}"
    out += c;
    ++i;
  }
  return out;
}

}  // namespace ck
