#include "render/views.h"

#include <algorithm>

#include <cmath>
#include <cstdio>

#include "history/history_index.h"
#include "markdown/markdown.h"
#include "model/task_kind.h"
#include "render/history_views.h"
#include "render/hosting_forms.h"
#include "render/notice_view.h"
#include "render/overview_views.h"
#include "render/page_commit.h"
#include "render/page_paths.h"
#include "util/slug.h"
#include "util/text.h"

namespace ck {

using nlohmann::json;

std::string label(const json& strings, const std::string& key) {
  auto it = strings.find(key);
  return it != strings.end() && it->is_string() ? it->get<std::string>() : key;
}

namespace {

std::string nested_label(const json& strings, const std::string& group, std::string_view key) {
  auto g = strings.find(group);
  if (g == strings.end() || !g->is_object()) return std::string(key);
  auto it = g->find(std::string(key));
  return it != g->end() && it->is_string() ? it->get<std::string>() : std::string(key);
}

// An icon beside each status so it is never conveyed by colour alone.
std::string status_icon(TaskStatus s) {
  switch (s) {
    case TaskStatus::NoReport: return "?";
    case TaskStatus::NotStarted: return "○";
    case TaskStatus::InProgress: return "◐";
    case TaskStatus::DueSoon: return "◷";
    case TaskStatus::Overdue: return "!";
    case TaskStatus::Done:
    case TaskStatus::DoneOnTime: return "✓";
    case TaskStatus::DoneLate: return "✓!";
    case TaskStatus::Continuous: return "↻";
    case TaskStatus::External: return "§";
    case TaskStatus::Cancelled: return "✗";
    case TaskStatus::Adjusted: return "±";
  }
  return "";
}

// The plan's source as a citizen reads it: a description ("Văn bản giấy đã ký")
// stays; a bare file name ("tien-lang-cchc-2026.txt") is the build's business,
// for logs and docs, not for the page.
std::string citizen_source(const std::string& source) {
  if (source.find(' ') != std::string::npos) return source;
  size_t dot = source.rfind('.');
  if (dot == std::string::npos || source.size() - dot > 5 || source.size() - dot < 3) return source;
  return "";
}

// "Chưa cập nhật" -> "chưa cập nhật" inside a sentence: only the first letter, and only the
// capitals a status label starts with (ASCII, or Vietnamese "Đ").
std::string to_lower_first(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  else if (s.starts_with("Đ")) s.replace(0, std::string("Đ").size(), "đ");
  return s;
}

// "0225 3883 456, 0912.345.678" -> "+842253883456"-style tel: target of the first number: digits
// and a leading "+" only, as the tel: scheme wants.
std::string first_phone_digits(const std::string& phone) {
  std::string out;
  for (char c : phone) {
    if (c == ',' || c == ';') break;
    if ((c >= '0' && c <= '9') || (c == '+' && out.empty())) out += c;
  }
  return out;
}

}  // namespace

namespace {

// The Atom feed of what a page shows: its plan's ("c/p/…"), its commune's
// ("c/…"), else the portal's.
std::string feed_of_page(const Portal& portal, const std::string& page_path) {
  size_t first = page_path.find('/');
  if (first == std::string::npos) return paths::feed();
  std::string commune = page_path.substr(0, first);
  if (!portal.find_commune(commune)) return paths::feed();
  size_t second = page_path.find('/', first + 1);
  if (second != std::string::npos) {
    std::string plan = page_path.substr(first + 1, second - first - 1);
    if (portal.find_plan(commune, plan)) return paths::feed(commune, plan);
  }
  return paths::feed(commune);
}

}  // namespace

void set_description(json& v, const std::string& text) {
  constexpr size_t kMax = 160;
  std::string flat = normalize_space(text);
  size_t points = 0, cut = std::string::npos, last_space = std::string::npos;
  for (size_t i = 0; i < flat.size(); ++i) {
    if ((static_cast<unsigned char>(flat[i]) & 0xC0) == 0x80) continue;  // inside a character
    if (points == kMax - 1) {  // room for "…"
      cut = i;
      break;
    }
    if (flat[i] == ' ') last_space = i;
    ++points;
  }
  if (cut != std::string::npos) {
    size_t end = last_space != std::string::npos && last_space > 0 ? last_space : cut;
    while (end > 0 && (flat[end - 1] == ',' || flat[end - 1] == ';' || flat[end - 1] == ':' || flat[end - 1] == ' ' ||
                       flat[end - 1] == '-' || flat[end - 1] == '.'))
      --end;
    flat = flat.substr(0, end) + "…";
  }
  v["description"] = flat;
}

namespace {

// A web address as people read it: "ten-xa.haiphong.gov.vn" for "https://ten-xa.haiphong.gov.vn/".
std::string web_address_text(std::string url) {
  for (const char* scheme : {"https://", "http://"})
    if (url.starts_with(scheme)) url.erase(0, std::string_view(scheme).size());
  if (url.ends_with('/')) url.pop_back();
  return url;
}

// Where citizens reach the commune a page belongs to (its path's first folder), for the footer.
json contact_of_page(const Portal& portal, const std::string& page_path) {
  size_t first = page_path.find('/');
  const Commune* c = first == std::string::npos ? nullptr : portal.find_commune(page_path.substr(0, first));
  if (!c) return nullptr;
  const CommuneContact& k = c->contact;
  if (k.address.empty() && k.phone.empty() && k.email.empty() && k.feedback_url.empty() && c->portal_url.empty())
    return nullptr;
  auto or_null = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
  return {{"name", c->name},
          {"illustrative", c->illustrative},
          {"address", or_null(k.address)},
          {"phone", or_null(k.phone)},
          {"phone_href", k.phone.empty() ? json(nullptr) : json("tel:" + first_phone_digits(k.phone))},
          {"email", or_null(k.email)},
          {"feedback_url", or_null(k.feedback_url)},
          {"portal_url", or_null(c->portal_url)},
          {"portal_text", or_null(web_address_text(c->portal_url))}};
}

}  // namespace

std::string counts_sentence(const StatusCounts& counts, const json& strings) {
  std::string out;
  for (const auto& c : counts_view(counts, strings))
    out += (out.empty() ? "" : ", ") + c["n"].get<std::string>() + " " + to_lower_first(c["label"].get<std::string>());
  return out;
}

std::string html_to_text(const std::string& html) {
  std::string out;
  for (size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '<') {
      size_t close = html.find('>', i);
      if (close == std::string::npos) break;
      // Inline markup goes without a trace ("<em>(x)</em>." reads "(x)."); any other tag parts words.
      std::string_view name = std::string_view(html).substr(i + 1, close - i - 1);
      if (!name.empty() && name.front() == '/') name.remove_prefix(1);
      name = name.substr(0, name.find_first_of(" /"));
      static constexpr std::string_view kInline[] = {"em", "strong", "a", "code", "del", "ins", "s", "span", "sub", "sup"};
      if (std::find(std::begin(kInline), std::end(kInline), name) == std::end(kInline)) out += ' ';
      i = close;
      continue;
    }
    if (html[i] == '&') {
      static const std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [entity, ch] : kEntities)
        if (std::string_view(html).substr(i, entity.size()) == entity) {
          out += ch;
          i += entity.size() - 1;
          done = true;
          break;
        }
      if (done) continue;
    }
    out += html[i];
  }
  return normalize_space(out);
}

