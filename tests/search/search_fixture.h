// Header-only (the test binary compiles *_test.cc files only).
// A portal made in memory for search tests: one commune, one plan, tasks
// (and a narrative, Plan::body_markdown) added by the test; builds the index
// files and loads them back.
#pragma once
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "derive/status.h"
#include "model/model.h"
#include "search/query.h"
#include "search/search_stage.h"

namespace ck::search::testing {


inline std::vector<StatusBadge> test_badges() {
  std::vector<StatusBadge> out;
  for (int s = 0; s <= static_cast<int>(TaskStatus::Adjusted); ++s) {
    auto status = static_cast<TaskStatus>(s);
    out.push_back({std::string(task_status_key(status)), std::string(task_status_label(status)), "?"});
  }
  return out;
}

class MiniPortal {
 public:
  // Adds a task to plan `plan` of commune `commune` (both created on first use).
  Task& task(const std::string& text, const std::string& number = "", const std::string& commune = "xa-a",
             const std::string& plan = "kh-2026");
  Commune& commune(const std::string& id);
  Plan& plan(const std::string& commune_id, const std::string& plan_id);

  std::map<std::string, std::string> files(const ShardLimits& limits = {});
  SearchIndex index(const ShardLimits& limits = {});
  // The hits, best first: tasks as "xa-a/kh-2026/nv-1", others by their link.
  std::vector<std::string> ids(const std::string& query, bool prefix_last = false, const Filters& f = {});

  Portal portal;
  CivilDate today = *CivilDate::parse_iso("2026-06-15");

 private:
  int next_ = 0;
};

inline Commune& MiniPortal::commune(const std::string& id) {
  for (auto& c : portal.communes)
    if (c.id == id) return c;
  Commune c;
  c.id = id;
  c.name = "Xã " + id;
  portal.communes.push_back(c);
  return portal.communes.back();
}

inline Plan& MiniPortal::plan(const std::string& commune_id, const std::string& plan_id) {
  Commune& c = commune(commune_id);
  for (auto& p : c.plans)
    if (p.id == plan_id) return p;
  Plan p;
  p.id = plan_id;
  p.commune_id = commune_id;
  p.title = "Kế hoạch " + plan_id;
  c.plans.push_back(p);
  return c.plans.back();
}

inline Task& MiniPortal::task(const std::string& text, const std::string& number, const std::string& commune_id,
                       const std::string& plan_id) {
  Plan& p = plan(commune_id, plan_id);
  Task t;
  t.id = "nv-" + std::to_string(++next_);
  t.number = number;
  t.text = text;
  p.tasks.push_back(t);
  return p.tasks.back();
}

inline std::map<std::string, std::string> MiniPortal::files(const ShardLimits& limits) {
  TaskStatuses status;
  StatusOptions options{today, 14};
  for (const auto& c : portal.communes)
    for (const auto& p : c.plans)
      for (const auto& t : p.tasks) status[&t] = derive_status(t, options);
  // The plans' narratives rendered as the build renders them, before the index.
  MarkdownStore narratives;
  for (const auto& c : portal.communes)
    for (const auto& p : c.plans) narratives.add_document(p.body_markdown);
  narratives.render_all();
  CorpusInput input{portal, status, test_badges(), "đã qua hạn, chưa có báo cáo", &narratives};
  return build_search_index(input, limits);
}

inline SearchIndex MiniPortal::index(const ShardLimits& limits) {
  std::string error;
  auto loaded = SearchIndex::load(files(limits), error);
  if (!loaded) throw std::runtime_error(error);
  return std::move(*loaded);
}

inline std::vector<std::string> MiniPortal::ids(const std::string& query, bool prefix_last, const Filters& f) {
  SearchIndex idx = index();
  std::vector<std::string> out;
  for (const auto& hit : idx.search(query, prefix_last, f).hits) {
    std::string href = idx.href(hit.doc);
    bool task = idx.meta()["list"][hit.doc][0] == 0;
    out.push_back(task ? href.substr(0, href.find("/index.html")) : href);
  }
  return out;
}

}  // namespace ck::search::testing
