#include "publish/commune_summary.h"

#include <algorithm>
#include <map>

#include "derive/derived_site.h"
#include "history/history_index.h"
#include "publish/catalogue.h"
#include "publish/manifest.h"
#include "render/history_views.h"
#include "render/page_paths.h"
#include "render/reading_guide.h"
#include "render/site_context.h"
#include "render/template_engine.h"

namespace ck {

using nlohmann::json;

namespace {

// As many recent changes as the home page lists (render/history_views.cc: kRecent).
constexpr size_t kRecent = 10;

// The links of a view made for a commune's own site, re-rooted at the index:
// every relative "href" and "feed" gets the commune's prefix.
void prefix_links(json& v, const std::string& prefix) {
  if (v.is_array()) {
    for (auto& item : v) prefix_links(item, prefix);
    return;
  }
  if (!v.is_object()) return;
  for (auto& [key, value] : v.items()) {
    if ((key == "href" || key == "feed") && value.is_string()) {
      std::string link = value;
      bool absolute = link.find("://") != std::string::npos || link.starts_with("/") || link.starts_with("#");
      if (!absolute) value = prefix + link;
    } else {
      prefix_links(value, prefix);
    }
  }
}

// The key the full build sorts communes by (load/portal_loader.cc sort_communes): cities first, then
// the editors' order (thu_tu), then id.
std::tuple<int, long, std::string> commune_order(const json& s) {
  return {s.value("city", false) ? 0 : 1, s.value("order", 0L), s.value("id", "")};
}

// One commit of the national "recent changes": the commit as the first summary shows it, with every
// commune it changed and the plans it brought, in commune order (as the full build's home page).
struct MergedCommit {
  long long time = 0;
  std::string id;
  json entry;
  std::vector<std::string> where;
  bool illustrative = false;
};

json merged_recent(const std::vector<json>& summaries) {
  std::map<std::string, MergedCommit> by_id;
  for (const auto& s : summaries)
    for (const auto& r : s["recent"]) {
      std::string id = r.value("commit", "");
      auto [it, fresh] = by_id.try_emplace(id);
      MergedCommit& m = it->second;
      if (fresh) {
        m.time = r.value("time", 0LL), m.id = id, m.entry = r["entry"];
      } else if (r["entry"].contains("arrived")) {
        for (const auto& title : r["entry"]["arrived"])
          if (std::find(m.entry["arrived"].begin(), m.entry["arrived"].end(), title) ==
              m.entry["arrived"].end())
            m.entry["arrived"].push_back(title);
      }
      m.where.push_back(s.value("name", ""));
      m.illustrative = m.illustrative || s.value("illustrative", false);
    }
  std::vector<MergedCommit*> order;
  for (auto& [id, m] : by_id) order.push_back(&m);
  // Newest first: the full build orders by position on the first-parent chain, which commit time follows.
  std::stable_sort(order.begin(), order.end(),
                   [](const MergedCommit* a, const MergedCommit* b) { return a->time > b->time; });
  json list = json::array();
  for (MergedCommit* m : order) {
    if (list.size() == kRecent) break;
    json entry = m->entry;
    name_arrivals(entry);
    std::string names;
    for (const auto& n : m->where) names += (names.empty() ? "" : ", ") + n;
    entry["where"] = names;
    entry["illustrative_entry"] = m->illustrative;
    list.push_back(std::move(entry));
  }
  return list;
}

// Every summary agrees on `key`; else an error naming two that differ.
bool agree(const std::vector<json>& summaries, const char* key, const char* what, Diagnostics& diags) {
  for (const auto& s : summaries)
    if (s[key] != summaries.front()[key]) {
      diags.error("", 0, 0,
                  "tóm tắt của xã " + s.value("id", "?") + " và " + summaries.front().value("id", "?") +
                      " khác " + what + " (" + s[key].dump() + ", " + summaries.front()[key].dump() +
                      ") — dựng lại mọi lô từ cùng một commit và cùng --today");
      return false;
    }
  return true;
}

}  // namespace

json commune_summary(const ViewContext& ctx, const Commune& c, const SiteFiles& files) {
  json s;
  s["format"] = kSummaryFormat;
  s["id"] = c.id;
  s["name"] = c.name;
  s["city"] = c.kind == CommuneKind::ThanhPho;
  s["order"] = c.order;
  s["parent"] =
      c.parent_id;  // the index names it from the parent's own summary (a shard may not load the parent)
  s["illustrative"] = c.illustrative;
  s["today"] = ctx.today.iso();
  s["commit"] = ctx.history ? ctx.history->history().head : "";
  s["history_warning"] = ctx.history ? ctx.history->history().warning : "";
  s["home"] = home_commune_entry(ctx, c);
  s["catalogue"] = catalogue_commune_entry(files, c, "");
  s["recent"] = json::array();
  s["last_change"] = nullptr;
  if (ctx.history) {
    for (size_t index : ctx.history->recent_commits(c.id, kRecent)) {
      const CommitInfo& commit = ctx.history->history().commits.at(index);
      s["recent"].push_back(
          {{"commit", commit.id}, {"time", commit.time}, {"entry", commit_entry_view(ctx, index)}});
    }
    if (!s["recent"].empty()) s["last_change"] = s["recent"][0]["entry"]["iso"];
  }
  return s;
}

std::string commune_site_prefix(const std::string& pattern, const std::string& id) {
  std::string out = pattern;
  for (size_t at; (at = out.find("{id}")) != std::string::npos;) out.replace(at, 4, id);
  return out;
}

SiteFiles national_index(const Portal& config_only, const Theme& theme, std::vector<json> summaries,
                         const std::string& site_pattern, const std::string& version, Diagnostics& diags) {
  SiteFiles files;
  for (const auto& s : summaries)
    if (!s.is_object() || s.value("format", "") != kSummaryFormat) {
      diags.error("", 0, 0,
                  "tệp tóm tắt không đúng dạng " + std::string(kSummaryFormat) +
                      " — dựng lại lô đó bằng cùng phiên bản congkhai với --summary");
      return files;
    }
  if (summaries.empty()) {
    diags.error("", 0, 0,
                "không có tệp tóm tắt nào — chạy các lô (congkhai build --commune … --summary DIR) trước");
    return files;
  }
  if (!agree(summaries, "today", "ngày tính trạng thái", diags) ||
      !agree(summaries, "commit", "commit nguồn", diags))
    return files;
  std::stable_sort(summaries.begin(), summaries.end(),
                   [](const json& a, const json& b) { return commune_order(a) < commune_order(b); });

  // The context of a portal without communes: page_base gives the index the full build's header,
  // footer (build day, source commit) and links.
  Portal portal = config_only;
  portal.communes.clear();
  History history;
  history.head = summaries.front().value("commit", "");
  history.warning = summaries.front().value("history_warning", "");
  if (!history.warning.empty()) history.state = History::State::NotARepository;
  auto today = CivilDate::parse_iso(summaries.front().value("today", ""));
  if (!today) {
    diags.error("", 0, 0, "tệp tóm tắt không có ngày tính trạng thái hợp lệ (\"today\")");
    return files;
  }
  DerivedSite derived(portal, &history, {*today, portal.config.due_soon_days});
  RenderOptions options{*today, version, &history};
  SiteContext context(portal, derived, theme.strings, options);
  const ViewContext& ctx = context.view();
  TemplateEngine engine(theme);

  json home = home_view(ctx);
  // Not built for the whole country (each commune's site has its own): the overdue and due-soon lists,
  // the search index and the merged change feed. The index does not link to them.
  home["links"] = {{"overdue", false}, {"due_soon", false}};
  home["recent"] = merged_recent(summaries);
  json catalogue = catalogue_view(ctx, files, history.head);
  catalogue["portal_feed"] = false;
  for (json* page : {&home, &catalogue}) {
    (*page)["search_page"] = true;
    (*page)["feed_href"] = false;
  }
  std::map<std::string, std::string> names;
  for (const auto& s : summaries) names[s.value("id", "")] = s.value("name", "");
  for (auto& s : summaries) {
    // Summaries link from the commune site's root; the index's pages link from their own folder.
    std::string prefix = commune_site_prefix(site_pattern, s.value("id", ""));
    bool relative = prefix.find("://") == std::string::npos && !prefix.starts_with("/");
    json card = s["home"];
    if (auto parent = names.find(s.value("parent", "")); parent != names.end())
      card["parent_name"] = parent->second;
    prefix_links(card, (relative ? home["root"].get<std::string>() : "") + prefix);
    home["communes"].push_back(std::move(card));
    json block = s["catalogue"];
    prefix_links(block, (relative ? catalogue["root"].get<std::string>() : "") + prefix);
    catalogue["communes"].push_back(std::move(block));
  }
  files[paths::home()] = engine.render("home", home, diags);
  files[paths::data_catalogue()] = engine.render("du_lieu", catalogue, diags);
  // Every footer links the reading guide; it needs no plan, so the index renders it too.
  json guide = reading_guide_view(ctx);
  guide["search_page"] = true;
  guide["feed_href"] = false;
  files[paths::reading_guide()] = engine.render("guide", guide, diags);
  for (const auto& [path, content] : theme.static_files) files[path] = content;
  files[kManifestPath] = manifest_text(hash_files(files), history.head, *today);  // the catalogue links to it
  return files;
}

}  // namespace ck
