// Words of a scanned PDF, read by Tesseract with its Vietnamese model. Each
// page is rendered by poppler (grey, 300 dpi: Tesseract reads best near it)
// and given to the `tesseract` program, whose TSV output has every word's box
// and confidence. The program rather than libtesseract: nothing more to build
// or link, and a machine without it still imports Word and text-layer PDFs,
// saying plainly that scans need it (scripts/install-deps.sh --ocr).
#pragma once
#include <string>
#include <vector>

#include "importer/pdf_words.h"

namespace ck::importer {

struct OcrResult {
  std::vector<PdfPage> pages;  // boxes in points, like a text layer's
  std::string error;           // Vietnamese, when OCR could not run; pages then empty
};

// `max_pages` (0 = all) bounds the work, for tests. Where a page has a task
// table, its number column (pdf_layout.h) is read a second time as a strip
// (Tesseract's "one block" mode finds lone digits its page layout drops) and
// the numbers found there that the first reading missed are added.
OcrResult ocr_pages(const PdfFile& pdf, int max_pages = 0);

// Parses Tesseract's TSV (level 5 rows are words) of a page rendered at
// `dpi` into words in points. Exposed for tests.
PdfPage parse_tesseract_tsv(const std::string& tsv, double dpi, double width, double height);

}  // namespace ck::importer