json page_base(const ViewContext& ctx, const std::string& page_path, const std::string& title) {
  json v;
  v["root"] = paths::root_from(page_path);
  v["title"] = title;
  v["site"] = {{"title", ctx.portal.config.title}, {"description", ctx.portal.config.description}};
  // The UI strings ({{t.…}}) come from the template engine, not from each view.
  v["today"] = ctx.today.vietnamese();
  v["version"] = ctx.version;
  v["breadcrumbs"] = json::array();
  v["illustrative"] = false;
  v["scan"] = false;
  v["history_warning"] = history_warning(ctx);
  v["feed_href"] = v["root"].get<std::string>() + feed_of_page(ctx.portal, page_path);
  v["catalogue_href"] = v["root"].get<std::string>() + paths::data_catalogue();
  // base_url is only for absolute addresses like this one; links stay relative.
  v["canonical"] = paths::absolute(ctx.portal.config.base_url, page_path);
  // Every page says what it is; the views put the page's own content here (set_description).
  set_description(v, title + " — " + ctx.portal.config.title);
  v["guide_href"] = v["root"].get<std::string>() + paths::reading_guide();
  v["contact"] = contact_of_page(ctx.portal, page_path);
  // Provenance: the home page and the data catalogue name the build's source commit; every other
  // page names the last commit that changed its own data (render/page_commit.h), set by the renderer.
  v["source_commit"] = nullptr;
  v["data_commit"] = nullptr;
  const bool whole_build = page_path == paths::home() || page_path == paths::data_catalogue();
  if (whole_build && ctx.history && !ctx.history->history().head.empty())
    v["source_commit"] = commit_reference(ctx, ctx.history->history().head);
  return v;
}

