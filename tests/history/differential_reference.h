// A deliberately naive reading of a repository's plan history, for the
// differential test (history_differential_test.cc): every commit of the
// first-parent chain lists every file of its tree, every version of a plan
// file is parsed whole with nlohmann::json, and tasks are compared by id as
// docs/editing.md describes, with none of history/'s shortcuts (subtree
// skipping, tree cache, incremental scans, parsed-task reuse, threads, cache).
// Only the Markdown line diff (narrative_diff.h, a pure function of two texts
// with its own tests) is shared with the code under test.
#pragma once
#include <git2.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "history/git_handles.h"
#include "history/history.h"
#include "history/narrative_diff.h"

namespace ck::testing {

struct ReferenceNote {
  std::string commit;  // short id
  std::string path;
  bool too_large = false;  // else: not a valid plan
  bool operator==(const ReferenceNote&) const = default;
  bool operator<(const ReferenceNote& o) const {
    return std::tie(commit, path, too_large) < std::tie(o.commit, o.path, o.too_large);
  }
};

struct ReferenceHistory {
  std::vector<std::string> commit_ids;  // the commits something refers to, oldest first
  std::vector<TaskChange> task_changes;
  std::vector<NarrativeChange> narrative_changes;
  std::vector<PlanRename> plan_renames;
  std::vector<TaskRename> task_renames;
  std::vector<ReferenceNote> notes;  // sorted
};

namespace reference {

using nlohmann::json;

// A plan file's place, or nullopt: data/<commune>/<plan>.json or
// content/<commune>/<plan>.md, no name starting with "_".
struct Place {
  bool json = true;
  std::string commune, plan;
};
inline std::optional<Place> place_of(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t slash; (slash = path.find('/', start)) != std::string::npos; start = slash + 1)
    parts.push_back(path.substr(start, slash - start));
  parts.push_back(path.substr(start));
  if (parts.size() != 3) return std::nullopt;
  Place p;
  std::string ext;
  if (parts[0] == "data") {
    ext = ".json";
  } else if (parts[0] == "content") {
    ext = ".md";
    p.json = false;
  } else {
    return std::nullopt;
  }
  const std::string& file = parts[2];
  if (parts[1].empty() || parts[1][0] == '_' || file.empty() || file[0] == '_' || file.size() <= ext.size() ||
      file.substr(file.size() - ext.size()) != ext)
    return std::nullopt;
  p.commune = parts[1];
  p.plan = file.substr(0, file.size() - ext.size());
  return p;
}

// Every regular file of a commit's tree below prefix + content/ and data/,
// relative to prefix.
inline std::map<std::string, git_oid> plan_files(git_repository* repo, const git_oid& tree_id,
                                                 const std::string& prefix) {
  git_tree* tree = nullptr;
  if (git_tree_lookup(&tree, repo, &tree_id) != 0) throw std::runtime_error("reference: tree");
  history::TreePtr owner(tree);
  struct Walk {
    std::string prefix;
    std::map<std::string, git_oid> files;
  } walk{prefix, {}};
  auto visit = [](const char* root, const git_tree_entry* e, void* payload) -> int {
    auto* w = static_cast<Walk*>(payload);
    git_filemode_t mode = git_tree_entry_filemode(e);
    if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE) return 0;
    std::string path = std::string(root) + git_tree_entry_name(e);
    if (!path.starts_with(w->prefix)) return 0;
    path = path.substr(w->prefix.size());
    if (place_of(path)) w->files[path] = *git_tree_entry_id(e);
    return 0;
  };
  git_tree_walk(tree, GIT_TREEWALK_PRE, visit, &walk);
  return walk.files;
}

inline std::string blob(git_repository* repo, const git_oid& id) {
  git_blob* raw = nullptr;
  if (git_blob_lookup(&raw, repo, &id) != 0) throw std::runtime_error("reference: blob");
  std::string out(static_cast<const char*>(git_blob_rawcontent(raw)), git_blob_rawsize(raw));
  git_blob_free(raw);
  return out;
}

// A value as the history shows it: strings as they are, numbers as written
// (the generator writes integers only), null as nothing, lists joined with
// "; ", objects as compact JSON with sorted keys.
inline std::string display(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "";
  if (v.is_array()) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? "; " : "") + display(v[i]);
    return out;
  }
  return v.dump();
}

