#include "importer/pdf_ocr.h"

#include <fcntl.h>
#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>

#include "importer/pdf_layout.h"
#include "util/read_file.h"
#include "util/text.h"

extern char** environ;

namespace ck::importer {
namespace {

namespace fs = std::filesystem;

constexpr double kDpi = 300;

// A private folder for the page images, removed when done.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "congkhai-ocr-XXXXXX").string();
    if (char* made = mkdtemp(tmpl.data())) path = made;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
};

// Runs `tesseract IMAGE BASE -l vie --dpi 300 --psm PSM tsv` without a
// shell; its own messages go to /dev/null. Returns the exit status, or -1
// when it could not start.
int run_tesseract(const fs::path& image, const fs::path& base, int psm) {
  std::string prog = "tesseract", img = image.string(), out = base.string(), dpi = "300";
  std::vector<char*> argv{prog.data(), img.data(), out.data()};
  std::string l = "-l", vie = "vie", dpi_flag = "--dpi", psm_flag = "--psm", mode = std::to_string(psm),
              tsv = "tsv";
  for (std::string* a : {&l, &vie, &dpi_flag, &dpi, &psm_flag, &mode, &tsv}) argv.push_back(a->data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, "tesseract", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return -1;
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool vie_model_present() {
  for (const char* dir : {"/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                          "/usr/share/tessdata", "/usr/local/share/tessdata"})
    if (fs::exists(fs::path(dir) / "vie.traineddata")) return true;
  if (const char* prefix = std::getenv("TESSDATA_PREFIX"))
    return fs::exists(fs::path(prefix) / "vie.traineddata");
  return false;
}


// What a scanner adds that Tesseract reads as text, painted white before OCR;
// the word boxes keep their places, which is all the table rebuild needs.
// Table rules: Tesseract reads them as "|" and glues the words of
// neighbouring cells ("PhòngVăn"). A dark run longer than any glyph (5 mm),
// across or down, is a rule; its grey anti-aliased edges go with it.
// Specks: a dark spot with next to nothing dark around it (smaller than a
// full stop or the dot under "ị") is dust, read as "." or "_".
class PageCleaner {
 public:
  explicit PageCleaner(poppler::image& img)
      : w_(img.width()),
        h_(img.height()),
        stride_(img.bytes_per_row()),
        px_(reinterpret_cast<unsigned char*>(img.data())) {}

  void erase_rules(int min_run) {
    std::vector<unsigned char> rule(size(), 0);
    auto mark = [&](int x0, int x1, int y0, int y1) {
      for (int y = std::max(0, y0); y <= std::min(h_ - 1, y1); ++y)
        for (int x = std::max(0, x0); x <= std::min(w_ - 1, x1); ++x) rule[at(x, y)] = 1;
    };
    for (int y = 0; y < h_; ++y)
      for (int x = 0, end = 0; x < w_; x = end + 1) {
        for (end = x; end < w_ && dark(end, y, 200);) ++end;
        if (end - x >= min_run) mark(x, end - 1, y - 3, y + 3);
      }
    for (int x = 0; x < w_; ++x)
      for (int y = 0, end = 0; y < h_; y = end + 1) {
        for (end = y; end < h_ && dark(x, end, 200);) ++end;
        if (end - y >= min_run) mark(x - 3, x + 3, y, end - 1);
      }
    for (int y = 0; y < h_; ++y)
      for (int x = 0; x < w_; ++x)
        if (rule[at(x, y)]) pixel(x, y) = 255;
  }

  void erase_specks(int window, int max_dark) {
    // Summed-area table of dark pixels, so each window is counted in O(1).
    std::vector<int> sum(static_cast<size_t>(w_ + 1) * (h_ + 1), 0);
    auto s = [&](int x, int y) -> int& { return sum[static_cast<size_t>(y) * (w_ + 1) + x]; };
    for (int y = 0; y < h_; ++y)
      for (int x = 0; x < w_; ++x) s(x + 1, y + 1) = dark(x, y, 200) + s(x, y + 1) + s(x + 1, y) - s(x, y);
    int r = window / 2;
    std::vector<std::pair<int, int>> specks;
    for (int y = 0; y < h_; ++y)
      for (int x = 0; x < w_; ++x) {
        if (!dark(x, y, 200)) continue;
        int x0 = std::max(0, x - r), y0 = std::max(0, y - r), x1 = std::min(w_, x + r + 1),
            y1 = std::min(h_, y + r + 1);
        if (s(x1, y1) - s(x0, y1) - s(x1, y0) + s(x0, y0) <= max_dark) specks.emplace_back(x, y);
      }
    for (auto [x, y] : specks) pixel(x, y) = 255;
  }

 private:
  size_t size() const { return static_cast<size_t>(w_) * h_; }
  size_t at(int x, int y) const { return static_cast<size_t>(y) * w_ + x; }
  unsigned char& pixel(int x, int y) { return px_[static_cast<size_t>(y) * stride_ + x]; }
  bool dark(int x, int y, int below) { return pixel(x, y) < below; }

  int w_, h_, stride_;
  unsigned char* px_;
};

// A task number as printed: "12", "12.", "1.2", "a)", "II.".
bool number_like(const std::string& t) {
  if (t.empty() || t.size() > 8) return false;
  return std::all_of(t.begin(), t.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == ')' || c == 'I' || c == 'V' || c == 'X' ||
           (c >= 'a' && c <= 'z');
  });
}

void add_numbers(PdfPage& page, const poppler::image& img, std::pair<double, double> span,
                 const fs::path& base);

}  // namespace

PdfPage parse_tesseract_tsv(const std::string& tsv, double dpi, double width, double height) {
  PdfPage page;
  page.width = width;
  page.height = height;
  double scale = 72.0 / dpi;
  std::istringstream in(tsv);
  std::string line;
  while (std::getline(in, line)) {
    // level page_num block_num par_num line_num word_num left top width height conf text
    std::vector<std::string> f;
    std::istringstream cols(line);
    std::string c;
    while (std::getline(cols, c, '\t')) f.push_back(c);
    if (f.size() < 12 || f[0] != "5") continue;
    std::string text = nfc(trim(f[11]));
    if (text.empty()) continue;
    char* end = nullptr;
    double v[5];
    bool ok = true;
    for (int i = 0; i < 5; ++i) {
      v[i] = std::strtod(f[static_cast<size_t>(6 + i)].c_str(), &end);
      ok = ok && end && *end == '\0';
    }
    if (!ok) continue;
    page.words.push_back({text, v[0] * scale, v[1] * scale, (v[0] + v[2]) * scale, (v[1] + v[3]) * scale,
                          v[4] < 0 ? 0 : v[4]});
  }
  return page;
}

OcrResult ocr_pages(const PdfFile& pdf, int max_pages) {
  OcrResult r;
  if (!vie_model_present()) {
    r.error =
        "tệp PDF là bản quét (không có lớp chữ) và máy này chưa có mô hình tiếng Việt của Tesseract; cài gói "
        "tesseract-ocr-vie (scripts/install-deps.sh --ocr) rồi nhập lại, hoặc nhập tệp Word của văn bản";
    return r;
  }
  TempDir tmp;
  if (tmp.path.empty()) {
    r.error = "không tạo được thư mục tạm để nhận dạng chữ";
    return r;
  }
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  int n = max_pages > 0 ? std::min(max_pages, pdf.page_count) : pdf.page_count;
  for (int i = 0; i < n; ++i) {
    std::unique_ptr<poppler::page> p(pdf.doc->create_page(i));
    if (!p) continue;
    poppler::rectf box = p->page_rect();
    poppler::image img = renderer.render_page(p.get(), kDpi, kDpi);
    if (img.is_valid()) {
      PageCleaner clean(img);
      clean.erase_rules(static_cast<int>(kDpi * 5 / 25.4));
      clean.erase_specks(9, 12);
    }
    fs::path image = tmp.path / ("trang-" + std::to_string(i + 1) + ".png");
    fs::path base = tmp.path / ("trang-" + std::to_string(i + 1));
    if (!img.is_valid() || !img.save(image.string(), "png")) {
      r.error = "không dựng được ảnh trang " + std::to_string(i + 1) + " của bản quét để nhận dạng chữ";
      r.pages.clear();
      return r;
    }
    int rc = run_tesseract(image, base, 11);  // sparse text: every word with its box; the layout is ours
    if (rc != 0) {
      r.error = rc < 0
                    ? "tệp PDF là bản quét (không có lớp chữ) và máy này chưa cài Tesseract; cài gói "
                      "tesseract-ocr và tesseract-ocr-vie (scripts/install-deps.sh --ocr) rồi nhập lại, hoặc "
                      "nhập tệp Word của văn bản"
                    : "Tesseract không đọc được trang " + std::to_string(i + 1) + " của bản quét (mã lỗi " +
                          std::to_string(rc) + ")";
      r.pages.clear();
      return r;
    }
    PdfPage page = parse_tesseract_tsv(read_whole_file(base.string() + ".tsv").value_or(""), kDpi, box.width(), box.height());
    if (auto strip = number_column(page))
      add_numbers(page, img, *strip, tmp.path / ("so-" + std::to_string(i + 1)));
    r.pages.push_back(std::move(page));
  }
  return r;
}

namespace {

void add_numbers(PdfPage& page, const poppler::image& img, std::pair<double, double> span,
                 const fs::path& base) {
  double scale = kDpi / 72.0;
  int x0 = static_cast<int>(span.first * scale),
      x1 = std::min(img.width(), static_cast<int>(span.second * scale));
  if (x1 - x0 < 8) return;
  // poppler's image::copy(rect) ignores the rect (a FIXME in 22.12): crop by hand.
  poppler::image strip(x1 - x0, img.height(), poppler::image::format_gray8);
  for (int y = 0; y < img.height(); ++y)
    std::copy_n(img.const_data() + static_cast<size_t>(y) * img.bytes_per_row() + x0, x1 - x0,
                strip.data() + static_cast<size_t>(y) * strip.bytes_per_row());
  fs::path image = base.string() + ".png";
  if (!strip.is_valid() || !strip.save(image.string(), "png") || run_tesseract(image, base, 6) != 0) return;
  PdfPage found = parse_tesseract_tsv(read_whole_file(base.string() + ".tsv").value_or(""), kDpi, 0, 0);
  for (PdfWord w : found.words) {
    if (!number_like(w.text)) continue;
    w.x0 += span.first, w.x1 += span.first;
    bool known = std::any_of(page.words.begin(), page.words.end(), [&](const PdfWord& o) {
      return o.x0 < w.x1 && w.x0 < o.x1 && o.y0 < w.y1 && w.y0 < o.y1;
    });
    if (!known) page.words.push_back(w);
  }
}

}  // namespace

}  // namespace ck::importer
