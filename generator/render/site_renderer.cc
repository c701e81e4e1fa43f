#include "render/site_renderer.h"

#include <future>

#include "derive/agencies.h"
#include "render/hosting_forms.h"
#include "render/notice_view.h"
#include "render/overview_views.h"
#include "history/history_index.h"
#include "render/page_commit.h"
#include "render/page_jobs.h"
#include "render/page_paths.h"
#include "render/reading_guide.h"
#include "render/redirects.h"
#include "render/search_page.h"
#include "render/site_context.h"
#include "render/template_engine.h"
#include "render/views.h"

namespace ck {

SiteFiles render_site(Portal& portal, const Theme& theme, const RenderOptions& options, Diagnostics& diags) {
  DerivedSite derived(portal, options.history, {options.today, portal.config.due_soon_days});
  SiteContext context(portal, derived, theme.strings, options);
  return render_site(context, theme, options, diags);
}

SiteFiles render_site(const SiteContext& context, const Theme& theme, const RenderOptions& options,
                      Diagnostics& diags) {
  SiteFiles files;
  const ViewContext& ctx = context.view();
  const Portal& portal = ctx.portal;

  // Every page, listed here (in one place) and rendered on all cores by render_pages.
  PageList pages;
  // Each page's footer names the last commit that changed its data (render/page_commit.h).
  auto named = [&ctx](auto view, auto commit) { return [&ctx, view, commit] { return with_data_commit(view(), ctx, commit()); }; };
  auto portal_commit = [&] { return portal_data_commit(ctx); };
  pages.add(paths::home(), "home", [&] { return home_view(ctx); });
  pages.add(paths::overdue(""), "task_list", named([&] { return overdue_view(ctx, nullptr); }, portal_commit));
  pages.add(paths::due_soon(""), "task_list", named([&] { return due_soon_view(ctx, nullptr); }, portal_commit));
  pages.add(paths::reading_guide(), "guide", [&] { return reading_guide_view(ctx); });
  for (const auto& c : portal.communes) {
    auto commune_commit = [&] { return commune_data_commit(ctx, c); };
    pages.add(paths::commune(c.id), "commune", named([&] { return commune_view(ctx, c); }, commune_commit), c.id);
    pages.add(paths::overdue(c.id), "task_list", named([&] { return overdue_view(ctx, &c); }, commune_commit), c.id);
    pages.add(paths::due_soon(c.id), "task_list", named([&] { return due_soon_view(ctx, &c); }, commune_commit), c.id);
    pages.add(paths::indicators(c.id), "indicators", named([&] { return indicators_view(ctx, c); }, commune_commit), c.id);
    const AgencyIndex& agencies = ctx.agencies.at(c.id);
    pages.add(paths::agencies(c.id), "agencies",
              named([&] { return agencies_view(ctx, c, agencies); }, commune_commit), c.id);
    for (const auto& a : agencies.agencies())
      pages.add(paths::agency(c.id, a.agency.id), "agency",
                named([&] { return agency_view(ctx, c, a); }, commune_commit), c.id);
    for (const auto& p : c.plans) {
      auto plan_commit = [&] { return plan_data_commit(ctx, c, p); };
      pages.add(paths::plan(c.id, p.id), "plan", named([&] { return plan_view(ctx, c, p); }, plan_commit), c.id);
      pages.add(paths::notice(c.id, p.id), "notice", named([&] { return notice_view(ctx, c, p); }, plan_commit), c.id);
      pages.add(paths::plan_changes(c.id, p.id), "plan_changes",
                named([&] { return plan_changes_view(ctx, c, p); }, plan_commit), c.id);
      if (!p.body_markdown.empty())
        pages.add(paths::plan_text(c.id, p.id), "plan_text",
                  named([&] { return plan_text_view(ctx, c, p); }, plan_commit), c.id);
      if (!p.tasks.empty())
        pages.add(paths::plan_by_deadline(c.id, p.id), "plan_list",
                  named([&] { return plan_by_deadline_view(ctx, c, p); }, plan_commit), c.id);
      for (TaskStatus s : statuses_in(ctx, p))
        pages.add(paths::plan_status(c.id, p.id, task_status_key(s)), "plan_list",
                  named([&, s] { return plan_status_view(ctx, c, p, s); }, plan_commit), c.id);
      for (const auto& t : p.tasks)
        pages.add(paths::task(c.id, p.id, t.id), "task",
                  named([&] { return task_view(ctx, c, p, t); }, [&] { return task_data_commit(ctx, c, p, t); }), c.id);
    }
  }
  add_hosting_pages(ctx, theme,
                    [&](std::string path, std::string name, std::function<nlohmann::json()> view, std::string commune) {
                      pages.add(std::move(path), std::move(name), std::move(view), std::move(commune));
                    });
  pages.add(kSearchPagePath, "search", [&] { return search_view(ctx); });
  // A plan moved or renamed keeps its old addresses: one redirect per page it has now.
  {
    std::vector<std::string> paths;
    for (const auto& page : pages.pages()) paths.push_back(page.path);
    for (const Redirect& r : plan_redirects(ctx, paths, diags))
      pages.add(r.from, "redirect", [&ctx, r] { return redirect_view(ctx, r); });
  }
  // The search index reads only the model and statuses: it is built beside the
  // pages, on a thread of its own, so no core idles while one of them finishes.
  auto search_index = std::async(std::launch::async, [&] {
    SiteFiles index;
    add_search_index(ctx, index);
    return index;
  });
  render_pages(pages, theme, options.threads, options.progress, files, diags, options.sink);
  report_stage(options.progress, "search index");  // --stats: only the wait for it once the pages are done
  files.merge(search_index.get());
  for (const auto& [path, content] : theme.static_files) files[path] = content;
  return files;
}

}  // namespace ck
