// Every Markdown fragment of a build, rendered once, on one thread, before the
// parallel stages read it. cmark-gfm changes process-wide tables at the start
// and end of each parse, so two parses at once can change each other's output;
// the pages are rendered on every core, so they must never parse. They look
// fragments up here instead (render_markdown itself aborts if entered twice at
// once: markdown.cc).
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

#include "markdown/markdown.h"

namespace ck {

class MarkdownStore {
 public:
  // Collecting: the texts the build will show, as inline (task cells) or as
  // documents (plan and commune bodies, update notes). Repeats are kept once.
  void add_inline(std::string_view markdown);
  void add_document(std::string_view markdown);
  // Parses every collected text, one at a time, on the calling thread.
  void render_all();

  // Reading, from any thread once render_all() has run. A text that was not
  // collected is a programming error: std::logic_error names it.
  const std::string& inline_html(std::string_view markdown) const;
  const RenderedMarkdown& document(std::string_view markdown) const;
  // The inline HTML of a text if it was collected, else null: for texts that may
  // or may not have been (a value from the history).
  const std::string* find_inline(std::string_view markdown) const;

  size_t size() const { return inline_.size() + documents_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> inline_;
  std::unordered_map<std::string, RenderedMarkdown, Hash, std::equal_to<>> documents_;
  bool rendered_ = false;
};

}  // namespace ck
