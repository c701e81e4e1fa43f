#include "importer/pdf_reader.h"

#include "importer/pdf_ocr.h"
#include "importer/pdf_words.h"

namespace ck::importer {

PdfReadResult read_pdf(std::string_view bytes, const PdfReadOptions& options) {
  PdfReadResult r;
  PdfFile pdf = open_pdf(bytes);
  if (!pdf.error.empty()) {
    r.error = pdf.error;
    return r;
  }
  std::vector<PdfPage> pages = text_layer_words(pdf);
  if (looks_scanned(pages)) {
    r.scanned = true;
    OcrResult ocr = ocr_pages(pdf, options.max_ocr_pages);
    if (!ocr.error.empty()) {
      r.error = ocr.error;
      return r;
    }
    pages = std::move(ocr.pages);
  }
  r.layout = layout_pdf(pages, r.scanned ? kOcrConfidenceThreshold : 0);
  // A page without words among pages with text: an image page (a signed
  // page, a stamped appendix) whose content the text layer does not have.
  for (size_t i = 0; i < pages.size(); ++i)
    if (pages[i].words.empty())
      r.layout.doc.notes.push_back({"trang " + std::to_string(i + 1),
                                    "trang không có chữ nào (trang ảnh?): nội dung của trang này không được "
                                    "nhập; hãy đối chiếu với văn bản gốc"});
  if (r.layout.doc.blocks.empty())
    r.error = r.scanned ? "không nhận dạng được chữ nào trong bản quét; hãy quét lại rõ hơn (300 dpi) hoặc "
                          "nhập tệp Word của văn bản"
                        : "tệp PDF không có chữ nào";
  r.pages = std::move(pages);
  return r;
}

}  // namespace ck::importer
