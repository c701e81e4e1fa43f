#include "publish/publish.h"

#include "history/history.h"
#include "publish/atom_feed.h"
#include "publish/catalogue.h"
#include "publish/open_data.h"
#include "publish/sitemap.h"
#include "render/page_paths.h"
#include "render/site_context.h"
#include "render/template_engine.h"

namespace ck {

std::string source_commit(const RenderOptions& options) { return options.history ? options.history->head : ""; }

void publish_site(const SiteContext& context, const Theme& theme, const RenderOptions& options, SiteFiles& files,
                  Diagnostics& diags) {
  const ViewContext& ctx = context.view();
  const Portal& portal = ctx.portal;
  std::string commit = source_commit(options);
  for (const auto& c : portal.communes)
    for (const auto& p : c.plans) {
      nlohmann::json dataset = plan_dataset(ctx, c, p, commit);
      files[paths::dataset(c.id, p.id, "csv")] = plan_dataset_csv(ctx, dataset);
      files[paths::dataset(c.id, p.id, "json")] = dataset.dump(1) + "\n";
    }
  add_feeds(ctx, files);
  TemplateEngine engine(theme);
  files[paths::data_catalogue()] = engine.render("du_lieu", catalogue_view(ctx, files, commit), diags);
  add_sitemap_and_robots(portal.config, files, diags);
}

}  // namespace ck
