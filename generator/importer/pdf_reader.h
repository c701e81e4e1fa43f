// `congkhai import plan.pdf`: a PDF into the neutral SourceDocument. A PDF
// with a text layer is read through poppler; one without (a scan) through
// Tesseract (pdf_ocr.h), and then every table cell holding a word read under
// kOcrConfidenceThreshold is reported as uncertain, so nothing read from a
// scan is published as if it were certain.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "importer/pdf_layout.h"
#include "importer/source_document.h"

namespace ck::importer {

// Tesseract's word confidence (0..100) under which a cell is flagged. On the
// simulated scan of Bạch Long Vĩ's page 8 (tests/importer/pdf_import_test.cc)
// misread words scored 0–92 ("đơ" for "đo" at 91.9, "nãm" for "năm" at 82.8)
// and most correct words 93–97; a word with a character no plan text has
// ("v]", "1⁄2026") is flagged whatever its score (pdf_layout.cc). Flagging a
// right word costs the clerk a glance; missing a wrong one publishes it.
constexpr double kOcrConfidenceThreshold = 93;

struct PdfReadOptions {
  int max_ocr_pages = 0;  // 0 = every page; tests read one
};

struct PdfReadResult {
  std::string error;  // Vietnamese, located to the file by the caller; doc is empty then
  bool scanned = false;
  PdfLayoutResult layout;  // layout.doc is the document
  // Every word read, with its box and (on a scan) OCR confidence: what `layout` was built from, kept so a
  // caller can check that each word under the threshold is in a flagged cell or reported.
  std::vector<PdfPage> pages;
};

PdfReadResult read_pdf(std::string_view bytes, const PdfReadOptions& options = {});

}  // namespace ck::importer
