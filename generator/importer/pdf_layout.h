// A PDF's words (text layer or OCR) back into a document: lines from word
// positions, the appendix table from its header row's columns, narrative
// paragraphs from the lines outside it. The result is the neutral
// SourceDocument every reader fills (source_document.h); deciding what a row
// is (task, sub-row, the rest of a row cut by a page break) stays with the
// importer's one table reader.
//
// The table, page by page:
//  - its header row is a line whose first word is TT/STT with three or more
//    words after it, plus the lines of the header cells wrapped below it;
//  - column k starts at the left edge its cells' lines share: the x most words
//    of the table start at, between header cell k-1's end and header cell k's
//    start (ruling gaps are not in the text layer, the aligned starts are);
//  - a row starts at a line with a word in the number column, or after a gap
//    wider than the cells' line pitch (row borders and padding);
//  - a row whose first cell is a Roman numeral ("II.") is a section row: its
//    words, wherever they fall, are its one cell;
//  - in a cell, a line starting "- ", "+ " or "•" starts a new paragraph (a
//    list item); other lines join the line above with a space;
//  - the header row printed again at the top of a page is kept as a header
//    row (the importer's reader uses it: an unnumbered row right after it
//    continues the row above);
//  - the table ends at a line after a gap of two pitches, or on the first page
//    that does not start with the header row again.
// Narrative lines join into paragraphs; a paragraph ends at a short line, and
// a new one starts at an indented or centred line or after a wider gap.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "importer/pdf_words.h"
#include "importer/source_document.h"

namespace ck::importer {

// A table cell holding a word read with low OCR confidence.
struct UncertainCell {
  std::string where;   // "trang 3, bảng: dòng bắt đầu “12”, cột “Cơ quan chủ trì”"
  std::string text;    // the cell as read
  std::string words;   // the uncertain words with their confidence: "Xã (41%), hôi (52%)"
  std::string number;  // the printed number of the row it is in ("" for a row without one)
  int column = 0;      // 0-based cell index in the row
  size_t row = 0;      // index of the row in the table's DocTable::rows
};

struct PdfLayoutResult {
  SourceDocument doc;
  std::vector<UncertainCell> uncertain;  // cells under `threshold`, in reading order
  size_t table_pages = 0;                // pages holding part of the table
};

// Words with confidence under `threshold` (0..100) mark their cell uncertain.
PdfLayoutResult layout_pdf(const std::vector<PdfPage>& pages, double threshold);

// The x-span (points) of the table's number column on `page` — from the
// header row's first word to where the next column starts — or nullopt when
// the page has no header row. OCR reads that strip again on its own: a lone
// "2" in a narrow cell is what Tesseract's page layout drops first.
std::optional<std::pair<double, double>> number_column(const PdfPage& page);

}  // namespace ck::importer
