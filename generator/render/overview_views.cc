#include "render/overview_views.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <tuple>

#include "render/charts.h"
#include "render/history_views.h"
#include "render/page_paths.h"

namespace ck {

using nlohmann::json;

namespace paths {
std::string agencies(const std::string& c) { return c + "/co-quan/index.html"; }
std::string agency(const std::string& c, const std::string& a) { return c + "/co-quan/" + a + "/index.html"; }
std::string overdue(const std::string& c) { return c.empty() ? "qua-han/index.html" : c + "/qua-han/index.html"; }
std::string due_soon(const std::string& c) { return c.empty() ? "sap-den-han/index.html" : c + "/sap-den-han/index.html"; }
std::string indicators(const std::string& c) { return c + "/chi-tieu/index.html"; }
std::string plan_by_deadline(const std::string& c, const std::string& p) { return c + "/" + p + "/theo-han/index.html"; }
std::string plan_status(const std::string& c, const std::string& p, std::string_view key) {
  return c + "/" + p + "/trang-thai/" + std::string(key) + "/index.html";
}
std::string plan_changes(const std::string& c, const std::string& p) { return c + "/" + p + "/nhat-ky/index.html"; }
std::string plan_text(const std::string& c, const std::string& p) { return c + "/" + p + "/toan-van/index.html"; }
}  // namespace paths

namespace {

std::string label(const ViewContext& ctx, const std::string& key) { return ck::label(ctx.strings, key); }

// Only tasks are counted, charted or listed (model/task_kind.h): not heading rows, not empty ones.
bool is_listed(const ViewContext& ctx, const Task& t) { return ctx.status.at(&t).row == RowKind::Task; }

// A task row that also says which plan (and commune) it belongs to.
json located_row(const ViewContext& ctx, const Commune& c, const Plan& p, const Task& t, const std::string& root) {
  json row = task_row(ctx, c, p, t, root);
  row["plan_title"] = p.title;
  row["plan_href"] = root + paths::plan(c.id, p.id);
  row["commune_name"] = c.name;
  row["illustrative_row"] = c.illustrative;  // lists across communes say which rows are fictional
  // Out of its table a sub-row's text ("- Thành phố") says little: its parent's text goes before it.
  row["parent_text_html"] = nullptr;
  // The parent comes before its sub-rows: look back from the row (a list of 10,000 rows must not scan the plan each time).
  if (!t.parent_id.empty())
    for (size_t i = static_cast<size_t>(&t - p.tasks.data()); i-- > 0;)
      if (p.tasks[i].id == t.parent_id) {
        row["parent_text_html"] = ctx.facts.at(&p.tasks[i]).text_html;
        break;
      }
  return row;
}

// Chart wording: vi.json "chart".
std::string chart_label(const ViewContext& ctx, const std::string& key) {
  auto it = ctx.strings.find("chart");
  return it != ctx.strings.end() ? ck::label(*it, key) : key;
}

// Status groups for charts: fewer colours than statuses, each with a legend
// (labels: vi.json "chart" "group_<key>").
const std::array<const char*, 7> kGroups{"xong", "dang", "sap", "tre", "chua", "khong", "khac"};

size_t group_of(TaskStatus s) {
  switch (s) {
    case TaskStatus::Done:
    case TaskStatus::DoneOnTime:
    case TaskStatus::DoneLate: return 0;
    case TaskStatus::InProgress:
    case TaskStatus::Continuous:
    case TaskStatus::External: return 1;
    case TaskStatus::DueSoon: return 2;
    case TaskStatus::Overdue: return 3;
    case TaskStatus::NotStarted: return 4;
    case TaskStatus::NoReport: return 5;
    case TaskStatus::Cancelled:
    case TaskStatus::Adjusted: return 6;
  }
  return 5;
}

charts::BarRow bar_row(const ViewContext& ctx, const std::string& row_label, const std::vector<const Task*>& tasks) {
  charts::BarRow row{row_label, {}};
  std::array<int, kGroups.size()> n{};
  for (const Task* t : tasks) ++n[group_of(ctx.status.at(t).status)];
  for (size_t g = 0; g < kGroups.size(); ++g)
    row.segments.push_back({kGroups[g], chart_label(ctx, std::string("group_") + kGroups[g]), n[g]});
  return row;
}

// The chart and, beside it, the same numbers as a table.
json bars_block(const ViewContext& ctx, const std::string& id, const std::string& title, const std::vector<charts::BarRow>& rows) {
  json block;
  block["title"] = title;
  block["svg"] = charts::stacked_bars(id, title, chart_label(ctx, "bars_desc"), rows);
  // Legend and table name only the groups that occur: a plan nobody reported on has one colour, one column.
  std::array<bool, kGroups.size()> used{};
  for (const auto& r : rows)
    for (size_t g = 0; g < r.segments.size(); ++g) used[g] = used[g] || r.segments[g].count > 0;
  block["legend"] = json::array();
  for (size_t g = 0; g < kGroups.size(); ++g)
    if (used[g]) block["legend"].push_back({{"key", kGroups[g]}, {"label", chart_label(ctx, std::string("group_") + kGroups[g])}});
  block["columns"] = block["legend"];
  block["rows"] = json::array();
  for (const auto& r : rows) {
    json cells = json::array();
    for (size_t g = 0; g < r.segments.size(); ++g)
      if (used[g]) cells.push_back(std::to_string(r.segments[g].count));
    block["rows"].push_back({{"label", r.label}, {"cells", cells}});
  }
  return block;
}

void add_due_days(const Task& t, int year, std::vector<std::pair<CivilDate, const Task*>>& out) {
  if (t.deadline.kind == DeadlineKind::Recurring) {
    for (const auto& d : t.deadline.occurrences)
      if (d.year == year) out.push_back({d, &t});
  } else if (t.deadline.due && t.deadline.due->year == year &&
             (t.deadline.kind == DeadlineKind::Date || t.deadline.kind == DeadlineKind::Range)) {
    out.push_back({*t.deadline.due, &t});
  }
}

json timeline_block(const ViewContext& ctx, const std::string& id, int year, const std::vector<const Task*>& tasks,
                     const std::function<std::string(const Task*)>& name_of) {
  std::vector<std::pair<CivilDate, const Task*>> due;
  for (const Task* t : tasks) add_due_days(*t, year, due);
  std::vector<charts::MonthCount> months(12);
  json table = json::array();
  for (int m = 1; m <= 12; ++m) table.push_back({{"month", fill(chart_label(ctx, "month"), m)}, {"tasks", json::array()}});
  for (const auto& [day, t] : due) {
    bool late = ctx.status.at(t).status == TaskStatus::Overdue;
    auto& mc = months[static_cast<size_t>(day.month - 1)];
    ++mc.due;
    if (late) ++mc.marked;
    table[static_cast<size_t>(day.month - 1)]["tasks"].push_back(name_of(t) + " (" + day.vietnamese() + (late ? chart_label(ctx, "overdue_mark") : "") + ")");
  }
  json block;
  std::string title = fill(chart_label(ctx, "deadlines_in"), year);
  block["title"] = title;
  block["svg"] = charts::year_timeline(id, title, chart_label(ctx, "deadlines_desc"), year, months,
                                       ctx.today.year == year ? ctx.today.month : 0);
  json rows = json::array();
  for (auto& r : table) {
    if (r["tasks"].empty()) continue;
    std::string text;  // "Nhiệm vụ 2 (09/06/2026); Nhiệm vụ 8 (30/06/2026)": separated, not run together
    for (const auto& t : r["tasks"]) text += (text.empty() ? "" : "; ") + t.get<std::string>();
    r["tasks_text"] = text;
    rows.push_back(r);
  }
  block["months"] = rows;
  return block;
}

}  // namespace

json plan_charts(const ViewContext& ctx, const Plan& p) {
  std::vector<charts::BarRow> rows;
  for (const auto& s : p.sections) {
    std::vector<const Task*> tasks;
    for (const auto& t : p.tasks)
      if (t.section_id == s.id && is_listed(ctx, t)) tasks.push_back(&t);
    if (!tasks.empty()) rows.push_back(bar_row(ctx, s.number + ". " + s.title, tasks));
  }
  std::vector<const Task*> all;
  for (const auto& t : p.tasks)
    if (is_listed(ctx, t)) all.push_back(&t);
  json charts;
  charts["sections"] = rows.empty() ? json(nullptr) : bars_block(ctx, "bieu-do-phan", chart_label(ctx, "by_section"), rows);
  charts["timeline"] = all.empty() ? json(nullptr)
                                   : timeline_block(ctx, "bieu-do-han", p.period.first_year, all,
                                                    [&](const Task* t) { return label(ctx, "task") + " " + task_display_number(p, *t); });
  return charts;
}

json commune_charts(const ViewContext& ctx, const Commune& c) {
  std::vector<charts::BarRow> rows;
  for (const auto& p : c.plans) {
    std::vector<const Task*> tasks;
    for (const auto& t : p.tasks)
      if (is_listed(ctx, t)) tasks.push_back(&t);
    if (!tasks.empty()) rows.push_back(bar_row(ctx, p.title, tasks));
  }
  json charts;
  charts["plans"] = rows.empty() ? json(nullptr) : bars_block(ctx, "bieu-do-ke-hoach", chart_label(ctx, "by_plan"), rows);
  return charts;
}

json agencies_view(const ViewContext& ctx, const Commune& c, const AgencyIndex& index) {
  json v = page_base(ctx, paths::agencies(c.id), label(ctx, "agencies") + " — " + c.name);
  std::string root = v["root"];
  add_crumb(v, label(ctx, "home"), root + paths::home());
  add_crumb(v, c.name, root + paths::commune(c.id));
  add_crumb(v, label(ctx, "agencies"), "");
  v["illustrative"] = c.illustrative;
  v["heading"] = label(ctx, "agencies") + " — " + c.name;
  v["agencies"] = json::array();
  for (const auto& a : index.agencies())
    v["agencies"].push_back({{"name", a.agency.name},
                             {"href", root + paths::agency(c.id, a.agency.id)},
                             {"leads", std::to_string(a.leads.size())},
                             {"supports", std::to_string(a.supports.size())}});
  return v;
}

json agency_view(const ViewContext& ctx, const Commune& c, const AgencyTasks& a) {
  json v = page_base(ctx, paths::agency(c.id, a.agency.id), a.agency.name + " — " + c.name);
  std::string root = v["root"];
  add_crumb(v, label(ctx, "home"), root + paths::home());
  add_crumb(v, c.name, root + paths::commune(c.id));
  add_crumb(v, label(ctx, "agencies"), root + paths::agencies(c.id));
  add_crumb(v, a.agency.name, "");
  v["illustrative"] = c.illustrative;
  v["agency"] = {{"name", a.agency.name}, {"aliases", a.agency.aliases}};
  StatusCounts counts;
  auto rows = [&](const std::vector<const Task*>& tasks, bool count) {
    json list = json::array();
    for (const Task* t : tasks) {
      list.push_back(located_row(ctx, c, *a.plan_of.at(t), *t, root));
      if (count) counts.add(ctx.status.at(t));
    }
    return list;
  };
  v["leads"] = rows(a.leads, true);
  v["supports"] = rows(a.supports, false);
  v["leads_table"] = {{"rows", v["leads"]}};
  v["supports_table"] = {{"rows", v["supports"]}};
  v["counts"] = counts_view(counts, ctx.strings);
  set_description(v, a.agency.name + " — " + c.name + ". " + label(ctx, "lead_tasks") + ": " +
                         std::to_string(a.leads.size()) + " · " + label(ctx, "support_tasks") + ": " +
                         std::to_string(a.supports.size()) + ".");
  return v;
}

namespace {

using TaskTest = std::function<bool(const Task&, const StatusInfo&)>;
using FoundTask = std::tuple<CivilDate, const Commune*, const Plan*, const Task*>;

// Tasks across a commune (or every commune) that pass `keep`, soonest due first.
std::vector<FoundTask> find_tasks(const ViewContext& ctx, const Commune* only, const TaskTest& keep) {
  std::vector<FoundTask> found;
  for (const auto& c : ctx.portal.communes) {
    if (only && &c != only) continue;
    for (const auto& p : c.plans)
      for (const auto& t : p.tasks) {
        const StatusInfo& info = ctx.status.at(&t);
        if (info.row == RowKind::Task && keep(t, info)) found.push_back({info.next_due.value_or(CivilDate{}), &c, &p, &t});
      }
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return std::get<0>(a) < std::get<0>(b); });
  return found;
}

json rows_of(const ViewContext& ctx, const std::vector<FoundTask>& found, bool show_commune, const std::string& root) {
  json rows = json::array();
  for (const auto& [day, c, p, t] : found) {
    rows.push_back(located_row(ctx, *c, *p, *t, root));
    rows.back()["show_commune"] = show_commune;
  }
  return rows;
}

json list_base(const ViewContext& ctx, const Commune* c, const std::string& path, const std::string& title) {
  json v = page_base(ctx, path, title + (c ? " — " + c->name : ""));
  std::string root = v["root"];
  add_crumb(v, label(ctx, "home"), root + paths::home());
  if (c) add_crumb(v, c->name, root + paths::commune(c->id));
  add_crumb(v, title, "");
  v["heading"] = title + (c ? " — " + c->name : "");
  v["illustrative"] = c && c->illustrative;
  return v;
}

// Beyond this many rows a list across every commune is too heavy for a phone (a
// row is about 1 KB of HTML: 3,465 overdue rows at 10,000 tasks made a 3.8 MB
// page); it then counts each commune's rows and links to that commune's list.
constexpr size_t kPortalListRows = 200;

// Each commune with rows in either list: its counts and a link to its own list.
json commune_counts(const ViewContext& ctx, const std::vector<FoundTask>& first, const std::vector<FoundTask>& second,
                    const std::function<std::string(const std::string&)>& list_path, const std::string& root) {
  std::map<const Commune*, std::pair<size_t, size_t>> counts;
  for (const auto& found : first) ++counts[std::get<1>(found)].first;
  for (const auto& found : second) ++counts[std::get<1>(found)].second;
  json rows = json::array();
  for (const auto& c : ctx.portal.communes)  // in the portal's order, as the home page lists them
    if (auto it = counts.find(&c); it != counts.end())
      rows.push_back({{"name", c.name},
                      {"href", root + list_path(c.id)},
                      {"illustrative", c.illustrative},
                      {"first", it->second.first},
                      {"second", it->second.second}});
  return rows;
}

// An overdue or due-soon page: two lists of tasks (status reported, none
// reported), for one commune or, counted per commune when long, for all.
struct TaskListPage {
  std::function<std::string(const std::string&)> path;  // of a commune's list ("" for the portal's)
  std::string title, intro, second_heading, second_intro;
  TaskTest first, second;
};

json task_list_view(const ViewContext& ctx, const Commune* c, const TaskListPage& page) {
  json v = list_base(ctx, c, page.path(c ? c->id : ""), page.title);
  std::string root = v["root"];
  v["intro"] = page.intro;
  v["second_heading"] = page.second_heading;
  v["second_intro"] = page.second_intro;
  std::vector<FoundTask> first = find_tasks(ctx, c, page.first), second = find_tasks(ctx, c, page.second);
  v["by_commune"] = !c && first.size() + second.size() > kPortalListRows;
  if (v["by_commune"]) {
    v["commune_counts"] = commune_counts(ctx, first, second, page.path, root);
    v["counts_intro"] = fill(fill_text(label(ctx, "list_by_commune_intro"), std::to_string(first.size() + second.size())),
                             static_cast<long>(kPortalListRows));
    v["first_heading"] = page.title;
    v["first_count"] = first.size();
    v["second_count"] = second.size();
    return v;
  }
  json rows = rows_of(ctx, first, c == nullptr, root), second_rows = rows_of(ctx, second, c == nullptr, root);
  v["tasks_table"] = {{"rows", std::move(rows)}};
  v["second_table"] = {{"rows", std::move(second_rows)}};
  return v;
}

}  // namespace

