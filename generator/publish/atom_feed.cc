#include "publish/atom_feed.h"

#include <set>

#include <algorithm>
#include <cstdio>
#include <map>

#include "history/history_index.h"
#include "publish/data_vocabulary.h"
#include "util/sha256.h"
#include "publish/xml_text.h"
#include "render/history_views.h"
#include "render/page_paths.h"

namespace ck {

namespace {

// Lines of an entry's summary beyond which the rest are only counted.
constexpr size_t kEntryLines = 20;

// What one commit changed in one plan. Put in words (entry_lines) only when a
// feed shows it: most entries of a long history are in no feed that is made.
struct Entry {
  size_t commit = 0;
  const Commune* commune = nullptr;
  const Plan* plan = nullptr;
  std::vector<const NarrativeChange*> narratives;  // the text's changes, then the tasks', in history order
  std::vector<const TaskChange*> tasks;
  size_t line_count() const { return narratives.size() + tasks.size(); }
};

// The task's number as the plan shows it; for a task no longer in the plan,
// the number it had (a removal records it), else its id.
std::string task_number(const Plan& plan, const TaskChange& change) {
  for (const auto& t : plan.tasks)
    if (t.id == change.task_id) {
      std::string n = task_display_number(plan, t);
      return n.empty() ? change.task_id : n;
    }
  for (const auto& f : change.fields)
    if (f.field == "so" && !f.before.empty()) return f.before;
  return change.task_id;
}

std::string joined(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

// Every plan's changes grouped by commit; newest commit first, then in the
// order of communes and plans.
std::vector<Entry> collect_entries(const ViewContext& ctx) {
  std::vector<Entry> all;
  for (const auto& c : ctx.portal.communes)
    for (const auto& p : c.plans) {
      std::map<size_t, Entry> by_commit;
      auto entry = [&](size_t commit) -> Entry& {
        Entry& e = by_commit[commit];
        e.commit = commit, e.commune = &c, e.plan = &p;
        return e;
      };
      for (const NarrativeChange* n : ctx.history->narrative_for_plan(c.id, p.id))
        if (!ctx.history->is_minor(n->commit)) entry(n->commit).narratives.push_back(n);
      for (const TaskChange* t : ctx.history->task_changes_for_plan(c.id, p.id))
        if (!ctx.history->is_minor(t->commit)) entry(t->commit).tasks.push_back(t);
      for (auto& [commit, e] : by_commit) all.push_back(std::move(e));
    }
  std::stable_sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return a.commit > b.commit; });
  return all;
}

// The first `limit` lines of an entry's summary: one per changed text or task, in words.
std::vector<std::string> entry_lines(const ViewContext& ctx, const Entry& e, size_t limit) {
  std::vector<std::string> lines;
  for (const NarrativeChange* n : e.narratives) {
    if (lines.size() == limit) return lines;
    std::vector<std::string> fields;
    for (const auto& f : n->front_matter) fields.push_back(field_change_text(ctx, f, false, true));
    std::string line = label(ctx.strings, "narrative_changed");
    if (!fields.empty()) line += ": " + joined(fields, "; ");
    lines.push_back(std::move(line));
  }
  for (const TaskChange* t : e.tasks) {
    if (lines.size() == limit) return lines;
    std::string kind(change_kind_key(t->kind));
    std::vector<std::string> fields;
    for (const auto& f : t->fields) fields.push_back(field_change_text(ctx, f, t->kind == ChangeKind::Added));
    std::string line = label(ctx.strings, "feed_summary_task") + " " + task_number(*e.plan, *t) + " — " +
                       ctx.strings["change_kind"].value(kind, kind);
    if (!fields.empty()) line += ": " + joined(fields, "; ");
    lines.push_back(std::move(line));
  }
  return lines;
}

// A link from a feed at `from` to the output `target`: absolute under
// base_url, else relative to the feed (RFC 4287 resolves it against the feed's
// own address).
std::string href(const ViewContext& ctx, const std::string& from, const std::string& target) {
  std::string url = paths::absolute(ctx.portal.config.base_url, target);
  return url.empty() ? paths::root_from(from) + target : url;
}

// An entry's id names the plan as its data file was named at that commit, so
// a plan renamed later (git mv) keeps its entries' ids: no duplicates in feed readers.
std::string entry_id(const ViewContext& ctx, const Entry& e, const CommitInfo& c) {
  auto [commune, plan] = ctx.history->name_at(e.commune->id, e.plan->id, e.commit);
  return uuid_urn("congkhai entry " + c.id + " " + commune + "/" + plan);
}

// A plan's feed keeps the id it had under the plan's first name (moves and renames do not make it a new feed).
std::string first_feed_path(const ViewContext& ctx, const Commune& c, const Plan& p) {
  if (!ctx.history) return paths::feed(c.id, p.id);
  auto [commune, plan] = ctx.history->name_at(c.id, p.id, 0);
  return paths::feed(commune, plan);
}

std::string build_day_time(const ViewContext& ctx) { return ctx.today.iso() + "T00:00:00+07:00"; }

// An entry in words: its title, link and summary lines, as every feed shows it.
FeedEntry feed_entry(const ViewContext& ctx, const History& h, const Entry& e) {
  const CommitInfo& c = h.commits.at(e.commit);
  // A plan's first appearance in the portal's words (not the commit's message); a fictional
  // commune's entry says so, since feeds mix communes.
  bool arrival = false;
  if (ctx.arrivals)
    if (auto it = ctx.arrivals->find(e.commit); it != ctx.arrivals->end())
      for (const auto& [ac, ap] : it->second) arrival = arrival || ap == e.plan;
  std::string summary = arrival ? label(ctx.strings, "plan_arrived") : c.summary;
  FeedEntry out;
  out.id = entry_id(ctx, e, c);
  out.title = (e.commune->illustrative ? "[" + label(ctx.strings, "illustrative_tag") + "] " : "") + e.plan->title +
              (summary.empty() ? "" : ": " + summary);
  out.time = c.time;
  out.updated = atom_time(c);
  out.author = c.author.empty() ? "?" : c.author;
  out.target = paths::plan(e.commune->id, e.plan->id);
  // A plan published in one commit adds every task at once: the summary
  // names the first ones, the plan page has the rest.
  std::vector<std::string> lines = entry_lines(ctx, e, kEntryLines);
  if (e.line_count() > kEntryLines)
    lines.push_back(fill(label(ctx.strings, "feed_more_changes"), static_cast<long>(e.line_count() - kEntryLines)));
  if (std::string body = commit_body(c); !body.empty() && !arrival) lines.push_back(body);
  if (!c.reason.empty() && !arrival) lines.push_back(label(ctx.strings, "reason") + ": " + c.reason);
  out.summary = joined(lines, "\n");
  return out;
}

std::string feed_document(const ViewContext& ctx, const History& h, const std::string& feed_path,
                          const std::string& page_path, const std::string& title,
                          const std::vector<const Entry*>& entries, const std::string& id_path = "") {
  std::vector<FeedEntry> words;
  words.reserve(entries.size());
  for (const Entry* e : entries) words.push_back(feed_entry(ctx, h, *e));
  return atom_feed(ctx, feed_path, page_path, title, words, id_path);
}

template <class Keep>
std::vector<const Entry*> first_entries(const std::vector<Entry>& all, Keep keep) {
  std::vector<const Entry*> out;
  for (const auto& e : all)
    if (out.size() < kFeedLength && keep(e)) out.push_back(&e);
  return out;
}

}  // namespace

