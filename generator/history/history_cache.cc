#include "history/history_cache.h"

#include <fstream>
#include <sstream>
#include <system_error>

#include "history/commit_info.h"

namespace ck::history {

using nlohmann::json;

namespace {

json fields_json(const std::vector<FieldChange>& fields) {
  json a = json::array();
  for (const auto& f : fields) a.push_back(json::array({f.field, f.before, f.after}));
  return a;
}

std::vector<FieldChange> fields_from(const json& a) {
  std::vector<FieldChange> out;
  out.reserve(a.size());
  for (const auto& f : a)
    out.push_back({f.at(0).get<std::string>(), f.at(1).get<std::string>(), f.at(2).get<std::string>()});
  return out;
}

json commit_json(const CommitInfo& c) {
  return {{"id", c.id},         {"author", c.author},   {"email", c.email},         {"time", c.time},
          {"tz", c.tz_minutes}, {"message", c.message}, {"parents", c.parent_count}};
}

// Summary and trailers follow from the message, as when read from git.
CommitInfo commit_from(const json& j) {
  CommitInfo c;
  c.id = j.at("id").get<std::string>();
  c.author = j.at("author").get<std::string>();
  c.email = j.at("email").get<std::string>();
  c.time = j.at("time").get<long long>();
  c.tz_minutes = j.at("tz").get<int>();
  c.parent_count = j.at("parents").get<int>();
  set_message(j.at("message").get<std::string>(), c);
  return c;
}

ChangeKind kind_from(const json& j) {
  auto k = change_kind_from_key(j.get<std::string>());
  if (!k) throw json::other_error::create(501, "unknown change kind", nullptr);
  return *k;
}

}  // namespace

json history_to_json(const History& h) {
  json j;
  json& commits = j["commits"] = json::array();
  for (const auto& c : h.commits) commits.push_back(commit_json(c));
  json& tasks = j["task_changes"] = json::array();
  for (const auto& t : h.task_changes)
    tasks.push_back({t.commit, t.commune, t.plan, t.task_id, change_kind_key(t.kind), fields_json(t.fields)});
  json& texts = j["narrative_changes"] = json::array();
  for (const auto& n : h.narrative_changes)
    texts.push_back({n.commit, n.commune, n.plan, change_kind_key(n.kind), fields_json(n.front_matter),
                     n.diff, n.diff_truncated});
  json& plans = j["plan_renames"] = json::array();
  for (const auto& r : h.plan_renames)
    plans.push_back({r.commit, r.data, r.from_commune, r.from_plan, r.to_commune, r.to_plan});
  json& ids = j["task_renames"] = json::array();
  for (const auto& r : h.task_renames) ids.push_back({r.commit, r.commune, r.plan, r.from, r.to});
  j["notes"] = h.notes;
  j["shallow_boundary"] = h.shallow_boundary ? commit_json(*h.shallow_boundary) : json();
  return j;
}

std::filesystem::path cache_file(const std::filesystem::path& dir) { return dir / "history-cache.json"; }

std::optional<CacheState> load_cache(const std::filesystem::path& dir, const std::string& source) {
  if (dir.empty()) return std::nullopt;
  std::ifstream in(cache_file(dir), std::ios::binary);
  if (!in) return std::nullopt;
  try {
    json j = json::parse(in);
    if (j.at("format").get<int>() != kCacheFormat || j.at("source").get<std::string>() != source)
      return std::nullopt;
    CacheState s;
    s.source = source;
    s.shallow = j.at("shallow").get<bool>();
    s.head = j.at("head").get<std::string>();
    s.invalid_heads = j.at("invalid_heads").get<InvalidHeads>();
    s.history = history_from_json(j.at("history"));
    return s;
  } catch (const json::exception&) {
    return std::nullopt;  // a damaged cache is rebuilt, never trusted
  }
}

bool save_cache(const std::filesystem::path& dir, const CacheState& s) {
  if (dir.empty()) return false;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  json j = {{"format", kCacheFormat},
            {"source", s.source},
            {"shallow", s.shallow},
            {"head", s.head},
            {"invalid_heads", s.invalid_heads},
            {"history", history_to_json(s.history)}};
  auto target = cache_file(dir);
  auto tmp = target;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << j.dump();
    if (!out.flush()) return false;
  }
  std::filesystem::rename(tmp, target, ec);
  return !ec;
}

History history_from_json(const json& j) {
  History h;
  for (const auto& c : j.at("commits")) h.commits.push_back(commit_from(c));
  h.task_changes.reserve(j.at("task_changes").size());
  for (const auto& t : j.at("task_changes"))
    h.task_changes.push_back({t.at(0).get<size_t>(), t.at(1).get<std::string>(), t.at(2).get<std::string>(),
                              t.at(3).get<std::string>(), kind_from(t.at(4)), fields_from(t.at(5))});
  for (const auto& n : j.at("narrative_changes"))
    h.narrative_changes.push_back({n.at(0).get<size_t>(), n.at(1).get<std::string>(),
                                   n.at(2).get<std::string>(), kind_from(n.at(3)), fields_from(n.at(4)),
                                   n.at(5).get<std::string>(), n.at(6).get<bool>()});
  for (const auto& r : j.at("plan_renames"))
    h.plan_renames.push_back({r.at(0).get<size_t>(), r.at(1).get<bool>(), r.at(2).get<std::string>(),
                              r.at(3).get<std::string>(), r.at(4).get<std::string>(),
                              r.at(5).get<std::string>()});
  for (const auto& r : j.at("task_renames"))
    h.task_renames.push_back({r.at(0).get<size_t>(), r.at(1).get<std::string>(), r.at(2).get<std::string>(),
                              r.at(3).get<std::string>(), r.at(4).get<std::string>()});
  h.notes = j.at("notes").get<std::vector<std::string>>();
  if (!j.at("shallow_boundary").is_null()) h.shallow_boundary = commit_from(j.at("shallow_boundary"));
  auto check = [&](size_t commit) {
    if (commit >= h.commits.size())
      throw json::other_error::create(501, "commit index out of range", nullptr);
  };
  for (const auto& t : h.task_changes) check(t.commit);
  for (const auto& n : h.narrative_changes) check(n.commit);
  for (const auto& r : h.plan_renames) check(r.commit);
  for (const auto& r : h.task_renames) check(r.commit);
  return h;
}

}  // namespace ck::history
