#include "render/history_views.h"

#include <algorithm>
#include <map>

#include "history/deadline_override.h"
#include "history/history_index.h"
#include "render/page_paths.h"
#include "util/text.h"

namespace ck {

using nlohmann::json;

namespace {

// A label from a strings group ("field" for tasks, "plan_field" for a plan's
// front matter, "status", "kind"); `fallback` when the theme has none.
std::string group_label(const ViewContext& ctx, const char* group, const std::string& key,
                        const std::string& fallback) {
  auto g = ctx.strings.find(group);
  if (g == ctx.strings.end() || !g->is_object()) return fallback;
  auto it = g->find(key);
  return it != g->end() && it->is_string() ? it->get<std::string>() : fallback;
}

std::string field_label(const ViewContext& ctx, const std::string& field, const char* group = "field") {
  return group_label(ctx, group, field, field);
}

// An editor's reading of a deadline, in the words the task page uses for the
// current one: "Hạn: 30/06/2026", "Bắt đầu: 15/03/2026", "Trong khoảng: 01/04/2026 – 30/11/2026",
// "Định kỳ: 10/03/2026, 10/06/2026", or the kind's name when it carries no date.
std::string override_reading(const ViewContext& ctx, const std::string& value) {
  auto d = history::override_deadline(value);
  if (!d) return group_label(ctx, "kind", "unknown", "?");
  std::string kind = std::string(deadline_kind_name(d->kind));
  std::string kind_label = group_label(ctx, "kind", kind, kind);
  std::string out;
  if (d->kind == DeadlineKind::Range && d->start && d->due)
    out = kind_label + ": " + d->start->vietnamese() + " – " + d->due->vietnamese();
  else if (d->kind == DeadlineKind::From && d->start)
    out = label(ctx.strings, "from_date") + ": " + d->start->vietnamese();
  else if (d->kind == DeadlineKind::Recurring && !d->occurrences.empty()) {
    out = kind_label + ":";
    for (size_t i = 0; i < d->occurrences.size(); ++i)
      out += (i ? ", " : " ") + d->occurrences[i].vietnamese();
  } else if (d->due)
    out = label(ctx.strings, "deadline_due") + ": " + d->due->vietnamese();
  else
    out = kind_label;
  if (!d->note.empty()) out += " (" + d->note + ")";
  return out;
}

// ISO days at the start of each line ("2026-06-26: …", as updates are
// recorded) shown the Vietnamese way, dd/mm/yyyy.
std::string vietnamese_line_dates(const std::string& text) {
  std::string out;
  bool first = true;
  for (std::string& line : split_lines(text)) {
    if (auto d = CivilDate::parse_iso(line.substr(0, 10)); d && line.size() > 10 && line[10] == ':')
      line = d->vietnamese() + line.substr(10);
    out += (first ? "" : "\n") + line;
    first = false;
  }
  return out;
}

// Status keys become their labels (a value no version of the data model
// knows is marked, not shown as a key), a deadline reading is put in words,
// dates dd/mm/yyyy; the rest as recorded.
std::string field_value(const ViewContext& ctx, const std::string& field, const std::string& value) {
  if (value.empty()) return "—";
  if (field == "trang_thai") {
    if (!reported_status_from_key(value)) return label(ctx.strings, "invalid_value") + ": \"" + value + "\"";
    return group_label(ctx, "status", value, value);
  }
  if (field == "tien_do") return value + "%";
  if (field == "cap_nhat") return vietnamese_line_dates(value);
  if (field == "cach_hieu_thoi_han") return override_reading(ctx, value);
  if (field == "ngay_hoan_thanh")
    if (auto d = CivilDate::parse_iso(value)) return d->vietnamese();
  return value;
}

bool is_markdown_field(const std::string& field) {
  return field == "noi_dung" || field == "thoi_han" || field == "san_pham";
}

// A value as HTML: the Markdown fields (text, deadline, products) rendered as the task table renders
// them, so "*(…)*" is italic, not asterisks; the rest escaped.
std::string field_html(const ViewContext& ctx, const std::string& field, const std::string& value) {
  if (!value.empty() && is_markdown_field(field))
    if (const std::string* html = ctx.markdown.find_inline(value)) return *html;
  return html_escape(field_value(ctx, field, value));
}

// A value as plain text, read from the HTML the pages show: the feeds say what the pages say,
// without Markdown's marks.
std::string field_text(const ViewContext& ctx, const std::string& field, const std::string& value) {
  if (!value.empty() && is_markdown_field(field)) return html_to_text(field_html(ctx, field, value));
  return field_value(ctx, field, value);
}

// A deadline text from the history (slippage), as HTML.
std::string deadline_html(const ViewContext& ctx, const std::string& text) { return field_html(ctx, "thoi_han", text); }

json commit_view(const ViewContext& ctx, size_t index) {
  const CommitInfo& c = ctx.history->history().commits.at(index);
  json v = {{"date", commit_local_date(c).vietnamese()},
            {"iso", commit_local_date(c).iso()},
            {"author", c.author},
            {"summary", c.summary},
            {"reason", c.reason},
            {"body", commit_body(c)},
            {"minor", ctx.history->is_minor(index)},
            {"commit", short_commit_id(c.id)},
            {"commit_href", nullptr}};
  // A plan's first appearance is told in the portal's words with its true date: the commit's own
  // message was written for the repository, not for citizens.
  if (ctx.arrivals)
    if (auto it = ctx.arrivals->find(index); it != ctx.arrivals->end()) {
      v["summary"] = label(ctx.strings, "plan_arrived");
      v["reason"] = "";
      v["body"] = "";
      v["arrived"] = json::array();
      for (const auto& [arrived_commune, p] : it->second) v["arrived"].push_back(p->title);
    }
  // The pattern names the portal's repository; a commit read from a
  // commune's own repository (lich_su_rieng) is not in it.
  if (std::string url = commit_link(ctx.portal.config, c.id); !url.empty() && c.repository.empty())
    v["commit_href"] = url;
  return v;
}

json change_view(const ViewContext& ctx, const TaskChange& change) {
  json v = commit_view(ctx, change.commit);
  v["kind"] = std::string(change_kind_key(change.kind));
  v["kind_label"] = ctx.strings["change_kind"].value(std::string(change_kind_key(change.kind)), "");
  v["fields"] = json::array();
  for (const auto& f : change.fields)
    v["fields"].push_back({{"label", field_label(ctx, f.field)},
                           {"before_html", field_html(ctx, f.field, f.before)},
                           {"after_html", field_html(ctx, f.field, f.after)},
                           {"added", change.kind == ChangeKind::Added}});
  return v;
}

// A change of the plan's text: changed front matter fields and the body's
// line diff, each line classed for the stylesheet (added, removed, context).
json narrative_change_view(const ViewContext& ctx, const NarrativeChange& change) {
  json v = commit_view(ctx, change.commit);
  v["narrative"] = true;
  v["kind_label"] = label(ctx.strings, "narrative_changed");
  v["fields"] = json::array();
  for (const auto& f : change.front_matter)
    v["fields"].push_back({{"label", field_label(ctx, f.field, "plan_field")}, {"before_html", html_escape(f.before.empty() ? "—" : f.before)},
                           {"after_html", html_escape(f.after.empty() ? "—" : f.after)}, {"added", false}});
  v["diff_lines"] = json::array();
  for (const std::string& line : split_lines(change.diff)) {
    const char* cls = starts_with(line, "@@") ? "hunk" : starts_with(line, "+") ? "add"
                      : starts_with(line, "-") ? "del" : "ctx";
    v["diff_lines"].push_back({{"text", line}, {"cls", cls}});
  }
  v["diff_truncated"] = change.diff_truncated;
  return v;
}

}  // namespace

json commit_entry_view(const ViewContext& ctx, size_t index) { return commit_view(ctx, index); }

std::string commit_link(const SiteConfig& config, const std::string& commit_id) {
  if (config.commit_url.empty()) return "";
  std::string url = config.commit_url;
  auto at = url.find("{commit}");
  if (at != std::string::npos) url.replace(at, 8, commit_id);
  // Only web links: a pattern is configuration, but never let it become script.
  if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0) return url;
  return "";
}