json overdue_view(const ViewContext& ctx, const Commune* c) {
  return task_list_view(ctx, c,
                        {paths::overdue, label(ctx, "overdue_title"), label(ctx, "overdue_intro"),
                         label(ctx, "passed_no_report_title"), label(ctx, "passed_no_report_intro"),
                         [](const Task&, const StatusInfo& i) { return i.status == TaskStatus::Overdue; },
                         [](const Task&, const StatusInfo& i) { return i.status == TaskStatus::NoReport && i.deadline_passed; }});
}

json due_soon_view(const ViewContext& ctx, const Commune* c) {
  int window = ctx.portal.config.due_soon_days;
  return task_list_view(ctx, c,
                        {paths::due_soon, label(ctx, "due_soon_title"), fill(label(ctx, "due_soon_intro"), window),
                         label(ctx, "due_soon_no_report_title"), label(ctx, "due_soon_no_report_intro"),
                         [](const Task&, const StatusInfo& i) { return i.status == TaskStatus::DueSoon; },
                         [window](const Task&, const StatusInfo& i) {
                           return i.status == TaskStatus::NoReport && i.days_left && *i.days_left >= 0 && *i.days_left <= window;
                         }});
}

std::vector<TaskStatus> statuses_in(const ViewContext& ctx, const Plan& p) {
  std::vector<TaskStatus> found;
  for (const auto& t : p.tasks) {
    if (!is_listed(ctx, t)) continue;
    TaskStatus s = ctx.status.at(&t).status;
    if (std::find(found.begin(), found.end(), s) == found.end()) found.push_back(s);
  }
  std::sort(found.begin(), found.end());
  return found;
}

