#include "render/page_paths.h"

#include <algorithm>

namespace ck::paths {

std::string root_from(const std::string& page_path) {
  std::string root;
  for (long n = std::count(page_path.begin(), page_path.end(), '/'); n > 0; --n) root += "../";
  return root;
}

}  // namespace ck::paths
