// The history the pages show: a task's timeline and deadline slippage, a
// plan's changelog, recent changes of a commune or the portal, and "cập nhật
// lần cuối" from the last real change (never the build time).
#pragma once
#include <nlohmann/json.hpp>

#include "render/views.h"

namespace ck {

nlohmann::json task_history_view(const ViewContext& ctx, const Commune& commune, const Plan& plan, const Task& task);
nlohmann::json plan_history_view(const ViewContext& ctx, const Commune& commune, const Plan& plan,
                                 const std::string& root);
// Tasks of the plan whose deadline was moved at least once since first published.
size_t moved_deadline_count(const ViewContext& ctx, const Commune& commune, const Plan& plan);
// `commune` null = the whole portal.
nlohmann::json recent_changes_view(const ViewContext& ctx, const Commune* commune, const std::string& root);
// Shown on every page when history is incomplete or missing ("" when fine).
std::string history_warning(const ViewContext& ctx);

}  // namespace ck