void add_crumb(json& v, const std::string& text, const std::string& href) {
  json crumb = {{"label", text}};
  crumb["href"] = href.empty() ? json(nullptr) : json(href);
  v["breadcrumbs"].push_back(crumb);
}

StatusCounts count_tasks(const ViewContext& ctx, const Plan& plan) {
  StatusCounts counts;
  for (const auto& t : plan.tasks) counts.add(ctx.status.at(&t));
  return counts;
}

StatusCounts count_commune(const ViewContext& ctx, const Commune& c) {
  StatusCounts counts;
  for (const auto& p : c.plans)
    for (const auto& t : p.tasks) counts.add(ctx.status.at(&t));
  return counts;
}

namespace {

std::string format_number(double v) {
  char buf[32];
  if (std::floor(v) == v && std::fabs(v) < 1e15)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  for (auto& ch : s)
    if (ch == '.') ch = ',';  // Vietnamese decimal comma
  return s;
}

// "90 %" reads wrong in Vietnamese: the percent sign hugs the number.
std::string with_unit(const std::string& number, const std::string& unit) {
  if (unit.empty()) return number;
  return unit == "%" ? number + "%" : number + " " + unit;
}

std::string comparator_text(const std::string& c) {
  if (c == ">=") return "tối thiểu ";
  if (c == "<=") return "tối đa ";
  if (c == ">") return "trên ";
  if (c == "<") return "dưới ";
  return "";
}

}  // namespace

json indicator_view(const Indicator& ind) {
  json i = {{"id", ind.id}, {"text", ind.text}, {"latest", nullptr}, {"unit", ind.unit}};
  i["target"] = comparator_text(ind.comparator) + with_unit(format_number(ind.target), ind.unit);
  i["measurements"] = json::array();
  for (const auto& m : ind.measurements)
    i["measurements"].push_back({{"date", m.date.vietnamese()}, {"value", with_unit(format_number(m.value), ind.unit)}, {"note", m.note}});
  if (!ind.measurements.empty()) {
    const auto& m = ind.measurements.back();
    i["latest"] = with_unit(format_number(m.value), ind.unit) + " (" + m.date.vietnamese() + ")";
  }
  return i;
}

TaskFacts task_facts(const ViewContext& ctx, const Commune& c, const Plan& p, const Task& t) {
  const StatusInfo& info = ctx.status.at(&t);
  TaskFacts f;
  f.number = task_display_number(p, t);
  f.text_html = ctx.markdown.inline_html(t.text);
  const AgencyIndex& agencies = ctx.agencies.at(c.id);
  for (const auto& name : t.lead) f.lead.emplace_back(name, agencies.id_for(name));
  for (const auto& name : t.partners) f.partners.emplace_back(name, agencies.id_for(name));
  for (const auto& [name, id] : f.lead)
    if (!id.empty()) f.lead_ids += (f.lead_ids.empty() ? "" : " ") + id;
  f.due_iso = info.next_due ? info.next_due->iso() : "9999-12-31";
  f.products = json::array();
  for (const auto& prod : t.products) f.products.push_back(ctx.markdown.inline_html(prod));
  f.deadline = deadline_view(t.deadline, info, t, ctx.strings);
  f.deadline["text_html"] = ctx.markdown.inline_html(t.deadline.text);  // the importer keeps <i> notes as *…*
  f.status = status_view(info, ctx.strings);
  return f;
}

