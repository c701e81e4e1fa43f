#include "history/history_json.h"

#include <charconv>

#include "history/commit_info.h"
#include "history/plan_scan.h"

namespace ck::history {

namespace {

void str(std::string& out, std::string_view s) { out += json_quote(s); }
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
  out += ",\"message\":";
  str(out, c.message);
  out += ",\"parents\":";
  num(out, c.parent_count);
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

// Reading: any surprise throws Bad, caught by read_history_json.
struct Bad {};

class Reader {
 public:
  explicit Reader(JsonText& in) : in_(in) {}

  std::string string() {
    if (in_.peek() != '"') throw Bad{};
    return check(in_.display());
  }
  long long integer() {
    char c = in_.peek();
    if (!(c == '-' || (c >= '0' && c <= '9'))) throw Bad{};
    std::string s = check(in_.display());
    long long v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) throw Bad{};
    return v;
  }
  size_t index() {
    long long v = integer();
    if (v < 0) throw Bad{};
    return static_cast<size_t>(v);
  }
  bool boolean() {
    std::string s = check(in_.display());
    if (s != "true" && s != "false") throw Bad{};
    return s == "true";
  }
  template <typename F>
  void array(F each) {
    if (!in_.begin_array()) throw Bad{};
    while (in_.next_element()) each();
    if (!in_.ok()) throw Bad{};
  }
  template <typename F>
  void object(F each) {
    if (!in_.begin_object()) throw Bad{};
    std::string key;
    while (in_.next_key(key)) each(key);
    if (!in_.ok()) throw Bad{};
  }
  void skip() { in_.skip(); }
  bool null() { return in_.peek() == 'n' && (in_.skip(), true); }
  // One element of a fixed-length array: call once per member, in order.
  void next() {
    if (!in_.next_element()) throw Bad{};
  }
  void end() {
    if (in_.next_element() || !in_.ok()) throw Bad{};
  }
  void begin() {
    if (!in_.begin_array()) throw Bad{};
  }

 private:
  std::string check(std::string s) {
    if (!in_.ok()) throw Bad{};
    return s;
  }
  JsonText& in_;
};

std::vector<FieldChange> read_fields(Reader& r) {
  std::vector<FieldChange> out;
  r.array([&] {
    FieldChange f;
    r.begin();
    r.next(), f.field = r.string();
    r.next(), f.before = r.string();
    r.next(), f.after = r.string();
    r.end();
    out.push_back(std::move(f));
  });
  return out;
}

ChangeKind read_kind(Reader& r) {
  auto k = change_kind_from_key(r.string());
  if (!k) throw Bad{};
  return *k;
}

CommitInfo read_commit(Reader& r) {
  CommitInfo c;
  std::string message;
  r.object([&](const std::string& key) {
    if (key == "id")
      c.id = r.string();
    else if (key == "author")
      c.author = r.string();
    else if (key == "email")
      c.email = r.string();
    else if (key == "time")
      c.time = r.integer();
    else if (key == "tz")
      c.tz_minutes = static_cast<int>(r.integer());
    else if (key == "message")
      message = r.string();
    else if (key == "parents")
      c.parent_count = static_cast<int>(r.integer());
    else
      r.skip();
  });
  set_message(message, c);
  return c;
}

void read_lists(Reader& r, const std::string& key, History& h) {
  if (key == "commits") {
    r.array([&] { h.commits.push_back(read_commit(r)); });
  } else if (key == "task_changes") {
    r.array([&] {
      TaskChange t;
      r.begin();
      r.next(), t.commit = r.index();
      r.next(), t.commune = r.string();
      r.next(), t.plan = r.string();
      r.next(), t.task_id = r.string();
      r.next(), t.kind = read_kind(r);
      r.next(), t.fields = read_fields(r);
      r.end();
      h.task_changes.push_back(std::move(t));
    });
  } else if (key == "narrative_changes") {
    r.array([&] {
      NarrativeChange n;
      r.begin();
      r.next(), n.commit = r.index();
      r.next(), n.commune = r.string();
      r.next(), n.plan = r.string();
      r.next(), n.kind = read_kind(r);
      r.next(), n.front_matter = read_fields(r);
      r.next(), n.diff = r.string();
      r.next(), n.diff_truncated = r.boolean();
      r.end();
      h.narrative_changes.push_back(std::move(n));
    });
  } else if (key == "plan_renames") {
    r.array([&] {
      PlanRename p;
      r.begin();
      r.next(), p.commit = r.index();
      r.next(), p.data = r.boolean();
      r.next(), p.from_commune = r.string();
      r.next(), p.from_plan = r.string();
      r.next(), p.to_commune = r.string();
      r.next(), p.to_plan = r.string();
      r.end();
      h.plan_renames.push_back(std::move(p));
    });
  } else if (key == "task_renames") {
    r.array([&] {
      TaskRename t;
      r.begin();
      r.next(), t.commit = r.index();
      r.next(), t.commune = r.string();
      r.next(), t.plan = r.string();
      r.next(), t.from = r.string();
      r.next(), t.to = r.string();
      r.end();
      h.task_renames.push_back(std::move(t));
    });
  } else if (key == "notes") {
    r.array([&] { h.notes.push_back(r.string()); });
  } else if (key == "shallow_boundary") {
    if (!r.null()) h.shallow_boundary = read_commit(r);
  } else {
    r.skip();
  }
}

bool indices_in_range(const History& h) {
  size_t n = h.commits.size();
  for (const auto& t : h.task_changes)
    if (t.commit >= n) return false;
  for (const auto& c : h.narrative_changes)
    if (c.commit >= n) return false;
  for (const auto& r : h.plan_renames)
    if (r.commit >= n) return false;
  for (const auto& r : h.task_renames)
    if (r.commit >= n) return false;
  return true;
}

}  // namespace

void append_history_json(const History& h, std::string& out) {
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
}

std::string history_json(const History& h) {
  std::string out;
  append_history_json(h, out);
  return out;
}

std::optional<History> read_history_json(JsonText& in) {
  try {
    History h;
    Reader r(in);
    r.object([&](const std::string& key) { read_lists(r, key, h); });
    if (!indices_in_range(h)) return std::nullopt;
    return h;
  } catch (const Bad&) {
    return std::nullopt;
  }
}

std::optional<History> parse_history_json(std::string_view text) {
  if (!scan_plan_json(text).ok) return std::nullopt;  // JsonText expects valid JSON
  JsonText in(text);
  auto h = read_history_json(in);
  if (!h || in.peek() != 0) return std::nullopt;
  return h;
}

}  // namespace ck::history
