#include "publish/publish.h"

#include "history/history.h"
#include "publish/atom_feed.h"
#include "publish/catalogue.h"
#include "publish/data_vocabulary.h"
#include "publish/open_data.h"
#include "publish/sitemap.h"
#include "history/history_index.h"
#include "render/page_commit.h"
#include "render/page_paths.h"
#include "render/site_context.h"
#include "render/template_engine.h"
#include "util/parallel.h"

namespace ck {

std::string source_commit(const RenderOptions& options) { return options.history ? options.history->head : ""; }

void publish_site(const SiteContext& context, const Theme& theme, const RenderOptions& options, SiteFiles& files,
                  Diagnostics& diags, const std::set<std::string>& sitemap_pages) {
  const ViewContext& ctx = context.view();
  const Portal& portal = ctx.portal;
  std::string commit = source_commit(options);
  std::vector<std::pair<const Commune*, const Plan*>> plans;
  for (const auto& c : portal.communes)
    for (const auto& p : c.plans) plans.emplace_back(&c, &p);
  std::vector<std::pair<std::string, std::string>> csv_and_json(plans.size());
  parallel_for(plans.size(), 0, [&](size_t i) {
    // A dataset names the last commit that changed its plan (render/page_commit.h), like the plan's pages.
    std::string plan_commit;
    if (auto at = plan_data_commit(ctx, *plans[i].first, *plans[i].second)) plan_commit = ctx.history->history().commits[*at].id;
    nlohmann::json dataset = plan_dataset(portal, context.derived(), *plans[i].first, *plans[i].second, plan_commit);
    csv_and_json[i] = {plan_dataset_csv(dataset), dataset.dump(1) + "\n"};
  });
  for (size_t i = 0; i < plans.size(); ++i) {
    const auto& [c, p] = plans[i];
    files[paths::dataset(c->id, p->id, "csv")] = std::move(csv_and_json[i].first);
    files[paths::dataset(c->id, p->id, "json")] = std::move(csv_and_json[i].second);
  }
  // Feeds put history in the data's words, like the open data.
  add_feeds(feed_context(ctx), files);
  TemplateEngine engine(theme);
  files[paths::data_catalogue()] = engine.render("du_lieu", catalogue_view(ctx, files, commit), diags);
  add_sitemap_and_robots(portal.config, files, diags, sitemap_pages);
}

}  // namespace ck
