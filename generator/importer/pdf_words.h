// The words of a PDF with their places, page by page: from the text layer
// (poppler) or, for a scan, from OCR (pdf_ocr.h). Coordinates are PDF points
// from the page's top-left corner, so the table rebuild (pdf_layout.h) reads
// both the same way.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace poppler {
class document;
}

namespace ck::importer {

struct PdfWord {
  std::string text;  // UTF-8, NFC
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double confidence = 100;  // OCR confidence 0..100; 100 for a text layer
  bool italic = false;      // set in an italic or oblique font (text layer only)
};

// A vertical rule: a table's column border, x from y0 to y1 (points).
struct PdfVerticalRule {
  double x = 0, y0 = 0, y1 = 0;
};

struct PdfPage {
  double width = 0, height = 0;  // points
  std::vector<PdfWord> words;
  std::vector<double> rules;  // y (points) of horizontal rules, top to bottom (text layer: pdf_rules.h)
  std::vector<PdfVerticalRule> vertical_rules;  // left to right
};

// An opened PDF; `error` (Vietnamese, what to do) is set when it cannot be read.
struct PdfFile {
  std::shared_ptr<poppler::document> doc;
  int page_count = 0;
  std::string error;
};

PdfFile open_pdf(std::string_view bytes);

// Words of every page from the text layer (empty pages when there is none).
std::vector<PdfPage> text_layer_words(const PdfFile& pdf);

// True when the text layer holds too few words to be the document's text: a
// scan (image pages, perhaps with a stray stamp or page number as text).
bool looks_scanned(const std::vector<PdfPage>& pages);

}  // namespace ck::importer
