#include "ooxml/zip_archive.h"

#include <zip.h>

#include <algorithm>

namespace ck::ooxml {

struct ZipArchive::Impl {
  zip_t* zip = nullptr;
  std::string bytes;  // backing store for open_bytes (libzip reads it in place)
  ~Impl() {
    if (zip) zip_discard(zip);
  }
};

namespace {

[[noreturn]] void fail(const std::string& display, const std::string& why) {
  throw PackageError(display + ": " + why);
}

std::string not_a_package(const std::string&) {
  return "không đọc được tệp (không phải tệp .docx/.xlsx/.odt hợp lệ, hoặc tệp bị hỏng) — mở tệp bằng Word, "
         "Excel hoặc LibreOffice rồi lưu lại";
}

}  // namespace

ZipArchive::ZipArchive(std::unique_ptr<Impl> impl, std::string display, PackageLimits limits)
    : impl_(std::move(impl)), display_(std::move(display)), limits_(limits) {
  zip_int64_t n = zip_get_num_entries(impl_->zip, 0);
  if (n == 0) fail(display_, not_a_package(display_));  // an empty buffer opens as an empty archive
  if (n < 0 || static_cast<uint64_t>(n) > limits_.max_entries)
    fail(display_, "tệp nén có quá nhiều phần (" + std::to_string(n) + ") — không phải tài liệu văn phòng thông thường");
  names_.reserve(static_cast<size_t>(n));
  for (zip_int64_t i = 0; i < n; ++i) {
    const char* name = zip_get_name(impl_->zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    names_.emplace_back(name ? name : "");
  }
}

ZipArchive ZipArchive::open_file(const std::string& path, PackageLimits limits, std::string display_name) {
  if (display_name.empty()) display_name = path;
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!z) {
    if (err == ZIP_ER_NOENT || err == ZIP_ER_OPEN) fail(display_name, "không mở được tệp (không có hoặc không có quyền đọc)");
    fail(display_name, not_a_package(display_name));
  }
  auto impl = std::make_unique<Impl>();
  impl->zip = z;
  return ZipArchive(std::move(impl), std::move(display_name), limits);
}

ZipArchive ZipArchive::open_bytes(std::string bytes, PackageLimits limits, std::string display_name) {
  auto impl = std::make_unique<Impl>();
  impl->bytes = std::move(bytes);
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(impl->bytes.data(), impl->bytes.size(), 0, &error);
  if (!src) fail(display_name, not_a_package(display_name));
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  zip_error_fini(&error);
  if (!z) {
    zip_source_free(src);
    fail(display_name, not_a_package(display_name));
  }
  impl->zip = z;
  return ZipArchive(std::move(impl), std::move(display_name), limits);
}

ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

bool ZipArchive::has(const std::string& name) const {
  return std::find(names_.begin(), names_.end(), name) != names_.end();
}

std::optional<std::string> ZipArchive::read(const std::string& name) {
  zip_int64_t index = zip_name_locate(impl_->zip, name.c_str(), ZIP_FL_ENC_RAW);
  if (index < 0) return std::nullopt;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(impl_->zip, static_cast<zip_uint64_t>(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
    fail(display_, "phần \"" + name + "\" bị hỏng");
  // The declared size can lie, so the read below is bounded as well.
  if (st.size > limits_.max_part_bytes || total_read_ + st.size > limits_.max_total_bytes)
    fail(display_, "phần \"" + name + "\" quá lớn khi giải nén (" + std::to_string(st.size >> 20) +
                       " MB) — tệp có thể là bom nén hoặc không phải tài liệu thông thường");
  if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > (1u << 20) && st.comp_size > 0 &&
      st.size / st.comp_size > limits_.max_ratio)
    fail(display_, "phần \"" + name + "\" nén bất thường (tỉ lệ " + std::to_string(st.size / st.comp_size) +
                       ":1) — tệp có thể là bom nén");
  zip_file_t* f = zip_fopen_index(impl_->zip, static_cast<zip_uint64_t>(index), 0);
  if (!f) fail(display_, "không đọc được phần \"" + name + "\" (mã hoá hoặc bị hỏng)");
  std::string out;
  out.resize(static_cast<size_t>(st.size));
  uint64_t got = 0;
  while (got < st.size) {
    zip_int64_t n = zip_fread(f, out.data() + got, st.size - got);
    if (n < 0) {
      zip_fclose(f);
      fail(display_, "phần \"" + name + "\" bị hỏng (không giải nén được)");
    }
    if (n == 0) break;
    got += static_cast<uint64_t>(n);
  }
  char extra;
  bool longer = zip_fread(f, &extra, 1) > 0;
  zip_fclose(f);
  if (got != st.size || longer) fail(display_, "phần \"" + name + "\" bị hỏng (kích thước không khớp)");
  total_read_ += got;
  return out;
}

std::string ZipArchive::read_required(const std::string& name, const std::string& what_it_should_be) {
  auto part = read(name);
  if (!part) fail(display_, "thiếu phần \"" + name + "\" — không phải " + what_it_should_be);
  return *part;
}

}  // namespace ck::ooxml
