#include "output/site_writer.h"

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

namespace ck {
namespace fs = std::filesystem;

namespace {

// glibc 2.36 has renameat2, but call through syscall to keep older libcs building.
bool exchange_paths(const fs::path& a, const fs::path& b) {
#ifdef SYS_renameat2
  return syscall(SYS_renameat2, AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), 2 /* RENAME_EXCHANGE */) == 0;
#else
  (void)a;
  (void)b;
  return false;
#endif
}

bool write_file(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  return static_cast<bool>(out);
}

}  // namespace

bool is_safe_output_path(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.find('\\') != std::string::npos) return false;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    std::string seg = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return true;
}

std::optional<std::string> write_site_atomically(const fs::path& out_dir_in, const SiteFiles& files) {
  std::error_code ec;
  fs::path out_dir = fs::absolute(out_dir_in, ec).lexically_normal();
  if (out_dir.filename().empty()) out_dir = out_dir.parent_path();
  if (out_dir == out_dir.root_path()) return "thư mục đầu ra không được là thư mục gốc";
  if (fs::exists(out_dir)) {
    if (!fs::is_directory(out_dir)) return "\"" + out_dir.string() + "\" đã có và không phải thư mục";
    bool empty = fs::is_empty(out_dir, ec);
    if (!empty && !fs::exists(out_dir / kSiteMarker))
      return "thư mục \"" + out_dir.string() +
             "\" đã có nội dung khác, không phải trang do congkhai tạo — chọn thư mục khác bằng --out";
  }
  fs::path parent = out_dir.parent_path();
  fs::create_directories(parent, ec);
  std::string base = out_dir.filename().string();
  // Staging directories left by a killed build are garbage: remove them.
  for (const auto& e : fs::directory_iterator(parent, ec)) {
    std::string name = e.path().filename().string();
    if (name.rfind("." + base + ".new-", 0) == 0 || name.rfind("." + base + ".old-", 0) == 0) fs::remove_all(e.path(), ec);
  }
  fs::path staging = parent / ("." + base + ".new-" + std::to_string(getpid()));
  fs::remove_all(staging, ec);
  if (!fs::create_directories(staging, ec)) return "không tạo được thư mục tạm " + staging.string() + ": " + ec.message();

  auto fail = [&](const std::string& message) -> std::optional<std::string> {
    std::error_code ignored;
    fs::remove_all(staging, ignored);
    return message;
  };
  for (const auto& [rel, content] : files) {
    if (!is_safe_output_path(rel)) return fail("đường dẫn đầu ra không an toàn: " + rel);
    fs::path target = staging / rel;
    fs::create_directories(target.parent_path(), ec);
    if (!write_file(target, content)) return fail("không ghi được " + target.string());
  }
  if (!write_file(staging / kSiteMarker, "congkhai\n")) return fail("không ghi được tệp đánh dấu");

  if (!fs::exists(out_dir)) {
    fs::rename(staging, out_dir, ec);
    if (ec) return fail("không đổi tên được thư mục tạm thành " + out_dir.string() + ": " + ec.message());
    return std::nullopt;
  }
  if (exchange_paths(staging, out_dir)) {
    fs::remove_all(staging, ec);  // now holds the old site
    return std::nullopt;
  }
  // No atomic exchange (old kernel or filesystem): two renames, the gap is tiny.
  fs::path old = parent / ("." + base + ".old-" + std::to_string(getpid()));
  fs::rename(out_dir, old, ec);
  if (ec) return fail("không thay được thư mục cũ: " + ec.message());
  fs::rename(staging, out_dir, ec);
  if (ec) {
    std::error_code ignored;
    fs::rename(old, out_dir, ignored);
    return fail("không thay được thư mục mới: " + ec.message());
  }
  fs::remove_all(old, ec);
  return std::nullopt;
}

}  // namespace ck
