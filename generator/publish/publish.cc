#include "publish/publish.h"

#include <array>

#include "history/history.h"
#include "publish/atom_feed.h"
#include "publish/catalogue.h"
#include "publish/data_vocabulary.h"
#include "publish/open_data.h"
#include "publish/sitemap.h"
#include "history/history_index.h"
#include "render/page_commit.h"
#include "render/page_jobs.h"
#include "render/page_paths.h"
#include "render/site_context.h"
#include "render/template_engine.h"
#include "util/parallel.h"

namespace ck {

std::string source_commit(const RenderOptions& options) { return options.history ? options.history->head : ""; }

DatasetSizes publish_site(const SiteContext& context, const Theme& theme, const RenderOptions& options,
                          SiteFiles& files, Diagnostics& diags, const std::set<std::string>& sitemap_pages) {
  const ViewContext& ctx = context.view();
  const Portal& portal = ctx.portal;
  std::string commit = source_commit(options);
  // A commune's datasets and feeds, like its pages, are carried over from the last build when
  // nothing they are made from changed (cli/page_record.h); the others go to the sink as made.
  PageSink* sink = options.sink;
  auto carried = [sink](const std::string& path, const std::string& commune, const char* kind) {
    return sink && sink->carry(path, commune, kind);
  };
  std::vector<std::pair<const Commune*, const Plan*>> plans;
  std::vector<std::array<std::string, 2>> dataset_paths;  // CSV, JSON
  for (const auto& c : portal.communes)
    for (const auto& p : c.plans) {
      plans.emplace_back(&c, &p);
      dataset_paths.push_back({paths::dataset(c.id, p.id, "csv"), paths::dataset(c.id, p.id, "json")});
    }
  std::vector<std::array<size_t, 2>> sizes(plans.size());
  std::vector<std::array<std::string, 2>> made(plans.size());  // without a sink: CSV and JSON for `files`
  parallel_for(plans.size(), 0, [&](size_t i) {
    const auto& [c, p] = plans[i];
    const auto& path = dataset_paths[i];
    const std::array<bool, 2> kept = {carried(path[0], c->id, "dataset"), carried(path[1], c->id, "dataset")};
    if (kept[0] && kept[1]) {
      sizes[i] = {sink->carried_size(path[0]), sink->carried_size(path[1])};
      return;
    }
    // A dataset names the last commit that changed its plan (render/page_commit.h), like the plan's pages.
    std::string plan_commit;
    if (auto at = plan_data_commit(ctx, *c, *p)) plan_commit = ctx.history->history().commits[*at].id;
    nlohmann::json dataset = plan_dataset(portal, context.derived(), *c, *p, plan_commit);
    std::array<std::string, 2> text = {plan_dataset_csv(dataset), dataset.dump(1) + "\n"};
    for (size_t k = 0; k < 2; ++k) {
      sizes[i][k] = kept[k] ? sink->carried_size(path[k]) : text[k].size();
      if (kept[k]) continue;
      if (sink) sink->put(path[k], std::move(text[k]));
      else made[i][k] = std::move(text[k]);
    }
  });
  DatasetSizes dataset_sizes;
  for (size_t i = 0; i < plans.size(); ++i)
    for (size_t k = 0; k < 2; ++k) {
      dataset_sizes[dataset_paths[i][k]] = sizes[i][k];
      if (!sink) files[dataset_paths[i][k]] = std::move(made[i][k]);
    }
  // Feeds put history in the data's words, like the open data. Those the sink was
  // asked for and could not carry over go to it once made, so it records them.
  std::vector<std::string> asked;
  add_feeds(feed_context(ctx), files, [&](const std::string& path, const Commune& c) {
    if (!sink) return false;
    asked.push_back(path);
    return carried(path, c.id, "feed");
  });
  for (const auto& path : asked)
    if (auto made_feed = files.find(path); made_feed != files.end()) {
      sink->put(path, std::move(made_feed->second));
      files.erase(made_feed);
    }
  TemplateEngine engine(theme);
  files[paths::data_catalogue()] = engine.render("du_lieu", catalogue_view(ctx, dataset_sizes, commit), diags);
  add_sitemap_and_robots(portal.config, files, diags, sitemap_pages);
  return dataset_sizes;
}

}  // namespace ck
