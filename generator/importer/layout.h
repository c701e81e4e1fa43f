// The source text as lines, and where its appendix table is. Table rows are
// tab-separated lines; everything else is the document's text.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ck::importer {

struct Line {
  int no = 0;        // 1-based line number in the source, for warnings
  std::string text;  // NFC, without the line break
  int heading = 0;   // outline level of a document's heading style (Heading 1 = 1); 0 in a text export
  std::vector<bool> uncertain;  // a table row's cells (by tab index) OCR read uncertainly; empty: none
};

// Splits into lines (\n or \r\n), NFC-normalising each.
std::vector<Line> read_lines(std::string_view content);

// Cells of a tab-separated row, each trimmed (HTML untouched).
std::vector<std::string> split_cells(std::string_view line);
// A table row: at least five tab-separated cells.
bool is_table_row(std::string_view line);

struct Layout {
  std::vector<Line> text;        // document text before and after the table
  std::vector<Line> table;       // from the first table row to the last tab-separated line
  size_t text_before_table = 0;  // how many of `text` come before the table
};
Layout split_layout(const std::vector<Line>& lines);

// A line holding only a page number ("2", "- 3 -").
bool is_page_number(std::string_view line);

}  // namespace ck::importer
