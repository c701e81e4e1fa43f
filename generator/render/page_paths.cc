#include "render/page_paths.h"

#include <algorithm>

namespace ck::paths {

std::string root_from(const std::string& page_path) {
  std::string root;
  for (long n = std::count(page_path.begin(), page_path.end(), '/'); n > 0; --n) root += "../";
  return root;
}

std::string relative_link(const std::string& page_path, const std::string& href) {
  std::string root = root_from(page_path);
  if (!href.starts_with(root) || href.find("://") != std::string::npos) return href;
  std::string target = href.substr(root.size());
  // Folders shared by the page and the target, then one "../" per folder of the page beyond them.
  size_t common = 0, depth = 0;
  for (size_t i = 0; i < page_path.size(); ++i) {
    if (page_path[i] != '/') continue;
    ++depth;
    if (common == depth - 1 && target.compare(0, i + 1, page_path, 0, i + 1) == 0) common = depth;
  }
  std::string out;
  for (size_t n = common; n < depth; ++n) out += "../";
  size_t skip = 0;
  for (size_t n = 0; n < common; ++n) skip = target.find('/', skip) + 1;
  return out + target.substr(skip);
}

std::string absolute(const std::string& base_url, const std::string& path) {
  if (base_url.empty()) return "";
  std::string url = base_url;
  if (url.back() != '/') url += '/';
  constexpr std::string_view kIndex = "index.html";
  if (path == kIndex) return url;
  if (path.size() > kIndex.size() && path.ends_with(kIndex) && path[path.size() - kIndex.size() - 1] == '/')
    return url + path.substr(0, path.size() - kIndex.size());
  return url + path;
}

}  // namespace ck::paths
