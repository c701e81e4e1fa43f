// The one lowering from a SourceDocument (any reader) into the text form the
// importer's pipeline reads (layout.h: narrative lines, the appendix as
// tab-separated rows), so every format is imported by the same code.
//
// The rules, so a reader knows what its structure becomes:
//  - a paragraph is one line: numbering, a space, the text; a line break in
//    it starts a new line (the narrative reflow rejoins what continues); a
//    heading style's level goes with the line (Line::heading), so a heading
//    with no printed number still becomes a Markdown heading; a tab between
//    two parts of two words or more ("ỦY BAN NHÂN DÂN<tab>CỘNG HÒA XÃ HỘI …",
//    "Số: 12/KH-UBND<tab>Minh Họa, ngày …") separates columns typed with tab
//    stops, each its own line; any other tab ("a)<tab>Nội dung") is a space;
//  - a table whose grid is five or more columns wide is a task table: one
//    tab-separated line per row; a cell spanning k columns is its text then
//    k-1 empty cells; a cell merged down is empty in the first column (an
//    unnumbered sub-row under the number) and repeated in the others (the
//    agency or deadline applies to each row it covers);
//  - a cell of several paragraphs (or line breaks: one before a lower-case word
//    only wraps the sentence and becomes a space) becomes "<p>…</p><p>…</p>",
//    list items "<p>- …</p>": the cell reader (cell_html.h) already splits
//    agencies, products and list text on those; '&', '<', '>' are escaped, tabs
//    become spaces; a nested table adds one paragraph per row (cells joined by
//    " ");
//  - a narrower table is layout (the header block's two columns, "Nơi nhận"
//    beside the signature): its cells' paragraphs become lines, row by row, left
//    cell first.
#pragma once
#include <string>
#include <vector>

#include "importer/source_document.h"

namespace ck::importer {

struct LoweredText {
  std::string text;                // the text form, '\n'-separated lines
  std::vector<std::string> where;  // where[i]: the source place of line i+1 ("bảng 1, dòng 3")
  std::vector<int> heading;        // heading[i]: outline level of line i+1's paragraph style, 0 for none
  // uncertain[i]: for a task-table row, which of its tab-separated cells OCR read uncertainly (empty: none).
  std::vector<std::vector<bool>> uncertain;
};

LoweredText lower_document(const SourceDocument& doc);

// Grid columns a table spans (the widest row, colspans counted).
size_t grid_width(const DocTable& table);

}  // namespace ck::importer
