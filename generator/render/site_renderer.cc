#include "render/site_renderer.h"

#include "derive/agencies.h"
#include "render/hosting_forms.h"
#include "render/notice_view.h"
#include "render/overview_views.h"
#include "history/history_index.h"
#include "render/page_paths.h"
#include "render/search_page.h"
#include "render/site_context.h"
#include "render/template_engine.h"
#include "render/views.h"

namespace ck {

SiteFiles render_site(const Portal& portal, const Theme& theme, const RenderOptions& options, Diagnostics& diags) {
  SiteFiles files;
  SiteContext context(portal, theme.strings, options);
  const ViewContext& ctx = context.view();

  TemplateEngine engine(theme);
  files[paths::home()] = engine.render("home", home_view(ctx), diags);
  files[paths::overdue("")] = engine.render("task_list", overdue_view(ctx, nullptr), diags);
  files[paths::due_soon("")] = engine.render("task_list", due_soon_view(ctx, nullptr), diags);
  for (const auto& c : portal.communes) {
    files[paths::commune(c.id)] = engine.render("commune", commune_view(ctx, c), diags);
    files[paths::overdue(c.id)] = engine.render("task_list", overdue_view(ctx, &c), diags);
    files[paths::due_soon(c.id)] = engine.render("task_list", due_soon_view(ctx, &c), diags);
    files[paths::indicators(c.id)] = engine.render("indicators", indicators_view(ctx, c), diags);
    const AgencyIndex& agencies = ctx.agencies.at(c.id);
    files[paths::agencies(c.id)] = engine.render("agencies", agencies_view(ctx, c, agencies), diags);
    for (const auto& a : agencies.agencies())
      files[paths::agency(c.id, a.agency.id)] = engine.render("agency", agency_view(ctx, c, a), diags);
    for (const auto& p : c.plans) {
      files[paths::plan(c.id, p.id)] = engine.render("plan", plan_view(ctx, c, p), diags);
      files[paths::notice(c.id, p.id)] = engine.render("notice", notice_view(ctx, c, p), diags);
      if (!p.tasks.empty())
        files[paths::plan_by_deadline(c.id, p.id)] = engine.render("plan_list", plan_by_deadline_view(ctx, c, p), diags);
      for (TaskStatus s : statuses_in(ctx, p))
        files[paths::plan_status(c.id, p.id, task_status_key(s))] = engine.render("plan_list", plan_status_view(ctx, c, p, s), diags);
      for (const auto& t : p.tasks) files[paths::task(c.id, p.id, t.id)] = engine.render("task", task_view(ctx, c, p, t), diags);
    }
  }
  add_hosting_pages(ctx, theme, [&](std::string path, std::string name, std::function<nlohmann::json()> view) {
    files[path] = engine.render(name, view(), diags);
  });
  files[kSearchPagePath] = engine.render("search", search_view(ctx), diags);
  add_search_index(ctx, files);
  for (const auto& [path, content] : theme.static_files) files[path] = content;
  return files;
}

}  // namespace ck
