#include "publish/site_zip.h"

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "output/site_writer.h"
#include "publish/manifest.h"

namespace ck {

namespace fs = std::filesystem;

namespace {

constexpr zip_uint16_t kDosDate1980 = (0 << 9) | (1 << 5) | 1;  // 1980-01-01
constexpr zip_uint16_t kDosMidnight = 0;
constexpr zip_uint32_t kRegularFile0644 = (0100644u) << 16;  // Unix mode in the high half

struct ZipDiscard {
  void operator()(zip_t* z) const { zip_discard(z); }
};

std::string zip_message(zip_t* z) { return zip_error_strerror(zip_get_error(z)); }

// The text of one entry, or nullopt when it is missing or unreadable.
std::optional<std::string> read_entry(zip_t* z, const char* name) {
  zip_stat_t st;
  constexpr zip_uint64_t kLargest = 256u << 20;  // a manifest of 50,000 tasks is a few MB; a bomb is refused
  if (zip_stat(z, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > kLargest)
    return std::nullopt;
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen(z, name, 0), zip_fclose);
  if (!f) return std::nullopt;
  std::string text(st.size, '\0');
  if (zip_fread(f.get(), text.data(), st.size) != static_cast<zip_int64_t>(st.size)) return std::nullopt;
  return text;
}

// Zips from before the comment was written: manifest.json at the root, with
// the "built" date and "files" list that only congkhai's manifest has.
bool has_our_manifest(zip_t* z) {
  auto text = read_entry(z, kManifestPath);
  if (!text) return false;
  auto manifest = nlohmann::json::parse(*text, nullptr, false);
  return manifest.is_object() && manifest.contains("built") && manifest.contains("files") &&
         manifest["files"].is_object();
}

// May `zip_path` be replaced? Absent, or a zip that congkhai wrote; anything
// else only with --force. A symlink is followed: its target is what is replaced.
std::optional<std::string> check_replaceable(const fs::path& zip_path, bool force) {
  std::error_code ec;
  auto st = fs::status(zip_path, ec);
  if (!fs::exists(st)) return std::nullopt;
  if (!fs::is_regular_file(st))
    return "\"" + zip_path.string() + "\" đã có và không phải một tệp — chọn tên khác bằng --zip";
  if (force || is_site_zip(zip_path)) return std::nullopt;
  return "đã có tệp \"" + zip_path.string() +
         "\" và đó không phải tệp zip do congkhai tạo — không ghi đè: chọn tên khác bằng --zip, "
         "hoặc thêm --force nếu chắc chắn muốn thay tệp này";
}

}  // namespace

bool is_site_zip(const fs::path& zip_path) {
  int error = 0;
  std::unique_ptr<zip_t, ZipDiscard> z(zip_open(zip_path.c_str(), ZIP_RDONLY, &error));
  if (!z) return false;
  int length = 0;
  const char* comment = zip_get_archive_comment(z.get(), &length, ZIP_FL_ENC_RAW);
  if (comment && length == static_cast<int>(std::strlen(kSiteZipComment)) &&
      std::memcmp(comment, kSiteZipComment, length) == 0)
    return true;
  return has_our_manifest(z.get());
}

std::optional<std::string> write_site_zip(const fs::path& site_dir, const fs::path& zip_path_in, bool force) {
  std::error_code ec;
  if (!fs::is_directory(site_dir, ec))
    return "không có thư mục trang \"" + site_dir.string() + "\": chạy congkhai build trước";
  if (!fs::exists(site_dir / kSiteMarker, ec))
    return "\"" + site_dir.string() + "\" không phải thư mục trang do congkhai tạo (thiếu " + kSiteMarker +
           ")";
  std::vector<std::string> paths;
  for (auto it = fs::recursive_directory_iterator(site_dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string rel = fs::relative(it->path(), site_dir).generic_string();
    if (rel != kSiteMarker) paths.push_back(rel);
  }
  if (ec) return "không đọc được thư mục \"" + site_dir.string() + "\": " + ec.message();
  std::sort(paths.begin(), paths.end());

  // A symlinked --zip keeps its link: the file it points to is replaced.
  std::string link_error;
  auto resolved = follow_links(fs::absolute(zip_path_in, ec), link_error);
  if (!resolved) return "--zip " + link_error;
  const fs::path zip_path = *resolved;
  if (auto refused = check_replaceable(zip_path, force)) return refused;
  int error = 0;
  // ZIP_TRUNCATE: the old file is read not at all, and stays until zip_close renames the new one over it.
  std::unique_ptr<zip_t, ZipDiscard> z(zip_open(zip_path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error));
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
  if (zip_set_archive_comment(z.get(), kSiteZipComment,
                              static_cast<zip_uint16_t>(std::strlen(kSiteZipComment))) != 0)
    return "không ghi được chú thích của tệp zip: " + zip_message(z.get());
  // zip_close writes to a temporary file and renames it: no half-written zip.
  if (zip_close(z.get()) != 0)
    return "không ghi được tệp zip \"" + zip_path.string() + "\": " + zip_message(z.get());
  z.release();
  return std::nullopt;
}

}  // namespace ck