namespace {

json plan_list_base(const ViewContext& ctx, const Commune& c, const Plan& p, const std::string& path, const std::string& title) {
  json v = page_base(ctx, path, title + " — " + p.title);
  std::string root = v["root"];
  add_crumb(v, label(ctx, "home"), root + paths::home());
  add_crumb(v, c.name, root + paths::commune(c.id));
  add_crumb(v, p.title, root + paths::plan(c.id, p.id));
  add_crumb(v, title, "");
  v["heading"] = title;
  v["plan_title"] = p.title;
  v["plan_href"] = root + paths::plan(c.id, p.id);
  v["single_plan"] = true;  // the task table leaves out the plan column: every row is this plan's
  v["illustrative"] = c.illustrative;
  v["scan"] = p.transcribed_from_scan;
  return v;
}

}  // namespace

json plan_by_deadline_view(const ViewContext& ctx, const Commune& c, const Plan& p) {
  json v = plan_list_base(ctx, c, p, paths::plan_by_deadline(c.id, p.id), label(ctx, "sorted_by_deadline"));
  std::string root = v["root"];
  std::vector<const Task*> tasks;
  for (const auto& t : p.tasks)
    if (is_listed(ctx, t)) tasks.push_back(&t);
  // Tasks with a due day first, soonest first; the rest keep plan order.
  std::stable_sort(tasks.begin(), tasks.end(), [&](const Task* a, const Task* b) {
    auto da = ctx.status.at(a).next_due, db = ctx.status.at(b).next_due;
    if (da.has_value() != db.has_value()) return da.has_value();
    return da && *da < *db;
  });
  json rows = json::array();
  for (const Task* t : tasks) rows.push_back(located_row(ctx, c, p, *t, root));
  v["table"] = {{"rows", rows}};
  return v;
}