inline const std::vector<std::string>& field_keys() {
  static const std::vector<std::string> keys = {"so",
                                                "phan",
                                                "thuoc",
                                                "noi_dung",
                                                "co_quan_chu_tri",
                                                "co_quan_phoi_hop",
                                                "thoi_han",
                                                "cach_hieu_thoi_han",
                                                "san_pham",
                                                "trang_thai",
                                                "tien_do",
                                                "ngay_hoan_thanh"};
  return keys;
}

struct Task {
  std::string id, previous_id;
  std::map<std::string, std::string> values;  // every field key, "" when absent
  std::vector<std::string> updates;
};

inline Task task_of(const json& t) {
  Task out;
  out.id = t["ma"].get<std::string>();
  if (auto it = t.find("ma_cu"); it != t.end()) out.previous_id = display(*it);
  for (const auto& key : field_keys()) out.values[key] = t.contains(key) ? display(t[key]) : "";
  if (out.values["trang_thai"].empty()) out.values["trang_thai"] = "chua_cap_nhat";
  if (auto it = t.find("cap_nhat"); it != t.end() && it->is_array())
    for (const json& u : *it) {
      if (!u.is_object()) {
        out.updates.push_back(display(u));
        continue;
      }
      auto get = [&](const char* k) { return u.contains(k) ? display(u[k]) : ""; };
      std::string line = get("ngay").empty() ? "" : get("ngay") + ": ";
      line += get("noi_dung");
      if (!get("minh_chung").empty()) line += " (" + get("minh_chung") + ")";
      out.updates.push_back(line);
    }
  return out;
}

// The tasks of a valid plan (elements that are not objects with a non-empty
// string "ma" are left out); nullopt when the text is not such a plan.
inline std::optional<std::vector<Task>> parse_plan(const std::string& text) {
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return std::nullopt;
  auto list = doc.find("nhiem_vu");
  if (list == doc.end() || !list->is_array()) return std::nullopt;
  std::vector<Task> out;
  for (const json& t : *list)
    if (t.is_object() && t.contains("ma") && t["ma"].is_string() && !t["ma"].get<std::string>().empty())
      out.push_back(task_of(t));
  return out;
}

// Lines of a not matched by an equal line of b, one for one.
inline std::string unmatched(const std::vector<std::string>& a, std::vector<std::string> b) {
  std::string out;
  for (const auto& line : a) {
    auto it = std::find(b.begin(), b.end(), line);
    if (it != b.end()) {
      b.erase(it);
      continue;
    }
    out += (out.empty() ? "" : "\n") + line;
  }
  return out;
}

inline std::vector<FieldChange> field_changes(const Task& a, const Task& b) {
  std::vector<FieldChange> out;
  for (const auto& key : field_keys())
    if (a.values.at(key) != b.values.at(key)) out.push_back({key, a.values.at(key), b.values.at(key)});
  std::string removed = unmatched(a.updates, b.updates), added = unmatched(b.updates, a.updates);
  if (!removed.empty() || !added.empty()) out.push_back({"cap_nhat", removed, added});
  return out;
}

inline std::vector<FieldChange> summary(const Task& t, bool after) {
  std::vector<FieldChange> out;
  for (const char* key :
       {"so", "noi_dung", "thoi_han", "cach_hieu_thoi_han", "trang_thai", "tien_do", "ngay_hoan_thanh"}) {
    const std::string& v = t.values.at(key);
    if (!v.empty()) out.push_back(after ? FieldChange{key, "", v} : FieldChange{key, v, ""});
  }
  return out;
}

// The first task with each id.
inline std::vector<const Task*> first_of_each(const std::vector<Task>* tasks) {
  std::vector<const Task*> out;
  if (!tasks) return out;
  for (const Task& t : *tasks)
    if (std::none_of(out.begin(), out.end(), [&](const Task* o) { return o->id == t.id; })) out.push_back(&t);
  return out;
}

inline const Task* with_id(const std::vector<const Task*>& tasks, const std::string& id) {
  for (const Task* t : tasks)
    if (t->id == id) return t;
  return nullptr;
}

