#include "render/page_paths.h"

#include <algorithm>

namespace ck::paths {

std::string root_from(const std::string& page_path) {
  std::string root;
  for (long n = std::count(page_path.begin(), page_path.end(), '/'); n > 0; --n) root += "../";
  return root;
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