json plan_status_view(const ViewContext& ctx, const Commune& c, const Plan& p, TaskStatus status) {
  std::string key(task_status_key(status));
  std::string status_label = ctx.strings["status"].value(key, key);
  json v = plan_list_base(ctx, c, p, paths::plan_status(c.id, p.id, key), label(ctx, "col_status") + ": " + status_label);
  std::string root = v["root"];
  json rows = json::array();
  for (const auto& t : p.tasks)
    if (is_listed(ctx, t) && ctx.status.at(&t).status == status) rows.push_back(located_row(ctx, c, p, t, root));
  v["table"] = {{"rows", rows}};
  return v;
}

json plan_changes_view(const ViewContext& ctx, const Commune& c, const Plan& p) {
  json v = plan_list_base(ctx, c, p, paths::plan_changes(c.id, p.id), label(ctx, "plan_changelog"));
  v["history"] = plan_history_view(ctx, c, p, v["root"].get<std::string>());
  return v;
}

json plan_page_history(const ViewContext& ctx, const Commune& c, const Plan& p, const std::string& root) {
  // Few enough to keep a 40-task plan page under its weight budget (tests/browser/weight.test.mjs).
  constexpr size_t kLatestCommits = 3, kChangesPerCommit = 5;
  json history = plan_history_view(ctx, c, p, root, kLatestCommits, kChangesPerCommit);
  history["all_href"] = root + paths::plan_changes(c.id, p.id);  // always: every page is reachable by a link
  return history;
}

