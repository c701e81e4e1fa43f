#include "publish/catalogue.h"

#include <cstdio>

#include "render/history_views.h"
#include "model/task_kind.h"
#include "render/page_paths.h"

namespace ck {

using nlohmann::json;

std::string human_size(size_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " B";
  double value = static_cast<double>(bytes) / 1024;
  const char* unit = "KB";
  if (value >= 1024) value /= 1024, unit = "MB";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f %s", value, unit);
  std::string s = buf;
  for (auto& ch : s)
    if (ch == '.') ch = ',';
  return s;
}

json catalogue_view(const ViewContext& ctx, const DatasetSizes& sizes, const std::string& commit) {
  std::string title = label(ctx.strings, "open_data");
  json v = page_base(ctx, paths::data_catalogue(), title);
  std::string root = v["root"];
  add_crumb(v, label(ctx.strings, "home"), root + paths::home());
  add_crumb(v, title, "");
  v["heading"] = title;
  v["licence"] = ctx.portal.config.licence;
  v["built"] = ctx.today.vietnamese();
  v["built_iso"] = ctx.today.iso();
  v["commit"] = commit.empty() ? json(nullptr) : json(commit);
  std::string commit_href = commit.empty() ? "" : commit_link(ctx.portal.config, commit);
  v["commit_href"] = commit_href.empty() ? json(nullptr) : json(commit_href);
  v["portal_feed"] = root + paths::feed();
  v["manifest_href"] = root + "manifest.json";
  v["communes"] = json::array();
  for (const auto& c : ctx.portal.communes) v["communes"].push_back(catalogue_commune_entry(sizes, c, root));
  return v;
}

json catalogue_commune_entry(const DatasetSizes& sizes, const Commune& c, const std::string& root) {
  auto dataset = [&](const std::string& path, const char* format) {
    auto it = sizes.find(path);
    return json{{"href", root + path}, {"format", format}, {"size", it == sizes.end() ? "" : human_size(it->second)},
                {"bytes", it == sizes.end() ? 0 : it->second}};
  };
  json commune = {{"name", c.name}, {"href", root + paths::commune(c.id)}, {"feed", root + paths::feed(c.id)},
                  {"illustrative", c.illustrative}, {"plans", json::array()}};
  for (const auto& p : c.plans)
    commune["plans"].push_back({{"title", p.title},
                                {"doc_number", shown_doc_number(p)},
                                {"href", root + paths::plan(c.id, p.id)},
                                {"task_count", std::to_string(task_count(p))},
                                {"datasets", {dataset(paths::dataset(c.id, p.id, "json"), "JSON"),
                                              dataset(paths::dataset(c.id, p.id, "csv"), "CSV")}},
                                {"feed", root + paths::feed(c.id, p.id)}});
  return commune;
}

}  // namespace ck