void TaskFactsTable::index(const Portal& portal, const ViewContext& ctx) {
  ctx_ = &ctx;
  const size_t n = row_total(portal);
  entries_ = std::make_unique<Entry[]>(n);
  slot_.reserve(n);
  size_t i = 0;
  for (const auto& c : portal.communes)
    for (const auto& p : c.plans)
      for (const auto& t : p.tasks) {
        entries_[i].commune = &c, entries_[i].plan = &p, entries_[i].task = &t;
        slot_.emplace(&t, i++);
      }
}

const TaskFacts& TaskFactsTable::at(const Task* task) const {
  const Entry& e = entries_[slot_.at(task)];
  std::call_once(e.made, [&] { e.facts = task_facts(*ctx_, *e.commune, *e.plan, *e.task); });
  return e.facts;
}

json task_row(const ViewContext& ctx, const Commune& c, const Plan& p, const Task& t, const std::string& root) {
  const TaskFacts& f = ctx.facts.at(&t);
  json row;
  row["id"] = t.id;
  row["number"] = f.number;
  row["is_sub"] = !t.parent_id.empty();
  // A heading row groups sub-rows: shown as a heading, its status a summary of theirs, and only once reported.
  const StatusInfo& info = ctx.status.at(&t);
  row["is_heading"] = info.row == RowKind::Heading;
  row["has_summary"] = info.row == RowKind::Heading && info.status != TaskStatus::NoReport;
  row["progress"] = info.progress ? json(std::to_string(*info.progress)) : json(nullptr);
  row["href"] = root + paths::task(c.id, p.id, t.id);
  row["text_html"] = f.text_html;
  // Agencies link to their pages; data-* keys feed the table filter.
  auto agency_links = [&](const std::vector<std::pair<std::string, std::string>>& agencies) {
    json list = json::array();
    // A group ("Các cơ quan, đơn vị liên quan") is shown as written, with no page to link to.
    for (const auto& [name, id] : agencies)
      list.push_back({{"name", name}, {"id", id}, {"href", id.empty() ? json(nullptr) : json(root + paths::agency(c.id, id))}});
    return list;
  };
  row["lead"] = agency_links(f.lead);
  row["partners"] = agency_links(f.partners);
  row["lead_ids"] = f.lead_ids;
  row["section_id"] = t.section_id;
  row["due_iso"] = f.due_iso;
  row["products"] = f.products;
  row["deadline"] = f.deadline;
  row["status"] = f.status;
  // Cells read from a scan that nobody has compared with the original yet ("can_doi_chieu"): each is marked.
  row["unverified"] = json::object();
  for (const auto& field : t.unverified_fields) row["unverified"][field] = true;
  row["has_unverified"] = !t.unverified_fields.empty();
  return row;
}

bool reads_as_day_before(const Deadline& d) {
  if (d.overridden || d.kind != DeadlineKind::Date) return false;
  // The parser reads "Trước (ngày) D" as the day before D (deadline.h); a "trước" before the first
  // digit is that phrase ("Báo cáo … hoàn thành trước ngày D" included), not a note after the date.
  std::string folded = fold_diacritics(d.text);
  size_t digit = folded.find_first_of("0123456789");
  size_t before = folded.find("truoc");
  return before != std::string::npos && before < digit;
}

std::string fill_text(const std::string& pattern, const std::string& value) {
  std::string out = pattern;
  auto at = out.find("{d}");
  if (at != std::string::npos) out.replace(at, 3, value);
  return out;
}

std::string shown_doc_number(const Plan& p) {
  std::string number = trim(p.doc_number);
  return number.empty() || number.front() == '/' ? "" : number;
}

std::string plan_reference(const Plan& p, const json& strings) {
  std::string number = shown_doc_number(p);
  return p.doc_kind + " " + (number.empty() ? label(strings, "doc_number_blank") : number);
}

std::string fill(const std::string& pattern, long n) {
  std::string out = pattern;
  auto at = out.find("{n}");
  if (at != std::string::npos) out.replace(at, 3, std::to_string(n));
  return out;
}

json status_view(const StatusInfo& info, const json& strings) {
  std::string key(task_status_key(info.status));
  return {{"key", key}, {"label", nested_label(strings, "status", key)}, {"icon", status_icon(info.status)}};
}

