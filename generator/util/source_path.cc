#include "util/source_path.h"

namespace ck {
namespace fs = std::filesystem;

bool resolves_inside(const fs::path& root, const fs::path& path) {
  std::error_code ec;
  fs::path canonical_root = fs::weakly_canonical(root, ec);
  if (ec) return false;
  fs::path canonical = fs::weakly_canonical(path, ec);
  if (ec) return false;
  fs::path rel = canonical.lexically_relative(canonical_root);
  return !rel.empty() && rel.begin()->string() != "..";
}

}  // namespace ck
