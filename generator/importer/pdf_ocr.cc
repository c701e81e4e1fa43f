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
#include <fstream>
#include <memory>
#include <sstream>

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

// Runs `tesseract IMAGE BASE -l vie --dpi 300 tsv` without a shell; its own
// messages go to /dev/null. Returns the exit status, or -1 when it could not start.
int run_tesseract(const fs::path& image, const fs::path& base) {
  std::string prog = "tesseract", img = image.string(), out = base.string(), dpi = "300";
  std::vector<char*> argv{prog.data(), img.data(), out.data()};
  std::string l = "-l", vie = "vie", dpi_flag = "--dpi", tsv = "tsv";
  for (std::string* a : {&l, &vie, &dpi_flag, &dpi, &tsv}) argv.push_back(a->data());
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

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Table rules confuse Tesseract: it reads them as "|" and glues the words of
// neighbouring cells ("PhòngVăn"). Dark runs longer than any glyph (5 mm),
// across or down, are rules: they are painted white before OCR. The word
// boxes keep their places, which is all the table rebuild needs.
void erase_rules(poppler::image& img, int min_run) {
  int w = img.width(), h = img.height(), stride = img.bytes_per_row();
  auto* px = reinterpret_cast<unsigned char*>(img.data());
  auto dark = [&](int x, int y) { return px[static_cast<size_t>(y) * stride + x] < 160; };
  std::vector<unsigned char> rule(static_cast<size_t>(w) * h, 0);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w;) {
      int end = x;
      while (end < w && dark(end, y)) ++end;
      if (end - x >= min_run)  // with the rule's grey, anti-aliased edges
        for (int yy = std::max(0, y - 2); yy <= std::min(h - 1, y + 2); ++yy)
          for (int i = x; i < end; ++i) rule[static_cast<size_t>(yy) * w + i] = 1;
      x = end + 1;
    }
  for (int x = 0; x < w; ++x)
    for (int y = 0; y < h;) {
      int end = y;
      while (end < h && dark(x, end)) ++end;
      if (end - y >= min_run)
        for (int xx = std::max(0, x - 2); xx <= std::min(w - 1, x + 2); ++xx)
          for (int i = y; i < end; ++i) rule[static_cast<size_t>(i) * w + xx] = 1;
      y = end + 1;
    }
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      if (rule[static_cast<size_t>(y) * w + x]) px[static_cast<size_t>(y) * stride + x] = 255;
}

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
    if (img.is_valid()) erase_rules(img, static_cast<int>(kDpi * 5 / 25.4));
    fs::path image = tmp.path / ("trang-" + std::to_string(i + 1) + ".png");
    fs::path base = tmp.path / ("trang-" + std::to_string(i + 1));
    if (!img.is_valid() || !img.save(image.string(), "png")) {
      r.error = "không dựng được ảnh trang " + std::to_string(i + 1) + " của bản quét để nhận dạng chữ";
      r.pages.clear();
      return r;
    }
    int rc = run_tesseract(image, base);
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
    r.pages.push_back(
        parse_tesseract_tsv(read_text(base.string() + ".tsv"), kDpi, box.width(), box.height()));
  }
  return r;
}

}  // namespace ck::importer
