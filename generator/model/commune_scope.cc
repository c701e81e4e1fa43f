#include "model/commune_scope.h"

#include <algorithm>
#include <set>
#include <string>

namespace ck {

namespace {

// "hai-phong/cchc-2026" -> {"hai-phong", "cchc-2026"}; empty when not of that shape.
std::pair<std::string, std::string> split_plan_ref(const std::string& ref) {
  auto slash = ref.find('/');
  if (slash == std::string::npos) return {};
  return {ref.substr(0, slash), ref.substr(slash + 1)};
}

}  // namespace

std::optional<Portal> scope_to_commune(const Portal& portal, std::string_view id) {
  const Commune* own = portal.find_commune(id);
  if (!own) return std::nullopt;

  // Plans of other communes that this commune's plans implement.
  std::set<std::pair<std::string, std::string>> implemented;
  for (const auto& p : own->plans)
    for (const auto& ref : p.implements) {
      auto key = split_plan_ref(ref.plan);
      if (!key.first.empty() && key.first != own->id) implemented.insert(key);
    }

  Portal scoped;
  scoped.config = portal.config;
  for (const auto& c : portal.communes) {
    if (c.id == own->id) {
      scoped.communes.push_back(c);
      continue;
    }
    Commune kept = c;
    kept.plans.clear();
    for (const auto& p : c.plans)
      if (implemented.count({c.id, p.id})) kept.plans.push_back(p);
    if (!kept.plans.empty()) scoped.communes.push_back(std::move(kept));
  }
  for (auto& c : scoped.communes)
    if (!c.parent_id.empty() && !scoped.find_commune(c.parent_id)) c.parent_id.clear();
  std::erase_if(scoped.config.history_sources, [&](const auto& entry) { return !scoped.find_commune(entry.first); });
  return scoped;
}

}  // namespace ck
