// render_markdown_inline, remembered: the same task text, product or deadline
// cell is shown on a dozen pages (plan, sorted and status tables, agency pages,
// overdue lists, the one-file copy), and rendering its Markdown again for each
// was a tenth of a build. Safe to share between render threads.
#pragma once
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ck {

class InlineMarkdownMemo {
 public:
  // The same as render_markdown_inline(markdown); the reference stays valid for the memo's life.
  const std::string& html(std::string_view markdown) const;

 private:
  mutable std::shared_mutex mutex_;
  mutable std::unordered_map<std::string, std::string> html_;
};

}  // namespace ck
