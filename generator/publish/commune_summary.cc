#include "publish/commune_summary.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>

#include "derive/derived_site.h"
#include "derive/status.h"
#include "history/history_index.h"
#include "publish/atom_feed.h"
#include "publish/catalogue.h"
#include "publish/manifest.h"
#include "publish/sitemap.h"
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

// The national feed: the whole portal's feed as far as the summaries tell it exactly. Each summary carries
// its commune's kRecent newest entries; one that has older ones ("feed_cut") may be missing entries older
// than its last, so the merged list stops before that time. Newest first, the communes' order breaking
// ties, at most kFeedLength. Each entry links its plan page on the commune's site (`site_pattern`).
std::vector<FeedEntry> merged_feed(const std::vector<json>& summaries, const std::string& site_pattern) {
  std::vector<FeedEntry> all;
  std::optional<long long> complete_after;  // entries at or before this time may be missing
  for (const auto& s : summaries) {
    if (!s.contains("feed") || !s["feed"].is_array()) continue;
    std::string prefix = commune_site_prefix(site_pattern, s.value("id", ""));
    for (const auto& e : s["feed"])
      if (e.is_object())
        all.push_back({e.value("id", ""), e.value("title", ""), e.value("time", 0LL), e.value("updated", ""),
                       e.value("author", ""), prefix + e.value("target", ""), e.value("summary", "")});
    if (s.value("feed_cut", false) && !s["feed"].empty() && s["feed"].back().is_object()) {
      long long last = s["feed"].back().value("time", 0LL);
      complete_after = complete_after ? std::max(*complete_after, last) : last;
    }
  }
  std::stable_sort(all.begin(), all.end(), [](const FeedEntry& a, const FeedEntry& b) { return a.time > b.time; });
  size_t keep = 0;
  while (keep < all.size() && keep < kFeedLength && (!complete_after || all[keep].time > *complete_after)) ++keep;
  all.resize(keep);
  return all;
}

// A count a card carries as text ("12"); 0 when it is not one (the summary is checked by its format only).
long card_number(const json& v, const char* key) {
  const json* n = v.is_object() && v.contains(key) ? &v[key] : nullptr;
  if (!n || !n->is_string()) return 0;
  const std::string& text = n->get_ref<const std::string&>();
  long out = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size() && out >= 0 ? out : 0;
}

// The country's counts for the home page: every commune card's counts by status added up (the overdue
// among them), shown by the cards' own view (counts_view), with the number of communes and tasks.
json national_counts(const std::vector<json>& summaries, const nlohmann::json& strings) {
  StatusCounts total;
  long tasks = 0;
  for (const auto& s : summaries) {
    const json& card = s["home"];
    tasks += card_number(card, "task_count");
    if (!card.is_object() || !card.contains("counts") || !card["counts"].is_array()) continue;
    for (const auto& c : card["counts"])
      if (auto status = task_status_from_key(c.is_object() ? c.value("key", "") : "")) {
        int n = static_cast<int>(card_number(c, "n"));
        total.by_status[*status] += n;
        total.total += n;
      }
  }
  json counts = counts_view(total, strings);
  return {{"commune_count", std::to_string(summaries.size())},
          {"task_count", std::to_string(tasks)},
          {"overdue", std::to_string(total.by_status[TaskStatus::Overdue])},
          {"has_counts", !counts.empty()},
          {"counts", std::move(counts)}};
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

json commune_summary(const ViewContext& ctx, const Commune& c, const DatasetSizes& sizes) {
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
  s["catalogue"] = catalogue_commune_entry(sizes, c, "");
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
  // Its newest feed entries, in words, for the national feed (links from the commune site's root);
  // "feed_cut": it has older ones, so the national feed stops where this list does.
  std::vector<FeedEntry> feed = commune_feed_entries(feed_context(ctx), c, kRecent + 1);
  s["feed_cut"] = feed.size() > kRecent;
  if (feed.size() > kRecent) feed.pop_back();
  s["feed"] = json::array();
  for (const FeedEntry& e : feed)
    s["feed"].push_back({{"id", e.id}, {"title", e.title}, {"time", e.time}, {"updated", e.updated},
                         {"author", e.author}, {"target", e.target}, {"summary", e.summary}});
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
  // Not built for the whole country (each commune's site has its own): the overdue and due-soon lists
  // and the search index. The index does not link to them; it gives the country's counts instead.
  home["links"] = {{"overdue", false}, {"due_soon", false}};
  home["recent"] = merged_recent(summaries);
  home["national"] = national_counts(summaries, ctx.strings);
  // The merged change feed, written by the commune builds' own feed writer in the data's words.
  files[paths::feed()] =
      atom_feed(feed_context(ctx), paths::feed(), paths::home(), portal.config.title, merged_feed(summaries, site_pattern));
  json catalogue = catalogue_view(ctx, DatasetSizes{}, history.head);  // communes' blocks come from the summaries
  for (json* page : {&home, &catalogue}) (*page)["search_page"] = true;
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
  files[paths::reading_guide()] = engine.render("guide", guide, diags);
  for (const auto& [path, content] : theme.static_files) files[path] = content;
  // The index's own pages; each commune's site has its own sitemap (built with its base_url).
  add_sitemap_and_robots(portal.config, files, diags);
  files[kManifestPath] = manifest_text(hash_files(files), history.head, *today);  // the catalogue links to it
  return files;
}

}  // namespace ck
