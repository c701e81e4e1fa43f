#include "support/history_json.h"

#include "history/json_text.h"

namespace ck::testing {

namespace {

void str(std::string& out, std::string_view s) { out += history::json_quote(s); }
void num(std::string& out, long long v) { out += std::to_string(v); }

void fields(std::string& out, const std::vector<FieldChange>& fs) {
  out += '[';
  for (size_t i = 0; i < fs.size(); ++i) {
    out += i ? ",[" : "[";
    str(out, fs[i].field);
    out += ',';
    str(out, fs[i].before);
    out += ',';
    str(out, fs[i].after);
    out += ']';
  }
  out += ']';
}

void commit(std::string& out, const CommitInfo& c) {
  out += "{\"id\":";
  str(out, c.id);
  out += ",\"author\":";
  str(out, c.author);
  out += ",\"email\":";
  str(out, c.email);
  out += ",\"time\":";
  num(out, c.time);
  out += ",\"tz\":";
  num(out, c.tz_minutes);
  out += ",\"summary\":";
  str(out, c.summary);
  out += ",\"message\":";
  str(out, c.message);
  out += ",\"trailers\":{";
  bool first = true;
  for (const auto& [key, value] : c.trailers) {
    if (!first) out += ',';
    first = false;
    str(out, key);
    out += ':';
    str(out, value);
  }
  out += c.minor ? "},\"minor\":true" : "},\"minor\":false";
  out += ",\"reason\":";
  str(out, c.reason);
  out += ",\"parents\":";
  num(out, c.parent_count);
  out += ",\"repository\":";
  str(out, c.repository);
  out += '}';
}

// Writes `items` as a JSON array, each with `each(out, item)`.
template <typename T, typename F>
void list(std::string& out, const char* key, const std::vector<T>& items, F each) {
  out += '"';
  out += key;
  out += "\":[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    each(out, items[i]);
  }
  out += ']';
}

}  // namespace

std::string history_json(const History& h) {
  std::string out;
  out += '{';
  list(out, "commits", h.commits, commit);
  out += ',';
  list(out, "task_changes", h.task_changes, [](std::string& o, const TaskChange& t) {
    o += '[';
    num(o, static_cast<long long>(t.commit));
    for (const std::string* s : {&t.commune, &t.plan, &t.task_id}) o += ',', str(o, *s);
    o += ',';
    str(o, change_kind_key(t.kind));
    o += ',';
    fields(o, t.fields);
    o += ']';
  });
  out += ',';
  list(out, "narrative_changes", h.narrative_changes, [](std::string& o, const NarrativeChange& n) {
    o += '[';
    num(o, static_cast<long long>(n.commit));
    for (const std::string* s : {&n.commune, &n.plan}) o += ',', str(o, *s);
    o += ',';
    str(o, change_kind_key(n.kind));
    o += ',';
    fields(o, n.front_matter);
    o += ',';
    str(o, n.diff);
    o += n.diff_truncated ? ",true]" : ",false]";
  });
  out += ',';
  list(out, "plan_renames", h.plan_renames, [](std::string& o, const PlanRename& r) {
    o += '[';
    num(o, static_cast<long long>(r.commit));
    o += r.data ? ",true" : ",false";
    for (const std::string* s : {&r.from_commune, &r.from_plan, &r.to_commune, &r.to_plan})
      o += ',', str(o, *s);
    o += ']';
  });
  out += ',';
  list(out, "task_renames", h.task_renames, [](std::string& o, const TaskRename& r) {
    o += '[';
    num(o, static_cast<long long>(r.commit));
    for (const std::string* s : {&r.commune, &r.plan, &r.from, &r.to}) o += ',', str(o, *s);
    o += ']';
  });
  out += ',';
  list(out, "notes", h.notes, [](std::string& o, const std::string& n) { str(o, n); });
  out += ",\"shallow_boundary\":";
  if (h.shallow_boundary)
    commit(out, *h.shallow_boundary);
  else
    out += "null";
  out += '}';
  return out;
}

}  // namespace ck::testing
