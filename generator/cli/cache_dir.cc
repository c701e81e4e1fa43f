#include "cli/cache_dir.h"

#include <unistd.h>

#include <cstdlib>
#include <ostream>
#include <system_error>

#include "util/sha256.h"

namespace ck::cli {
namespace fs = std::filesystem;

void add_cache_dir_option(CLI::App* cmd, std::string& value) {
  cmd->add_option("--cache-dir", value,
                  "Thư mục bộ nhớ đệm lịch sử (mặc định $XDG_CACHE_HOME/congkhai/<mã kho>, "
                  "hoặc ~/.cache/congkhai/<mã kho>)");
}

fs::path default_cache_dir(const fs::path& source) {
  fs::path base;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
    base = xdg;  // the XDG spec: a relative value is invalid and ignored
  else if (const char* home = std::getenv("HOME"); home && *home)
    base = fs::path(home) / ".cache";
  else
    return {};
  std::error_code ec;
  fs::path real = fs::weakly_canonical(fs::absolute(source, ec), ec);
  if (real.filename().empty()) real = real.parent_path();  // "nguon/" is "nguon"
  std::string name = real.filename().string();
  if (name.empty()) name = "nguon";
  return base / "congkhai" / (name + "-" + sha256_hex(real.string()).substr(0, 16));
}

// True when `dir` is a directory we may write, or could be made: its nearest
// existing ancestor is a writable directory. Nothing is created here (the
// cache writer makes the folder when it has something to keep), so a build
// of a folder that is not a git repository leaves no trace.
bool could_hold_cache(const fs::path& dir) {
  std::error_code ec;
  fs::path p = fs::absolute(dir, ec);
  if (ec) return false;
  while (!fs::exists(fs::symlink_status(p, ec)) && p.has_parent_path() && p != p.parent_path())
    p = p.parent_path();
  return fs::is_directory(p, ec) && ::access(p.c_str(), W_OK | X_OK) == 0;
}

fs::path prepare_cache_dir(const std::string& option, const fs::path& source, std::ostream& warn) {
  fs::path dir = option.empty() ? default_cache_dir(source) : fs::path(option);
  if (!dir.empty() && could_hold_cache(dir)) return dir;
  warn << "congkhai: cảnh báo: không tạo được thư mục bộ nhớ đệm lịch sử"
       << (dir.empty() ? std::string(" (chưa đặt HOME hay XDG_CACHE_HOME)") : " " + dir.string())
       << " — vẫn dựng, nhưng đọc lại toàn bộ lịch sử git; chọn nơi khác bằng --cache-dir\n";
  return {};
}

}  // namespace ck::cli