std::string field_change_text(const ViewContext& ctx, const FieldChange& change, bool added, bool plan_field) {
  if (plan_field) {
    auto shown = [](const std::string& v) { return v.empty() ? std::string("—") : v; };
    return field_label(ctx, change.field, "plan_field") + ": " + shown(change.before) + " → " + shown(change.after);
  }
  std::string text = field_label(ctx, change.field) + ": ";
  if (added) return text + field_text(ctx, change.field, change.after);
  return text + field_text(ctx, change.field, change.before) + " → " + field_text(ctx, change.field, change.after);
}

std::string history_warning(const ViewContext& ctx) {
  return ctx.history ? ctx.history->history().warning : std::string();
}

json task_history_view(const ViewContext& ctx, const Commune& c, const Plan& p, const Task& t) {
  json v = {{"timeline", json::array()}, {"slippage", nullptr}, {"last_change", nullptr}};
  if (!ctx.history) return v;
  auto changes = ctx.history->for_task(c.id, p.id, t.id);
  for (auto it = changes.rbegin(); it != changes.rend(); ++it) v["timeline"].push_back(change_view(ctx, **it));
  if (!changes.empty()) v["last_change"] = v["timeline"][0]["date"];
  Slippage s = ctx.history->slippage(c.id, p.id, t.id, p.period);
  if (!s.moves.empty()) {
    json moves = json::array();
    for (const auto& m : s.moves) {
      json mv = commit_view(ctx, m.commit);
      mv["from_html"] = deadline_html(ctx, m.from_text);
      mv["to_html"] = deadline_html(ctx, m.to_text);
      mv["days"] = m.from_due && m.to_due ? json(std::to_string(m.days)) : json(nullptr);
      moves.push_back(mv);
    }
    v["slippage"] = {{"count", std::to_string(s.moves.size())},
                     {"first_html", deadline_html(ctx, s.first_text)},
                     {"current_html", deadline_html(ctx, t.deadline.text)},
                     {"total_days", std::to_string(s.total_days)},
                     {"postponed", std::to_string(s.postponed)},
                     {"advanced", std::to_string(s.advanced)},
                     {"moves", moves}};
  }
  return v;
}

