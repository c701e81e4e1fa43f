#include "render/site_renderer.h"

#include "render/page_paths.h"
#include "render/template_engine.h"
#include "render/views.h"

namespace ck {

SiteFiles render_site(const Portal& portal, const Theme& theme, const RenderOptions& options, Diagnostics& diags) {
  SiteFiles files;
  ViewContext ctx{portal, theme.strings, options.today, options.version, {}};
  StatusOptions status_options{options.today, portal.config.due_soon_days};
  for (const auto& c : portal.communes)
    for (const auto& p : c.plans)
      for (const auto& t : p.tasks) ctx.status[&t] = derive_status(t, status_options);

  TemplateEngine engine(theme);
  files[paths::home()] = engine.render("home", home_view(ctx), diags);
  for (const auto& c : portal.communes) {
    files[paths::commune(c.id)] = engine.render("commune", commune_view(ctx, c), diags);
    for (const auto& p : c.plans) {
      files[paths::plan(c.id, p.id)] = engine.render("plan", plan_view(ctx, c, p), diags);
      for (const auto& t : p.tasks) files[paths::task(c.id, p.id, t.id)] = engine.render("task", task_view(ctx, c, p, t), diags);
    }
  }
  for (const auto& [path, content] : theme.static_files) files[path] = content;
  return files;
}

}  // namespace ck
