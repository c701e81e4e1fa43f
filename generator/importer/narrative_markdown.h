// Blocks of the plan's text as Markdown: "I." sections become "##", short
// "1." items "###", short "a)" items that head content "####"; bullets
// become lists; nothing is dropped, and text is kept as printed.
#pragma once
#include <string>
#include <vector>

#include "importer/narrative.h"

namespace ck::importer {

std::string render_markdown(const std::vector<Block>& blocks);

// True when block `i` reads as a heading (see the .cc for the rule).
bool is_heading(const std::vector<Block>& blocks, size_t i);

// Escapes what would otherwise start Markdown structure at the start of a
// paragraph ("6. …" would become a list): "6\. …".
std::string escape_paragraph_start(const std::string& text);

}  // namespace ck::importer
