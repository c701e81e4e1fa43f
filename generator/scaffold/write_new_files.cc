#include "scaffold/write_new_files.h"

#include <algorithm>
#include <system_error>

#include "util/replace_file.h"

namespace ck::scaffold {
namespace fs = std::filesystem;

bool write_new_files(const fs::path& root, const std::vector<File>& files, WriteReport& report,
                     std::string& error) {
  for (const auto& f : files) {
    fs::path target = root / f.path;
    std::error_code ec;
    if (fs::symlink_status(target, ec).type() != fs::file_type::not_found) {
      report.kept.push_back(f.path);
      continue;
    }
    fs::create_directories(target.parent_path(), ec);
    if (ec) {
      error = "không tạo được thư mục " + target.parent_path().string() + ": " + ec.message();
      return false;
    }
    if (!replace_file(target, f.content, error)) return false;
    report.written.push_back(f.path);
  }
  return true;
}

std::string existing_entries(const fs::path& dir) {
  std::error_code ec;
  std::vector<std::string> names;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename() != ".git") names.push_back(it->path().filename().string());
  std::sort(names.begin(), names.end());
  std::string out;
  for (size_t i = 0; i < names.size() && i < 3; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > 3) out += ", …";
  return out;
}

}  // namespace ck::scaffold