json plan_history_view(const ViewContext& ctx, const Commune& c, const Plan& p, const std::string& root, size_t limit,
                       size_t item_limit) {
  json v = {{"changes", json::array()}, {"last_change", nullptr}, {"moved_deadlines", "0"}};
  if (!ctx.history) return v;
  auto changes = ctx.history->task_changes_for_plan(c.id, p.id);
  auto narrative = ctx.history->narrative_for_plan(c.id, p.id);
  // One entry per commit, newest first, listing what it changed: the
  // narrative first, then tasks in file order. (One entry per task change let
  // an import of 30 tasks fill the whole changelog.) Only the commits shown
  // are turned into views (a plan edited weekly for years has thousands).
  struct Entry {
    size_t commit;
    const NarrativeChange* narrative;
    const TaskChange* task;
  };
  std::vector<Entry> entries;
  entries.reserve(narrative.size() + changes.size());
  for (const NarrativeChange* nc : narrative) entries.push_back({nc->commit, nc, nullptr});
  for (const TaskChange* tc : changes) entries.push_back({tc->commit, nullptr, tc});
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.commit > b.commit; });
  std::map<std::string, const Task*> tasks;
  for (const auto& t : p.tasks) tasks.emplace(t.id, &t);
  for (size_t i = 0; i < entries.size() && v["changes"].size() < limit;) {
    size_t end = i;
    while (end < entries.size() && entries[end].commit == entries[i].commit) ++end;
    json commit = commit_view(ctx, entries[i].commit);
    commit["items"] = json::array();
    for (size_t k = i; k < end && (item_limit == 0 || k - i < item_limit); ++k) {
      const Entry& e = entries[k];
      if (e.narrative) {
        commit["items"].push_back(narrative_change_view(ctx, *e.narrative));
        continue;
      }
      json ch = change_view(ctx, *e.task);
      ch["task"] = e.task->task_id;
      if (auto t = tasks.find(e.task->task_id); t != tasks.end()) {
        ch["task_number"] = task_display_number(p, *t->second);
        ch["task_href"] = root + paths::task(c.id, p.id, t->first);
      }
      commit["items"].push_back(std::move(ch));
    }
    size_t hidden = end - i - commit["items"].size();
    commit["more_items"] = hidden ? json(fill(label(ctx.strings, "more_commit_changes"), static_cast<long>(hidden))) : json(nullptr);
    v["changes"].push_back(std::move(commit));
    i = end;
  }
  size_t last = 0;
  bool any = false;
  for (const TaskChange* tc : changes) last = std::max(last, tc->commit), any = true;
  for (const NarrativeChange* nc : narrative) last = std::max(last, nc->commit), any = true;
  if (any) v["last_change"] = commit_local_date(ctx.history->history().commits.at(last)).vietnamese();
  v["moved_deadlines"] = std::to_string(moved_deadline_count(ctx, c, p));
  return v;
}

