#include "assets/assets.h"

#include <algorithm>

namespace ck::assets {

std::optional<std::string_view> find(std::string_view path) {
  auto items = all();
  auto it = std::lower_bound(items.begin(), items.end(), path,
                             [](const Asset& a, std::string_view p) { return a.path < p; });
  if (it == items.end() || it->path != path) return std::nullopt;
  return it->content;
}

std::vector<Asset> under(std::string_view prefix) {
  std::vector<Asset> out;
  for (const auto& a : all())
    if (a.path.substr(0, prefix.size()) == prefix) out.push_back(a);
  return out;
}

}  // namespace ck::assets
