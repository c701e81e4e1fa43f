// Table cells as exported from Word/PDF carry fragments of HTML (<ul><li>,
// <p>, <i>) and hand-typed "- " bullets. This turns a raw cell into plain
// Markdown pieces: inline tags become emphasis, block tags and bullets become
// separate items. Text is otherwise kept exactly (whitespace normalised).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ck::importer {

struct CellContent {
  bool list = false;                      // the cell is a bulleted list (<ul>, <li>, "- " items)
  std::vector<std::string> items;         // list items, or paragraphs when not a list
  std::vector<std::string> unknown_tags;  // tags we do not know, stripped (their text is kept)
};

CellContent parse_cell(std::string_view raw);

// Task text: a list becomes "- a\n- b", paragraphs are joined by a blank line.
std::string cell_markdown(std::string_view raw, std::vector<std::string>* unknown_tags = nullptr);
// One line (deadlines): items joined by a space.
std::string cell_line(std::string_view raw, std::vector<std::string>* unknown_tags = nullptr);
// Products: list items, else the cell split on ';'. A ';' that only ends an
// item is the separator and is dropped; other punctuation is kept.
std::vector<std::string> cell_items(std::string_view raw, std::vector<std::string>* unknown_tags = nullptr);

// Splits "- a - B …" into items at dashes that start an item (see .cc for the rule).
std::vector<std::string> split_dash_items(std::string_view text);

}  // namespace ck::importer
