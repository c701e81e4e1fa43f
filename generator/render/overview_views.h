// Views of pages that gather tasks across plans: agencies, "quá hạn" and
// "sắp đến hạn" lists, indicators; and the charts on plan and commune pages.
#pragma once
#include <nlohmann/json.hpp>

#include "derive/agencies.h"
#include "render/views.h"

namespace ck {

// Where these pages live.
namespace paths {
std::string agencies(const std::string& commune);                          // <c>/co-quan/index.html
std::string agency(const std::string& commune, const std::string& agency);  // <c>/co-quan/<a>/index.html
std::string overdue(const std::string& commune);    // <c>/qua-han/index.html, or qua-han/index.html for ""
std::string due_soon(const std::string& commune);   // <c>/sap-den-han/index.html, or sap-den-han/index.html
std::string indicators(const std::string& commune); // <c>/chi-tieu/index.html
std::string plan_by_deadline(const std::string& commune, const std::string& plan);  // <c>/<p>/theo-han/index.html
std::string plan_status(const std::string& commune, const std::string& plan, std::string_view status_key);
std::string plan_changes(const std::string& commune, const std::string& plan);  // <c>/<p>/nhat-ky/index.html
std::string plan_text(const std::string& commune, const std::string& plan);     // <c>/<p>/toan-van/index.html
}  // namespace paths

nlohmann::json agencies_view(const ViewContext& ctx, const Commune& commune, const AgencyIndex& index);
nlohmann::json agency_view(const ViewContext& ctx, const Commune& commune, const AgencyTasks& agency);
// `commune` null = the whole portal.
nlohmann::json overdue_view(const ViewContext& ctx, const Commune* commune);
nlohmann::json due_soon_view(const ViewContext& ctx, const Commune* commune);
nlohmann::json indicators_view(const ViewContext& ctx, const Commune& commune);

// The plan's tasks sorted by deadline, and filtered by one status: the task
// table's sort and filter for readers without JavaScript.
nlohmann::json plan_by_deadline_view(const ViewContext& ctx, const Commune& commune, const Plan& plan);
nlohmann::json plan_status_view(const ViewContext& ctx, const Commune& commune, const Plan& plan, TaskStatus status);
// The plan's whole changelog on its own page; the plan page keeps the latest
// changes only (plan_page_history) and links to it.
nlohmann::json plan_changes_view(const ViewContext& ctx, const Commune& commune, const Plan& plan);
nlohmann::json plan_page_history(const ViewContext& ctx, const Commune& commune, const Plan& plan, const std::string& root);
// The statuses that occur in a plan, in a fixed order.
std::vector<TaskStatus> statuses_in(const ViewContext& ctx, const Plan& plan);
// The filter bar's choices for a plan page (statuses with their no-JS pages, sections, lead agencies).
nlohmann::json plan_filters(const ViewContext& ctx, const Commune& commune, const Plan& plan, const std::string& root);

// Charts (SVG + the same data as a table) for a plan page and a commune page.
nlohmann::json plan_charts(const ViewContext& ctx, const Plan& plan);
nlohmann::json commune_charts(const ViewContext& ctx, const Commune& commune);

}  // namespace ck