json deadline_view(const Deadline& d, const StatusInfo& info, const Task& task, const json& strings) {
  json v;
  v["text"] = d.text;
  v["kind"] = std::string(deadline_kind_name(d.kind));
  v["kind_label"] = nested_label(strings, "kind", deadline_kind_name(d.kind));
  v["overridden"] = d.overridden;
  v["note"] = d.note;
  v["occurrences"] = json::array();
  std::string occurrences;
  for (const auto& o : d.occurrences) {
    v["occurrences"].push_back(o.vietnamese());
    occurrences += (occurrences.empty() ? "" : ", ") + o.vietnamese();
  }
  v["occurrences_text"] = occurrences;

  std::string reading;
  // Only a bare "start – due" needs the kind's name before it on the task
  // page; the other readings carry their own label ("Hạn: …", "Bắt đầu: …").
  bool needs_kind_label = false;
  if (d.kind == DeadlineKind::Range && d.start && d.due) {
    reading = d.start->vietnamese() + " – " + d.due->vietnamese();
    needs_kind_label = true;
  }
  else if (d.kind == DeadlineKind::From && d.start)
    reading = label(strings, "from_date") + ": " + d.start->vietnamese();
  else if (d.kind == DeadlineKind::Recurring && info.next_due)
    reading = label(strings, "next_due") + ": " + info.next_due->vietnamese();
  else if (info.next_due) {
    reading = label(strings, "deadline_due") + ": " + info.next_due->vietnamese();
    // "Trước ngày 13/01/2026" is due on the 12th: say why the day shown is not the one written.
    if (d.kind == DeadlineKind::Date && reads_as_day_before(d) && d.due)
      reading += " (" + fill_text(label(strings, "due_day_before"), d.due->add_days(1).vietnamese()) + ")";
  } else {
    reading = nested_label(strings, "kind", deadline_kind_name(d.kind));
  }

  bool finished = task.status == ReportedStatus::Done || task.status == ReportedStatus::Cancelled ||
                  task.status == ReportedStatus::Adjusted;
  if (info.days_left && !finished) {
    std::string timing;
    if (task.status == ReportedStatus::NoReport && info.deadline_passed)
      timing = label(strings, "passed_no_report");
    else if (*info.days_left > 0)
      timing = fill(label(strings, "days_left"), *info.days_left);
    else if (*info.days_left == 0)
      timing = label(strings, "due_today");
    else
      timing = fill(label(strings, "days_overdue"), -*info.days_left);
    reading += " · " + timing;
  }
  v["reading"] = reading;
  v["needs_kind_label"] = needs_kind_label;
  return v;
}

json counts_view(const StatusCounts& counts, const json& strings) {
  json list = json::array();
  for (const auto& [status, n] : counts.by_status) {
    if (n == 0) continue;
    std::string key(task_status_key(status));
    list.push_back({{"key", key}, {"label", nested_label(strings, "status", key)}, {"n", std::to_string(n)}});
  }
  return list;
}

json home_view(const ViewContext& ctx) {
  json v = page_base(ctx, paths::home(), ctx.portal.config.title);
  v["links"] = {{"overdue", paths::overdue("")}, {"due_soon", paths::due_soon("")}};
  v["recent"] = recent_changes_view(ctx, nullptr, "");
  size_t plan_total = 0;
  for (const auto& c : ctx.portal.communes) plan_total += c.plans.size();
  set_description(v, !ctx.portal.config.description.empty()
                         ? ctx.portal.config.description
                         : fill(label(ctx.strings, "description_home"), static_cast<long>(plan_total)));
  v["communes"] = json::array();
  for (const auto& c : ctx.portal.communes) v["communes"].push_back(home_commune_entry(ctx, c));
  return v;
}

json home_commune_entry(const ViewContext& ctx, const Commune& c) {
  size_t tasks = 0;
  for (const auto& p : c.plans) tasks += task_count(p);
  const Commune* parent = c.parent_id.empty() ? nullptr : ctx.portal.find_commune(c.parent_id);
  return {{"name", c.name},
          {"href", paths::commune(c.id)},
          {"kind_label", std::string(commune_kind_label(c.kind))},
          {"parent_name", parent ? parent->name : ""},
          {"plan_count", std::to_string(c.plans.size())},
          {"task_count", std::to_string(tasks)},
          {"illustrative", c.illustrative},
          {"counts", counts_view(count_commune(ctx, c), ctx.strings)}};
}

