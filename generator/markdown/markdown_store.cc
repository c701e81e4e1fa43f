#include "markdown/markdown_store.h"

#include <mutex>

#include <stdexcept>

namespace ck {

namespace {

std::string preview(std::string_view text) {
  return std::string(text.substr(0, 60)) + (text.size() > 60 ? "…" : "");
}

}  // namespace

void MarkdownStore::add_inline(std::string_view markdown) {
  if (rendered_) throw std::logic_error("MarkdownStore: text added after render_all: " + preview(markdown));
  inline_.try_emplace(std::string(markdown));
}

void MarkdownStore::add_document(std::string_view markdown) {
  if (rendered_) throw std::logic_error("MarkdownStore: text added after render_all: " + preview(markdown));
  documents_.try_emplace(std::string(markdown));
}

void MarkdownStore::render_all() {
  // One store at a time in the whole process: `serve` runs two builds at once (the edited commune
  // alone, and the whole portal), and each renders its Markdown here.
  static std::mutex one_store_at_a_time;
  std::lock_guard lock(one_store_at_a_time);
  for (auto& [text, html] : inline_) html = render_markdown_inline(text);
  for (auto& [text, rendered] : documents_) rendered = render_markdown(text);
  rendered_ = true;
}

const std::string& MarkdownStore::inline_html(std::string_view markdown) const {
  auto it = inline_.find(markdown);
  if (!rendered_ || it == inline_.end())
    throw std::logic_error("MarkdownStore: inline text not collected before rendering: " + preview(markdown));
  return it->second;
}

const std::string* MarkdownStore::find_inline(std::string_view markdown) const {
  auto it = inline_.find(markdown);
  return rendered_ && it != inline_.end() ? &it->second : nullptr;
}

const RenderedMarkdown& MarkdownStore::document(std::string_view markdown) const {
  auto it = documents_.find(markdown);
  if (!rendered_ || it == documents_.end())
    throw std::logic_error("MarkdownStore: document not collected before rendering: " + preview(markdown));
  return it->second;
}

}  // namespace ck
