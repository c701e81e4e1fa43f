// Which commit a page's footer names. The build's own commit (the source
// HEAD) is named only where the page describes the whole build: the home page
// and the open data catalogue (and manifest.json). Every other page names the
// last commit that changed the data it shows, so a commit changes only the
// pages whose data it changed and a rebuild rewrites only those:
//   task page             the task's last change (following renames, history_index.h)
//   plan's pages          the newest change of the plan's tasks or text
//   commune's pages       the newest of its plans' (commune, lists, indicators,
//                         agencies, agency pages and embeds all show its plans)
//   portal-wide lists     the newest of every plan's
//   guide, search, redirects: no data of their own, no commit.
// Changes outside the plans' data (congkhai.yaml, a commune's introduction)
// are not in the history's record of data changes and move no page's commit.
#pragma once
#include <optional>

#include <nlohmann/json.hpp>

#include "render/views.h"

namespace ck {

std::optional<size_t> task_data_commit(const ViewContext& ctx, const Commune& c, const Plan& p, const Task& t);
std::optional<size_t> plan_data_commit(const ViewContext& ctx, const Commune& c, const Plan& p);
std::optional<size_t> commune_data_commit(const ViewContext& ctx, const Commune& c);
std::optional<size_t> portal_data_commit(const ViewContext& ctx);

// A commit as a footer names it: {id: its short id, href: its page through commit_url, or null}.
nlohmann::json commit_reference(const ViewContext& ctx, const std::string& commit_id);
// `view` with "data_commit" (commit_reference, or null without one) for the footer.
nlohmann::json with_data_commit(nlohmann::json view, const ViewContext& ctx, std::optional<size_t> commit);

}  // namespace ck