size_t moved_deadline_count(const ViewContext& ctx, const Commune& c, const Plan& p) {
  if (!ctx.history) return 0;
  size_t moved = 0;
  for (const auto& t : p.tasks) moved += !ctx.history->slippage(c.id, p.id, t.id, p.period).moves.empty();
  return moved;
}

void name_arrivals(json& entry) {
  if (!entry.contains("arrived")) return;
  std::string titles;
  for (const auto& t : entry["arrived"]) titles += (titles.empty() ? "" : "; ") + t.get<std::string>();
  entry["summary"] = entry["summary"].get<std::string>() + ": " + titles;
}

json recent_changes_view(const ViewContext& ctx, const Commune* c, const std::string& root) {
  json list = json::array();
  if (!ctx.history) return list;
  (void)root;
  constexpr size_t kRecent = 10;
  if (c) {
    for (size_t index : ctx.history->recent_commits(c->id, kRecent)) {
      json entry = commit_view(ctx, index);
      // One commit can bring several communes' plans (a first import): a commune's page names its own.
      if (entry.contains("arrived")) {
        entry["arrived"] = json::array();
        for (const auto& [commune, plan] : ctx.arrivals->at(index))
          if (commune == c) entry["arrived"].push_back(plan->title);
      }
      name_arrivals(entry);
      list.push_back(std::move(entry));
    }
    return list;
  }
  // Portal-wide: each entry names the communes it changed, and a fictional commune's change says so.
  std::map<size_t, std::vector<const Commune*>, std::greater<>> where;
  for (const auto& commune : ctx.portal.communes)
    for (size_t index : ctx.history->recent_commits(commune.id, kRecent)) where[index].push_back(&commune);
  for (const auto& [index, communes] : where) {
    if (list.size() == kRecent) break;
    json entry = commit_view(ctx, index);
    name_arrivals(entry);
    std::string names;
    bool illustrative = false;
    for (const Commune* commune : communes) {
      names += (names.empty() ? "" : ", ") + commune->name;
      illustrative = illustrative || commune->illustrative;
    }
    entry["where"] = names;
    entry["illustrative_entry"] = illustrative;
    list.push_back(std::move(entry));
  }
  return list;
}

}  // namespace ck