json commune_view(const ViewContext& ctx, const Commune& c) {
  std::string path = paths::commune(c.id);
  json v = page_base(ctx, path, c.name);
  std::string root = v["root"];
  add_crumb(v, label(ctx.strings, "home"), root + paths::home());
  add_crumb(v, c.name, "");
  v["illustrative"] = c.illustrative;
  v["commune"] = {{"name", c.name}, {"body_html", ctx.markdown.document(c.body_markdown).html}};
  v["counts"] = counts_view(count_commune(ctx, c), ctx.strings);
  {
    size_t tasks = 0;
    for (const auto& p : c.plans) tasks += task_count(p);
    std::string counts = counts_sentence(count_commune(ctx, c), ctx.strings);
    set_description(v, c.name + ": " + std::to_string(c.plans.size()) + " " + label(ctx.strings, "plan_count") + ", " +
                           std::to_string(tasks) + " " + label(ctx.strings, "task_count") +
                           (counts.empty() ? "" : " (" + counts + ")") + ". " + label(ctx.strings, "description_tail"));
  }
  v["plans"] = json::array();
  size_t moved_total = 0;
  for (const auto& p : c.plans) {
    size_t moved = moved_deadline_count(ctx, c, p);
    moved_total += moved;
    v["plans"].push_back({{"title", p.title},
                          {"moved_deadlines", ctx.history ? std::to_string(moved) : ""},
                          {"href", root + paths::plan(c.id, p.id)},
                          {"doc_kind", p.doc_kind},
                          {"doc_number", shown_doc_number(p)},
                          {"issued", p.issued ? p.issued->vietnamese() : ""},
                          {"task_count", std::to_string(task_count(p))},
                          {"counts", counts_view(count_tasks(ctx, p), ctx.strings)}});
  }
  v["links"] = {{"overdue", root + paths::overdue(c.id)},
                {"due_soon", root + paths::due_soon(c.id)},
                {"agencies", root + paths::agencies(c.id)},
                {"indicators", root + paths::indicators(c.id)}};
  v["moved_deadlines"] = ctx.history ? std::to_string(moved_total) : "";
  // As on the plan page: no chart of grey bars for a commune none of whose tasks has a report.
  v["charts"] = count_commune(ctx, c).reported() > 0 ? commune_charts(ctx, c) : json(nullptr);
  v["hosting"] = commune_hosting_view(ctx, c, root);
  v["recent"] = recent_changes_view(ctx, &c, root);
  v["children"] = json::array();
  for (const auto& child : ctx.portal.communes)
    if (child.parent_id == c.id) v["children"].push_back({{"name", child.name}, {"href", root + paths::commune(child.id)}});
  return v;
}

json plan_sections_view(const ViewContext& ctx, const Commune& c, const Plan& p, const std::string& root) {
  // Sections in plan order; tasks without a section go into an unnamed group.
  json sections = json::array();
  auto add_section = [&](const std::string& id, const std::string& number, const std::string& title) {
    json s = {{"anchor", "phan-" + (id.empty() ? std::string("khac") : id)}, {"section_id", id}, {"number", number}, {"title", title}};
    s["tasks"] = json::array();
    for (size_t i = 0; i < p.tasks.size(); ++i) {
      if (p.tasks[i].section_id != id) continue;
      s["tasks"].push_back(task_row(ctx, c, p, p.tasks[i], root));
      s["tasks"].back()["order"] = std::to_string(i);
    }
    if (!s["tasks"].empty() || !id.empty()) sections.push_back(s);
  };
  for (const auto& s : p.sections) add_section(s.id, s.number, s.title);
  add_section("", "", label(ctx.strings, "tasks"));
  return sections;
}