inline void diff_plans(const std::vector<Task>* before, const std::vector<Task>* after, size_t commit,
                       const Place& at, ReferenceHistory& out) {
  auto old_tasks = first_of_each(before), new_tasks = first_of_each(after);
  std::set<std::string> matched;
  auto emit = [&](const std::string& id, ChangeKind kind, std::vector<FieldChange> fields) {
    out.task_changes.push_back({commit, at.commune, at.plan, id, kind, std::move(fields)});
  };
  for (const Task* t : new_tasks) {
    if (const Task* old = with_id(old_tasks, t->id)) {
      matched.insert(t->id);
      if (auto fields = field_changes(*old, *t); !fields.empty()) emit(t->id, ChangeKind::Modified, fields);
      continue;
    }
    const Task* old = t->previous_id.empty() ? nullptr : with_id(old_tasks, t->previous_id);
    if (old && !with_id(new_tasks, old->id) && !matched.count(old->id)) {
      matched.insert(old->id);
      std::vector<FieldChange> fields{{"ma", old->id, t->id}};
      for (auto& f : field_changes(*old, *t)) fields.push_back(f);
      emit(t->id, ChangeKind::Modified, fields);
      out.task_renames.push_back({commit, at.commune, at.plan, old->id, t->id});
      continue;
    }
    emit(t->id, ChangeKind::Added, summary(*t, true));
  }
  for (const Task* t : old_tasks)
    if (!matched.count(t->id)) emit(t->id, ChangeKind::Removed, summary(*t, false));
}

struct Version {
  size_t commit;
  git_oid id;
  std::string path;
};
struct Lineage {
  bool json = true;
  std::vector<Version> versions;
  std::optional<size_t> deleted_at;
  std::string deleted_path;
};

// One file followed through its versions: each readable, valid version
// compared with the last one.
inline void replay(git_repository* repo, const Lineage& l, const std::vector<std::string>& ids,
                   size_t max_bytes, ReferenceHistory& out) {
  std::optional<std::vector<Task>> last_plan;
  std::optional<std::string> last_text;
  for (const Version& v : l.versions) {
    std::string text = blob(repo, v.id);
    std::string short_id = ids[v.commit].substr(0, 7);
    if (text.size() > max_bytes) {
      out.notes.push_back({short_id, v.path, true});
      continue;
    }
    Place at = *place_of(v.path);
    if (!l.json) {
      NarrativeChange c = history::narrative_change(last_text ? &*last_text : nullptr, &text);
      if (c.kind != ChangeKind::Modified || !c.front_matter.empty() || !c.diff.empty()) {
        c.commit = v.commit, c.commune = at.commune, c.plan = at.plan;
        out.narrative_changes.push_back(std::move(c));
      }
      last_text = std::move(text);
      continue;
    }
    auto plan = parse_plan(text);
    if (!plan) {
      out.notes.push_back({short_id, v.path, false});
      continue;
    }
    diff_plans(last_plan ? &*last_plan : nullptr, &*plan, v.commit, at, out);
    last_plan = std::move(plan);
  }
  if (!l.deleted_at) return;
  Place at = *place_of(l.deleted_path);
  if (l.json && last_plan) diff_plans(&*last_plan, nullptr, *l.deleted_at, at, out);
  if (!l.json) {
    static const std::string kGone;
    NarrativeChange c = history::narrative_change(&kGone, nullptr);
    c.commit = *l.deleted_at, c.commune = at.commune, c.plan = at.plan;
    out.narrative_changes.push_back(std::move(c));
  }
}

}  // namespace reference

