#include "derive/agencies.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <unordered_map>

#include "model/agency_kind.h"
#include "model/task_kind.h"
#include "util/slug.h"
#include "util/text.h"

namespace ck {

namespace {

std::string key(const std::string& name) { return normalize_space(fold_diacritics(name)); }

// A path segment must stay well under the 255-byte file name limit; a cell
// that lists many bodies ("Cơ quan nhà nước, đơn vị sự nghiệp, …") is cut,
// with a hash of the whole name so two long names never share an id.
std::string bounded_slug(const std::string& name) {
  std::string slug = slugify(name);
  constexpr size_t kMax = 80;
  if (slug.size() <= kMax) return slug;
  uint32_t h = 2166136261u;  // FNV-1a
  for (unsigned char c : slug) h = (h ^ c) * 16777619u;
  std::string cut = slug.substr(0, kMax);
  cut = cut.substr(0, cut.find_last_of('-'));
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", h);
  return cut + "-" + hex;
}

bool is_unverified(const Task& task, const char* field) {
  return std::find(task.unverified_fields.begin(), task.unverified_fields.end(), field) !=
         task.unverified_fields.end();
}

}  // namespace

AgencyIndex::AgencyIndex(const Commune& commune) {
  std::map<std::string, AgencyTasks> by_id;
  for (const auto& a : commune.agencies) {
    by_folded_name_[key(a.name)] = a.id;
    for (const auto& alias : a.aliases) by_folded_name_[key(alias)] = a.id;
    by_id[a.id].agency = a;
  }
  // A name is written the same way in many rows: folded, judged and given its id once.
  std::unordered_map<std::string, bool> group;  // is_agency_group, by name as written
  auto is_group = [&](const std::string& name) {
    auto [it, fresh] = group.try_emplace(name, false);
    if (fresh) it->second = is_agency_group(name);
    return it->second;
  };
  auto touch = [&](const std::string& name) -> AgencyTasks& {
    auto [it, fresh] = by_exact_name_.try_emplace(name);
    if (fresh) it->second = derive_id(name);
    AgencyTasks& entry = by_id[it->second];
    if (entry.agency.id.empty()) entry.agency = Agency{it->second, normalize_space(name), {}};
    return entry;
  };
  for (const auto& plan : commune.plans) {
    std::vector<RowKind> kinds = classify_rows(plan);
    for (size_t i = 0; i < plan.tasks.size(); ++i) {
      const Task& task = plan.tasks[i];
      if (kinds[i] != RowKind::Task) continue;
      const bool lead_unverified = is_unverified(task, "co_quan_chu_tri");
      const bool partners_unverified = is_unverified(task, "co_quan_phoi_hop");
      for (const auto& name : task.lead) {
        if (is_group(name) || (lead_unverified && !registered(name))) continue;
        AgencyTasks& e = touch(name);
        e.leads.push_back(&task);
        e.plan_of[&task] = &plan;
      }
      for (const auto& name : task.partners) {
        if (is_group(name) || (partners_unverified && !registered(name))) continue;
        AgencyTasks& e = touch(name);
        if (std::find(e.supports.begin(), e.supports.end(), &task) == e.supports.end()) e.supports.push_back(&task);
        e.plan_of[&task] = &plan;
      }
    }
  }
  // Sorted by folded name, then id: each name folded once, not once per comparison.
  std::vector<std::pair<std::string, AgencyTasks>> keyed;
  for (auto& [id, entry] : by_id) keyed.emplace_back(key(entry.agency.name), std::move(entry));
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second.agency.id < b.second.agency.id;
  });
  for (auto& [k, entry] : keyed) agencies_.push_back(std::move(entry));
}

bool AgencyIndex::registered(const std::string& name) const { return by_folded_name_.count(key(name)) > 0; }

std::string AgencyIndex::derive_id(const std::string& name) const {
  if (is_agency_group(name)) return "";
  auto it = by_folded_name_.find(key(name));
  if (it != by_folded_name_.end()) return it->second;
  std::string slug = bounded_slug(name);
  return slug.empty() ? "khong-ten" : slug;
}

std::string AgencyIndex::id_for(const std::string& name) const {
  if (auto exact = by_exact_name_.find(name); exact != by_exact_name_.end()) return exact->second;
  // Not indexed: a registry name, or one with no page (a group, a name in a
  // cell not yet compared with the original).
  auto it = by_folded_name_.find(key(name));
  return it != by_folded_name_.end() ? it->second : "";
}

const AgencyTasks* AgencyIndex::find(const std::string& id) const {
  for (const auto& a : agencies_)
    if (a.agency.id == id) return &a;
  return nullptr;
}

}  // namespace ck
