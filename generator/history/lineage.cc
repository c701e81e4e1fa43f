#include "history/lineage.h"

#include "history/git_handles.h"

namespace ck::history {

namespace {

PlanRename plan_rename(size_t commit, bool json, const std::string& from, const std::string& to) {
  PlanRename r;
  r.commit = commit;
  r.data = json;
  auto a = plan_path(from), b = plan_path(to);
  r.from_commune = a->commune;
  r.from_plan = a->plan;
  r.to_commune = b->commune;
  r.to_plan = b->plan;
  return r;
}

}  // namespace

// The lineage of a file that exists before this delta; a file first seen here
// existed before the run: its base is the old content, or, when that version
// was skipped (invalid JSON, too large), the newest kept one recorded by the last run.
size_t LineageBuilder::lineage_at(const std::string& path, const git_oid& old_id, bool json) {
  if (auto it = alive_.find(path); it != alive_.end()) return it->second;
  Lineage l;
  l.json = json;
  l.path = path;
  FileVersion base{0, old_id, path};
  bool has_base = true;
  if (auto inv = invalid_heads_.find(path); inv != invalid_heads_.end()) {
    l.base_is_stale = true;
    has_base = oid_from_hex(inv->second, base.id);
  }
  if (has_base) l.base = base;
  continued_.push_back(path);
  lineages_.push_back(std::move(l));
  alive_[path] = lineages_.size() - 1;
  return lineages_.size() - 1;
}

std::optional<PlanRename> LineageBuilder::add(size_t commit, const PlanDelta& d) {
  switch (d.kind) {
    case PlanDelta::Kind::Added: {
      Lineage l;
      l.json = d.json;
      l.path = d.new_path;
      l.versions.push_back({commit, d.new_id, d.new_path});
      lineages_.push_back(std::move(l));
      alive_[d.new_path] = lineages_.size() - 1;
      return std::nullopt;
    }
    case PlanDelta::Kind::Modified: {
      size_t i = lineage_at(d.old_path, d.old_id, d.json);
      lineages_[i].versions.push_back({commit, d.new_id, d.new_path});
      return std::nullopt;
    }
    case PlanDelta::Kind::Deleted: {
      size_t i = lineage_at(d.old_path, d.old_id, d.json);
      lineages_[i].deleted_at = commit;
      lineages_[i].deleted_path = d.old_path;
      alive_.erase(d.old_path);
      return std::nullopt;
    }
    case PlanDelta::Kind::Renamed: {
      size_t i = lineage_at(d.old_path, d.old_id, d.json);
      lineages_[i].path = d.new_path;
      alive_.erase(d.old_path);
      alive_[d.new_path] = i;
      return plan_rename(commit, d.json, d.old_path, d.new_path);
    }
  }
  return std::nullopt;
}

}  // namespace ck::history
