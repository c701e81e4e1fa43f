// What changed in a plan's Markdown: front matter keys, and a short readable
// line diff of the narrative for the plan's changelog.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "history/history.h"

namespace ck::history {

struct MarkdownParts {
  // Top-level keys of the YAML front matter in order, values as display text:
  // surrounding quotes removed, list items and continuation lines joined by "; ".
  std::vector<std::pair<std::string, std::string>> front_matter;
  std::string body;
  size_t body_first_line = 1;  // the body's first line in the file, 1-based
};
MarkdownParts split_markdown(std::string_view text);

// Changed, added and removed front matter keys: first in `after`'s order,
// then the removed ones.
std::vector<FieldChange> diff_front_matter(const MarkdownParts& before, const MarkdownParts& after);

struct LineDiff {
  // "@@ dòng N @@" hunks (N: the hunk's first line in the new text, counted
  // from `first_line`), then lines "-x", "+x", " x".
  std::string text;
  bool truncated = false;
};
// A minimal line diff with 2 lines of context, cut after `max_lines` lines or
// `max_bytes` bytes. When the changed region is too large to align
// (over a million line pairs) it is shown as removed then added.
LineDiff line_diff(std::string_view before, std::string_view after, size_t max_lines = 60,
                   size_t max_bytes = 8192, size_t first_line = 1);

// A NarrativeChange for two versions (either may be empty for added/removed).
NarrativeChange narrative_change(const std::string* before, const std::string* after);

}  // namespace ck::history
