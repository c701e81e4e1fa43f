// The derive stage: everything computed from the model (and its history) once
// per build, between history and render, and read by every later stage —
// pages, search, open data, feeds. Nothing here depends on the theme.
//
// Order matters and is fixed here: completion dates taken from history feed
// the statuses; the Markdown of every fragment is rendered on the calling
// thread, so the parallel stages after it never parse (markdown_store.h).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "derive/agencies.h"
#include "derive/status.h"
#include "history/history_index.h"
#include "markdown/markdown_store.h"
#include "model/model.h"

namespace ck {

struct History;

// The commit in which each plan's text first came to the portal (its
// narrative added), by commit index: pages describe it in the portal's own
// words ("Kế hoạch được đưa lên cổng") rather than by the commit's message.
using PlanArrivals = std::map<size_t, std::vector<std::pair<const Commune*, const Plan*>>>;

struct DeriveOptions {
  CivilDate today;
  int due_soon_days = 14;
};

class DerivedSite {
 public:
  // Fills in, in `portal`, each done task's completion date that the editor
  // left out, from the commit that first recorded it done; then derives the
  // rest. `history` may be null (not a repository, or not read); it must
  // outlive this object, like `portal`.
  DerivedSite(Portal& portal, const History* history, const DeriveOptions& options);
  DerivedSite(const DerivedSite&) = delete;
  DerivedSite& operator=(const DerivedSite&) = delete;

  const TaskStatuses& statuses() const { return status_; }
  const std::map<std::string, AgencyIndex>& agencies() const { return agencies_; }  // by commune id
  const HistoryIndex* history() const { return history_ ? &*history_ : nullptr; }
  const MarkdownStore& markdown() const { return markdown_; }
  const PlanArrivals& arrivals() const { return arrivals_; }
  CivilDate today() const { return today_; }  // the day statuses are derived for

 private:
  CivilDate today_;
  std::optional<HistoryIndex> history_;
  TaskStatuses status_;
  std::map<std::string, AgencyIndex> agencies_;
  MarkdownStore markdown_;
  PlanArrivals arrivals_;
};

}  // namespace ck
