#include "publish/site_zip.h"

#include <zip.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "output/site_writer.h"

namespace ck {

namespace fs = std::filesystem;

namespace {

constexpr zip_uint16_t kDosDate1980 = (0 << 9) | (1 << 5) | 1;  // 1980-01-01
constexpr zip_uint16_t kDosMidnight = 0;
constexpr zip_uint32_t kRegularFile0644 = (0100644u) << 16;    // Unix mode in the high half

struct ZipDiscard {
  void operator()(zip_t* z) const { zip_discard(z); }
};

std::string zip_message(zip_t* z) { return zip_error_strerror(zip_get_error(z)); }

}  // namespace

std::optional<std::string> write_site_zip(const fs::path& site_dir, const fs::path& zip_path) {
  std::error_code ec;
  if (!fs::is_directory(site_dir, ec)) return "không có thư mục trang \"" + site_dir.string() + "\": chạy congkhai build trước";
  if (!fs::exists(site_dir / kSiteMarker, ec))
    return "\"" + site_dir.string() + "\" không phải thư mục trang do congkhai tạo (thiếu " + kSiteMarker + ")";
  std::vector<std::string> paths;
  for (auto it = fs::recursive_directory_iterator(site_dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string rel = fs::relative(it->path(), site_dir).generic_string();
    if (rel != kSiteMarker) paths.push_back(rel);
  }
  if (ec) return "không đọc được thư mục \"" + site_dir.string() + "\": " + ec.message();
  std::sort(paths.begin(), paths.end());

  fs::remove(zip_path, ec);
  int error = 0;
  std::unique_ptr<zip_t, ZipDiscard> z(zip_open(zip_path.c_str(), ZIP_CREATE | ZIP_EXCL, &error));
  if (!z) {
    zip_error_t e;
    zip_error_init_with_code(&e, error);
    std::string message = zip_error_strerror(&e);
    zip_error_fini(&e);
    return "không tạo được tệp zip \"" + zip_path.string() + "\": " + message;
  }
  for (const auto& rel : paths) {
    zip_source_t* source = zip_source_file(z.get(), (site_dir / rel).c_str(), 0, -1);
    if (!source) return "không đọc được \"" + rel + "\": " + zip_message(z.get());
    zip_int64_t index = zip_file_add(z.get(), rel.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      return "không thêm được \"" + rel + "\" vào tệp zip: " + zip_message(z.get());
    }
    auto i = static_cast<zip_uint64_t>(index);
    if (zip_file_set_dostime(z.get(), i, kDosMidnight, kDosDate1980, 0) != 0 ||
        zip_file_set_external_attributes(z.get(), i, 0, ZIP_OPSYS_UNIX, kRegularFile0644) != 0)
      return "không ghi được thuộc tính của \"" + rel + "\": " + zip_message(z.get());
  }
  // zip_close writes to a temporary file and renames it: no half-written zip.
  if (zip_close(z.get()) != 0) return "không ghi được tệp zip \"" + zip_path.string() + "\": " + zip_message(z.get());
  z.release();
  return std::nullopt;
}

}  // namespace ck