json plan_view(const ViewContext& ctx, const Commune& c, const Plan& p) {
  std::string path = paths::plan(c.id, p.id);
  json v = page_base(ctx, path, p.title);
  std::string root = v["root"];
  add_crumb(v, label(ctx.strings, "home"), root + paths::home());
  add_crumb(v, c.name, root + paths::commune(c.id));
  add_crumb(v, p.title, "");
  v["illustrative"] = c.illustrative;
  v["scan"] = p.transcribed_from_scan;
  const RenderedMarkdown& body = ctx.markdown.document(p.body_markdown);
  json plan;
  plan["title"] = p.title;
  plan["doc_kind"] = p.doc_kind;
  // A number left blank before the slash ("/KH-UBND": typed in after signing) is shown as not given.
  plan["doc_number"] = shown_doc_number(p);
  plan["reference"] = plan_reference(p, ctx.strings);
  plan["issued"] = p.issued ? p.issued->vietnamese() : "";
  plan["place"] = p.place;
  plan["issuer"] = p.issuer;
  plan["signer"] = p.signer;
  plan["signer_role"] = p.signer_role;
  plan["period"] = p.period.first_year == p.period.last_year
                       ? std::to_string(p.period.first_year)
                       : std::to_string(p.period.first_year) + "–" + std::to_string(p.period.last_year);
  plan["source"] = citizen_source(p.source);
  plan["body_html"] = body.html;
  plan["has_narrative"] = !body.html.empty();
  plan["toc"] = json::array();
  for (const auto& h : body.headings)
    if (h.level <= 2) plan["toc"].push_back({{"id", h.id}, {"text", h.text}});
  plan["implements"] = json::array();
  for (const auto& ref : p.implements) {
    json r = {{"number", ref.number}, {"href", nullptr}};
    auto slash = ref.plan.find('/');
    if (slash != std::string::npos) r["href"] = root + paths::plan(ref.plan.substr(0, slash), ref.plan.substr(slash + 1));
    plan["implements"].push_back(r);
  }
  plan["implemented_by"] = json::array();
  for (const auto& other : ctx.portal.communes)
    for (const auto& op : other.plans)
      for (const auto& ref : op.implements)
        if (ref.plan == c.id + "/" + p.id)
          plan["implemented_by"].push_back(
              {{"title", op.title}, {"commune", other.name}, {"href", root + paths::plan(other.id, op.id)}});
  plan["indicators"] = json::array();
  for (const auto& ind : p.indicators) plan["indicators"].push_back(indicator_view(ind));
  plan["sections"] = plan_sections_view(ctx, c, p, root);
  // Every row repeats these links: relative to the plan's folder they are a third as long (weight budget).
  for (auto& section : plan["sections"])
    for (auto& row : section["tasks"]) {
      row["href"] = paths::relative_link(path, row["href"]);
      for (auto& a : row["lead"])
        if (a["href"].is_string()) a["href"] = paths::relative_link(path, a["href"]);
      for (auto& a : row["partners"])
        if (a["href"].is_string()) a["href"] = paths::relative_link(path, a["href"]);
    }
  // The plan's notice: how many cells of the table still await comparison with the original.
  long unverified = 0;
  for (const auto& t : p.tasks) unverified += static_cast<long>(t.unverified_fields.size());
  plan["unverified_notice"] =
      unverified > 0 ? json(fill(label(ctx.strings, "unverified_notice"), unverified)) : json(nullptr);
  StatusCounts counts = count_tasks(ctx, p);
  plan["counts"] = counts_view(counts, ctx.strings);
  int reported = counts.reported();
  {
    std::string sentence = counts_sentence(counts, ctx.strings);
    set_description(v, p.title + " — " + c.name + ": " + std::to_string(counts.total) + " " +
                           label(ctx.strings, "task_count") + (sentence.empty() ? "" : " (" + sentence + ")") + ".");
  }
  plan["reported_line"] = std::to_string(reported) + "/" + std::to_string(counts.total) + " " + label(ctx.strings, "reported_suffix");
  // Charts only where there is something to show: a plan nobody reported on would fill a screen with grey.
  plan["charts"] = plan_charts(ctx, p);
  plan["has_charts"] = reported > 0;
  plan["text_href"] = root + paths::plan_text(c.id, p.id);
  plan["notice_href"] = root + paths::notice(c.id, p.id);
  plan["filters"] = plan_filters(ctx, c, p, root);
  plan["history"] = plan_page_history(ctx, c, p, root);
  v["plan"] = plan;
  v["counts"] = plan["counts"];
  v["hosting"] = plan_hosting_view(ctx, c, p, root);
  return v;
}