json plan_filters(const ViewContext& ctx, const Commune& c, const Plan& p, const std::string& root) {
  json f;
  f["by_deadline_href"] = root + paths::plan_by_deadline(c.id, p.id);
  f["statuses"] = json::array();
  for (TaskStatus s : statuses_in(ctx, p)) {
    std::string key(task_status_key(s));
    int n = 0;
    for (const auto& t : p.tasks) n += is_listed(ctx, t) && ctx.status.at(&t).status == s;
    f["statuses"].push_back({{"key", key}, {"label", ctx.strings["status"].value(key, key)}, {"n", std::to_string(n)},
                             {"href", root + paths::plan_status(c.id, p.id, key)}});
  }
  f["sections"] = json::array();
  for (const auto& s : p.sections) f["sections"].push_back({{"id", s.id}, {"label", s.number + ". " + s.title}});
  std::map<std::string, std::string> leads;  // id -> name, sorted by id for stable output
  const AgencyIndex& agencies = ctx.agencies.at(c.id);
  for (const auto& t : p.tasks)
    for (const auto& name : t.lead)
      if (std::string id = agencies.id_for(name); !id.empty() && is_listed(ctx, t)) leads.emplace(id, name);
  f["agencies"] = json::array();
  // Without JavaScript, an agency's page is the "filter by lead agency".
  for (const auto& [id, name] : leads)
    f["agencies"].push_back({{"id", id}, {"name", name}, {"href", root + paths::agency(c.id, id)}});
  f["agency_count"] = std::to_string(leads.size());
  return f;
}

json indicators_view(const ViewContext& ctx, const Commune& c) {
  json v = list_base(ctx, &c, paths::indicators(c.id), label(ctx, "indicators"));
  std::string root = v["root"];
  v["plans"] = json::array();
  int n = 0;
  for (const auto& p : c.plans) {
    if (p.indicators.empty()) continue;
    json plan = {{"title", p.title}, {"href", root + paths::plan(c.id, p.id)}, {"indicators", json::array()}};
    for (const auto& ind : p.indicators) {
      json i = indicator_view(ind);
      if (!ind.measurements.empty()) {
        std::vector<charts::Point> points;
        for (const auto& m : ind.measurements) points.push_back({m.date.vietnamese(), m.value});
        i["svg"] = charts::measure_line("chi-tieu-" + std::to_string(++n), ind.text,
                                        chart_label(ctx, "measure_desc"),
                                        ind.target, points, ind.unit == "%" ? "%" : "");
      }
      plan["indicators"].push_back(i);
    }
    v["plans"].push_back(plan);
  }
  return v;
}

}  // namespace ck
