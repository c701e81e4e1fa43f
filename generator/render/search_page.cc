#include "render/search_page.h"

#include "render/page_paths.h"
#include "search/search_stage.h"

namespace ck {

using nlohmann::json;

namespace {

std::string text(const json& strings, const std::string& key, const std::string& fallback) {
  auto it = strings.find(key);
  return it != strings.end() && it->is_string() ? it->get<std::string>() : fallback;
}

}  // namespace

json search_view(const ViewContext& ctx) {
  json v = page_base(ctx, kSearchPagePath, text(ctx.strings, "search", "Tìm kiếm"));
  std::string root = v["root"];
  add_crumb(v, text(ctx.strings, "home", "Trang chủ"), root + paths::home());
  add_crumb(v, v["title"], "");
  v["search_page"] = true;  // the header's search box steps aside for the page's own
  // Without JavaScript the page leads to every commune's plans.
  v["browse"] = json::array();
  for (const auto& c : ctx.portal.communes) {
    json commune = {{"name", c.name}, {"href", root + paths::commune(c.id)}, {"plans", json::array()}};
    for (const auto& p : c.plans) commune["plans"].push_back({{"title", p.title}, {"href", root + paths::plan(c.id, p.id)}});
    v["browse"].push_back(commune);
  }
  return v;
}

void add_search_index(const ViewContext& ctx, SiteFiles& files) {
  std::vector<search::StatusBadge> badges;
  for (int s = 0; s <= static_cast<int>(TaskStatus::Adjusted); ++s) {
    json badge = status_view(StatusInfo{static_cast<TaskStatus>(s)}, ctx.strings);
    badges.push_back({badge["key"], badge["label"], badge["icon"]});
  }
  search::CorpusInput input{ctx.portal, ctx.status, badges, text(ctx.strings, "passed_no_report", ""), &ctx.markdown,
                            [&](const Plan& p) { return plan_reference(p, ctx.strings); }};
  for (auto& [path, content] : search::build_search_index(input)) files[path] = std::move(content);
}

}  // namespace ck