std::string atom_time(const CommitInfo& commit) {
  long long local = commit.time + commit.tz_minutes * 60LL;
  long long days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  long long seconds = local - days * 86400;
  int offset = commit.tz_minutes < 0 ? -commit.tz_minutes : commit.tz_minutes;
  char buf[40];
  std::snprintf(buf, sizeof buf, "T%02lld:%02lld:%02lld%c%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60,
                commit.tz_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
  return CivilDate::from_days(static_cast<long>(days)).iso() + buf;
}

ViewContext feed_context(const ViewContext& ctx) {
  return ViewContext{ctx.portal,   data_strings(), ctx.today,    ctx.version, ctx.status,
                     ctx.agencies, ctx.history,    ctx.markdown, {},          ctx.arrivals};
}

std::string atom_feed(const ViewContext& ctx, const std::string& feed_path, const std::string& page_path,
                      const std::string& title, const std::vector<FeedEntry>& entries, const std::string& id_path) {
  const FeedEntry* newest = nullptr;
  for (const FeedEntry& e : entries)
    if (!newest || e.time > newest->time) newest = &e;
  std::string updated = newest ? newest->updated : build_day_time(ctx);

  std::string x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n";
  x += "  <id>" + uuid_urn("congkhai feed " + ctx.portal.config.title + " " + (id_path.empty() ? feed_path : id_path)) +
       "</id>\n";
  x += "  <title>" + xml_text(label(ctx.strings, "feed_changes_of") + " " + title) + "</title>\n";
  x += "  <updated>" + xml_text(updated) + "</updated>\n";
  x += "  <author><name>" + xml_text(ctx.portal.config.title) + "</name></author>\n";
  if (std::string self = paths::absolute(ctx.portal.config.base_url, feed_path); !self.empty())
    x += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + xml_text(self) + "\"/>\n";
  x += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + xml_text(href(ctx, feed_path, page_path)) + "\"/>\n";
  x += "  <generator version=\"" + xml_text(ctx.version) + "\">Công khai</generator>\n";
  if (!ctx.portal.config.licence.empty()) x += "  <rights>" + xml_text(ctx.portal.config.licence) + "</rights>\n";
  for (const FeedEntry& e : entries) {
    bool absolute = e.target.find("://") != std::string::npos;
    x += "  <entry>\n";
    x += "    <id>" + xml_text(e.id) + "</id>\n";  // escaped: the national feed's come from summaries
    x += "    <title>" + xml_text(e.title) + "</title>\n";
    x += "    <updated>" + xml_text(e.updated) + "</updated>\n";
    x += "    <author><name>" + xml_text(e.author) + "</name></author>\n";
    x += "    <link rel=\"alternate\" type=\"text/html\" href=\"" +
         xml_text(absolute ? e.target : href(ctx, feed_path, e.target)) + "\"/>\n";
    x += "    <summary type=\"text\">" + xml_text(e.summary) + "</summary>\n";
    x += "  </entry>\n";
  }
  return x + "</feed>\n";
}

std::vector<FeedEntry> commune_feed_entries(const ViewContext& ctx, const Commune& c, size_t n) {
  std::vector<FeedEntry> out;
  if (!ctx.history) return out;
  std::vector<Entry> all = collect_entries(ctx);
  for (const auto& e : all)
    if (out.size() < n && e.commune == &c) out.push_back(feed_entry(ctx, ctx.history->history(), e));
  return out;
}

void add_feeds(const ViewContext& ctx, SiteFiles& files, const FeedCarried& carried) {
  // Without history the feeds still exist (the pages link to them), empty.
  static const History kNoHistory;
  const History& h = ctx.history ? ctx.history->history() : kNoHistory;
  std::vector<Entry> all;
  if (ctx.history) all = collect_entries(ctx);
  std::set<std::string> kept;  // the feeds carried over
  auto carry = [&](const std::string& path, const Commune& c) {
    if (!carried || !carried(path, c)) return false;
    kept.insert(path);
    return true;
  };
  auto moved = [&](const Commune& c, const Plan& p) { return ctx.history && !ctx.history->former_names(c.id, p.id).empty(); };

  files[paths::feed()] = feed_document(ctx, h, paths::feed(), paths::home(), ctx.portal.config.title,
                                       first_entries(all, [](const Entry&) { return true; }));
  for (const auto& c : ctx.portal.communes) {
    if (!carry(paths::feed(c.id), c))
      files[paths::feed(c.id)] = feed_document(ctx, h, paths::feed(c.id), paths::commune(c.id), c.name,
                                               first_entries(all, [&](const Entry& e) { return e.commune == &c; }));
    for (const auto& p : c.plans)
      if (moved(c, p) || !carry(paths::feed(c.id, p.id), c))
        files[paths::feed(c.id, p.id)] =
            feed_document(ctx, h, paths::feed(c.id, p.id), paths::plan(c.id, p.id), p.title,
                          first_entries(all, [&](const Entry& e) { return e.plan == &p; }), first_feed_path(ctx, c, p));
  }
  // A plan moved or renamed: its feed also stays at its old addresses (a copy, the same
  // entries and ids), unless a current feed is there; its pages get redirects (render/redirects.h).
  if (!ctx.history) return;
  for (const auto& c : ctx.portal.communes)
    for (const auto& p : c.plans)
      for (const auto& [old_commune, old_plan] : ctx.history->former_names(c.id, p.id))
        if (!kept.contains(paths::feed(old_commune, old_plan)))
          files.try_emplace(paths::feed(old_commune, old_plan), files[paths::feed(c.id, p.id)]);
}

}  // namespace ck
