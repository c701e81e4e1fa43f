// The horizontal rules of a PDF page: the borders between a table's rows, as
// drawn (a text layer has the words, not the lines). A table whose cells are
// centred vertically (LibreOffice's and many Word tables) prints a row's
// number in the middle of its lines, so the rows are found from these rules
// (pdf_layout.cc), not from where a row's first line is.
#pragma once
#include <vector>

#include "importer/pdf_words.h"

namespace poppler {
class page;
}

namespace ck::importer {

// The page's rules (PdfPage::rules, PdfPage::vertical_rules): horizontal
// dark runs at least `min_length` points long, top to bottom (a thick or
// doubled line is one rule), and vertical ones at least `min_height` points
// tall (a column border: taller than any glyph), left to right.
void find_rules(const poppler::page& page, PdfPage& out, double min_length = 72, double min_height = 20);

}  // namespace ck::importer
