// The history the pages show: a task's timeline and deadline slippage, a
// plan's changelog, recent changes of a commune or the portal, and "cập nhật
// lần cuối" from the last real change (never the build time).
#pragma once
#include <nlohmann/json.hpp>

#include "history/history.h"
#include "render/views.h"

namespace ck {

nlohmann::json task_history_view(const ViewContext& ctx, const Commune& commune, const Plan& plan, const Task& task);
// The plan's changelog: one entry per commit, newest first, each listing the
// changes it made; at most `limit` commits (the changes page shows 30) and,
// unless `item_limit` is 0, that many changes per commit (the rest counted).
nlohmann::json plan_history_view(const ViewContext& ctx, const Commune& commune, const Plan& plan,
                                 const std::string& root, size_t limit = 30, size_t item_limit = 0);
// Tasks of the plan whose deadline was moved at least once since first published.
size_t moved_deadline_count(const ViewContext& ctx, const Commune& commune, const Plan& plan);
// One commit as the timelines show it (date, author, summary, commit link); `index` in history().commits.
nlohmann::json commit_entry_view(const ViewContext& ctx, size_t index);
// In a list across plans, an entry for a commit that brought plans says which ("arrived" titles).
void name_arrivals(nlohmann::json& entry);
// `commune` null = the whole portal.
nlohmann::json recent_changes_view(const ViewContext& ctx, const Commune* commune, const std::string& root);
// One field change in words, as the timelines show it: "Trạng thái: Đang thực
// hiện → Hoàn thành" ("Tiến độ: 40%" for an added task). `plan_field`: a
// field of the plan's front matter rather than of a task.
std::string field_change_text(const ViewContext& ctx, const FieldChange& change, bool added,
                              bool plan_field = false);
// The web page of a commit of the source repository from config "commit_url"
// ("" when none is configured or the pattern is not an http(s) link).
std::string commit_link(const SiteConfig& config, const std::string& commit_id);

// Shown on every page when history is incomplete or missing ("" when fine).
std::string history_warning(const ViewContext& ctx);

}  // namespace ck
