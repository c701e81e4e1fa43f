#include "markdown/inline_memo.h"

#include <mutex>

#include "markdown/markdown.h"

namespace ck {

const std::string& InlineMarkdownMemo::html(std::string_view markdown) const {
  const std::string key(markdown);
  {
    std::shared_lock lock(mutex_);
    auto it = html_.find(key);
    if (it != html_.end()) return it->second;
  }
  std::string rendered = render_markdown_inline(markdown);  // outside the lock: another thread may do the same, harmlessly
  std::unique_lock lock(mutex_);
  return html_.try_emplace(key, std::move(rendered)).first->second;
}

}  // namespace ck