json plan_text_view(const ViewContext& ctx, const Commune& c, const Plan& p) {
  std::string path = paths::plan_text(c.id, p.id);
  std::string heading = label(ctx.strings, "narrative_page_title");
  json v = page_base(ctx, path, heading + " — " + p.title);
  std::string root = v["root"];
  add_crumb(v, label(ctx.strings, "home"), root + paths::home());
  add_crumb(v, c.name, root + paths::commune(c.id));
  add_crumb(v, p.title, root + paths::plan(c.id, p.id));
  add_crumb(v, heading, "");
  v["illustrative"] = c.illustrative;
  v["scan"] = p.transcribed_from_scan;
  v["heading"] = heading + ": " + p.title;
  v["plan_href"] = root + paths::plan(c.id, p.id);
  const RenderedMarkdown& body = ctx.markdown.document(p.body_markdown);
  json plan = {{"title", p.title}, {"body_html", body.html}, {"toc", json::array()}};
  for (const auto& h : body.headings)
    if (h.level <= 2) plan["toc"].push_back({{"id", h.id}, {"text", h.text}});
  v["plan"] = plan;
  return v;
}

json task_view(const ViewContext& ctx, const Commune& c, const Plan& p, const Task& t) {
  std::string path = paths::task(c.id, p.id, t.id);
  const std::string& number = ctx.facts.at(&t).number;
  json v = page_base(ctx, path, label(ctx.strings, "task") + " " + number + " — " + p.title);
  std::string root = v["root"];
  add_crumb(v, label(ctx.strings, "home"), root + paths::home());
  add_crumb(v, c.name, root + paths::commune(c.id));
  add_crumb(v, p.title, root + paths::plan(c.id, p.id));
  add_crumb(v, label(ctx.strings, "task") + " " + number, "");
  v["illustrative"] = c.illustrative;
  v["scan"] = p.transcribed_from_scan;
  json task = task_row(ctx, c, p, t, root);
  task["plan_title"] = p.title;
  task["plan_href"] = root + paths::plan(c.id, p.id) + "#" + t.id;
  task["section"] = nullptr;
  for (const auto& s : p.sections)
    if (s.id == t.section_id) task["section"] = s.number + ". " + s.title;
  task["parent"] = nullptr;
  task["children"] = json::array();
  for (const auto& other : p.tasks) {
    if (other.id == t.parent_id)
      task["parent"] = {{"number", ctx.facts.at(&other).number}, {"text", other.text}, {"href", root + paths::task(c.id, p.id, other.id)}};
    if (other.parent_id == t.id)
      task["children"].push_back({{"number", ctx.facts.at(&other).number},
                                  {"text_html", ctx.facts.at(&other).text_html},
                                  {"href", root + paths::task(c.id, p.id, other.id)}});
  }

  task["completed"] = t.completed ? json(t.completed->vietnamese()) : json(nullptr);
  task["updates"] = json::array();
  for (const auto& u : t.updates)
    task["updates"].push_back({{"date", u.date.vietnamese()}, {"iso", u.date.iso()}, {"note_html", ctx.markdown.document(u.note).html}, {"evidence", u.evidence}});
  std::string base = ctx.portal.config.base_url;
  if (!base.empty() && base.back() != '/') base += "/";
  task["history"] = task_history_view(ctx, c, p, t);
  task["permalink"] = base + c.id + "/" + p.id + "/" + t.id + "/";
  {
    std::string lead;
    for (const auto& a : t.lead) lead += (lead.empty() ? "" : ", ") + a;
    std::string text = label(ctx.strings, "task") + " " + number + " (" + task["status"]["label"].get<std::string>() +
                       "): " + html_to_text(ctx.facts.at(&t).text_html);
    if (!lead.empty()) text += " " + label(ctx.strings, "col_lead") + ": " + lead + ".";
    set_description(v, text);
  }
  v["task"] = task;
  v["status"] = task["status"];
  return v;
}

}  // namespace ck