inline ReferenceHistory reference_history(git_repository* repo, const std::string& prefix,
                                          size_t max_blob_bytes) {
  using namespace reference;
  // The first-parent chain, oldest first.
  std::vector<git_oid> chain;
  std::vector<git_oid> trees;
  git_oid id;
  if (git_reference_name_to_id(&id, repo, "HEAD") != 0) throw std::runtime_error("reference: HEAD");
  for (;;) {
    git_commit* c = nullptr;
    if (git_commit_lookup(&c, repo, &id) != 0) throw std::runtime_error("reference: commit");
    history::CommitPtr owner(c);
    chain.push_back(id);
    trees.push_back(*git_commit_tree_id(c));
    if (git_commit_parentcount(c) == 0) break;
    id = *git_commit_parent_id(c, 0);
  }
  std::reverse(chain.begin(), chain.end());
  std::reverse(trees.begin(), trees.end());
  std::vector<std::string> ids;
  for (const auto& c : chain) ids.push_back(history::oid_hex(c));

  ReferenceHistory out;
  std::vector<Lineage> lineages;
  std::map<std::string, size_t> alive;  // path → lineage
  std::map<std::string, git_oid> before;
  for (size_t k = 0; k < chain.size(); ++k) {
    auto now = plan_files(repo, trees[k], prefix);
    std::vector<std::string> added, deleted;
    for (const auto& [path, oid] : now) {
      auto old = before.find(path);
      if (old == before.end())
        added.push_back(path);
      else if (!git_oid_equal(&old->second, &oid))
        lineages[alive.at(path)].versions.push_back({k, oid, path});
    }
    for (const auto& [path, oid] : before)
      if (!now.count(path)) deleted.push_back(path);
    // Exact renames: each deleted file, in path order, takes the first added
    // file of its kind with the same content.
    for (const std::string& from : deleted) {
      size_t lineage = alive.at(from);
      alive.erase(from);
      auto to = std::find_if(added.begin(), added.end(), [&](const std::string& a) {
        return place_of(a)->json == place_of(from)->json && git_oid_equal(&now.at(a), &before.at(from));
      });
      if (to == added.end()) {
        lineages[lineage].deleted_at = k;
        lineages[lineage].deleted_path = from;
        continue;
      }
      Place a = *place_of(from), b = *place_of(*to);
      out.plan_renames.push_back({k, a.json, a.commune, a.plan, b.commune, b.plan});
      alive[*to] = lineage;
      added.erase(to);
    }
    for (const std::string& path : added) {
      lineages.push_back({place_of(path)->json, {{k, now.at(path), path}}, std::nullopt, ""});
      alive[path] = lineages.size() - 1;
    }
    before = std::move(now);
  }
  for (const Lineage& l : lineages) replay(repo, l, ids, max_blob_bytes, out);

  // Keep the commits something refers to; renumber.
  std::set<size_t> used;
  for (const auto& c : out.task_changes) used.insert(c.commit);
  for (const auto& c : out.narrative_changes) used.insert(c.commit);
  for (const auto& r : out.plan_renames) used.insert(r.commit);
  for (const auto& r : out.task_renames) used.insert(r.commit);
  for (const auto& n : out.notes)
    for (size_t k = 0; k < ids.size(); ++k)
      if (ids[k].starts_with(n.commit)) used.insert(k);
  std::map<size_t, size_t> index;
  for (size_t k : used) {
    index[k] = out.commit_ids.size();
    out.commit_ids.push_back(ids[k]);
  }
  auto by_site = [](const auto& a, const auto& b) {
    return std::tie(a.commit, a.commune, a.plan) < std::tie(b.commit, b.commune, b.plan);
  };
  std::stable_sort(out.task_changes.begin(), out.task_changes.end(), by_site);
  std::stable_sort(out.narrative_changes.begin(), out.narrative_changes.end(), by_site);
  std::stable_sort(out.task_renames.begin(), out.task_renames.end(), by_site);
  for (auto& c : out.task_changes) c.commit = index.at(c.commit);
  for (auto& c : out.narrative_changes) c.commit = index.at(c.commit);
  for (auto& r : out.plan_renames) r.commit = index.at(r.commit);
  for (auto& r : out.task_renames) r.commit = index.at(r.commit);
  std::sort(out.notes.begin(), out.notes.end());
  return out;
}

// The notes of a History in the reference's terms: "commit abc1234: <path> …".
inline std::vector<ReferenceNote> note_keys(const History& h) {
  std::vector<ReferenceNote> out;
  for (const std::string& note : h.notes) {
    ReferenceNote n;
    size_t colon = note.find(": ");
    n.commit = note.substr(7, colon - 7);  // after "commit "
    size_t end = note.find_first_of(" :", colon + 2);
    n.path = note.substr(colon + 2, end - colon - 2);
    n.too_large = note.find("quá lớn") != std::string::npos;
    out.push_back(n);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace ck::testing
