#include "importer/pdf_words.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "importer/pdf_rules.h"
#include "util/text.h"

namespace ck::importer {
namespace {

// poppler prints its own English complaints about broken files to stderr; the
// importer says what matters in Vietnamese instead.
void quiet(const std::string&, void*) {}

std::string utf8(const poppler::ustring& s) {
  poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace

PdfFile open_pdf(std::string_view bytes) {
  poppler::set_debug_error_function(quiet, nullptr);
  PdfFile f;
  if (bytes.size() < 5 || bytes.substr(0, 5) != "%PDF-") {
    f.error = "không phải tệp PDF (thiếu “%PDF-” ở đầu tệp); hãy xuất lại văn bản ra PDF";
    return f;
  }
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    f.error = "tệp PDF quá lớn";
    return f;
  }
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    f.error =
        "tệp PDF bị hỏng hoặc bị cắt cụt (không đọc được cấu trúc tệp); hãy tải lại hoặc xuất lại bản PDF "
        "gốc";
    return f;
  }
  if (doc->is_locked()) {
    f.error = "tệp PDF được khóa bằng mật khẩu; hãy mở khóa (in lại ra PDF không mật khẩu) rồi nhập lại";
    return f;
  }
  f.page_count = doc->pages();
  if (f.page_count <= 0) {
    f.error = "tệp PDF không có trang nào";
    return f;
  }
  f.doc = std::shared_ptr<poppler::document>(doc.release());
  return f;
}

std::vector<PdfPage> text_layer_words(const PdfFile& pdf) {
  std::vector<PdfPage> pages;
  for (int i = 0; i < pdf.page_count; ++i) {
    PdfPage out;
    std::unique_ptr<poppler::page> p(pdf.doc->create_page(i));
    if (p) {
      poppler::rectf box = p->page_rect();
      out.width = box.width();
      out.height = box.height();
      for (const auto& w : p->text_list(poppler::page::text_list_include_font)) {
        std::string text = nfc(trim(utf8(w.text())));
        if (text.empty()) continue;
        poppler::rectf b = w.bbox();
        std::string font = w.has_font_info() ? w.get_font_name() : "";
        bool italic = font.find("Italic") != std::string::npos || font.find("Oblique") != std::string::npos;
        out.words.push_back({text, b.left(), b.top(), b.right(), b.bottom(), 100, italic});
      }
      if (!out.words.empty()) find_rules(*p, out);
    }
    pages.push_back(std::move(out));
  }
  return pages;
}

bool looks_scanned(const std::vector<PdfPage>& pages) {
  size_t words = 0;
  for (const auto& p : pages) words += p.words.size();
  return words < 20 * pages.size() / 2 + 1;  // under ~10 words a page: no real text layer
}

}  // namespace ck::importer
