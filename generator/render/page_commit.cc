#include "render/page_commit.h"

#include <algorithm>

#include "history/history_index.h"
#include "render/history_views.h"

namespace ck {

using nlohmann::json;

namespace {

template <typename Changes>
std::optional<size_t> newest(const Changes& changes, std::optional<size_t> so_far = std::nullopt) {
  for (const auto* change : changes)
    if (!so_far || change->commit > *so_far) so_far = change->commit;
  return so_far;
}

std::optional<size_t> later(std::optional<size_t> a, std::optional<size_t> b) {
  if (!a) return b;
  if (!b) return a;
  return std::max(*a, *b);
}

}  // namespace

std::optional<size_t> task_data_commit(const ViewContext& ctx, const Commune& c, const Plan& p, const Task& t) {
  if (!ctx.history) return std::nullopt;
  return newest(ctx.history->for_task(c.id, p.id, t.id));
}

std::optional<size_t> plan_data_commit(const ViewContext& ctx, const Commune& c, const Plan& p) {
  if (!ctx.history) return std::nullopt;
  return newest(ctx.history->narrative_for_plan(c.id, p.id), newest(ctx.history->task_changes_for_plan(c.id, p.id)));
}

std::optional<size_t> commune_data_commit(const ViewContext& ctx, const Commune& c) {
  std::optional<size_t> commit;
  for (const auto& p : c.plans) commit = later(commit, plan_data_commit(ctx, c, p));
  return commit;
}

std::optional<size_t> portal_data_commit(const ViewContext& ctx) {
  std::optional<size_t> commit;
  for (const auto& c : ctx.portal.communes) commit = later(commit, commune_data_commit(ctx, c));
  return commit;
}

json commit_reference(const ViewContext& ctx, const std::string& commit_id) {
  std::string href = commit_link(ctx.portal.config, commit_id);
  return {{"id", short_commit_id(commit_id)}, {"href", href.empty() ? json(nullptr) : json(href)}};
}

json with_data_commit(json view, const ViewContext& ctx, std::optional<size_t> commit) {
  view["data_commit"] = nullptr;
  if (ctx.history && commit && *commit < ctx.history->history().commits.size())
    view["data_commit"] = commit_reference(ctx, ctx.history->history().commits[*commit].id);
  return view;
}

}  // namespace ck
