// Differential test of the history stage (issue #13): random repositories,
// seeded and reproducible, read by read_history and by the naive reference
// (differential_reference.h); the two must agree, and a history read with a
// cache (warm, or filled at an earlier commit) must be byte for byte the cold
// one. Environment (scripts/history-differential-long.sh sets them):
//   CK_HISTORY_REPOS         repositories per run (default 500)
//   CK_HISTORY_SEED          first seed (default 1313); repository i uses seed + i
//   CK_HISTORY_ONLY          run only repository i (to replay a failure)
//   CK_HISTORY_EVERY_COMMIT  1: the cache check starts at every earlier commit, not 3 random ones
//   CK_HISTORY_MAX_COMMITS   commits on the main line (default 12, at least 3)
// The scoped reads (`build --commune`, HistoryOptions::scope) are checked on
// the same repositories: each commune alone, and a commune with another's
// plans, must read as the full history cut down by keep_scope, cold, warm and
// from a cache filled at an earlier commit (CK_HISTORY_REPOS repositories when
// set, else 50: four scopes each).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <random>

#include "differential_reference.h"
#include "git_builder.h"
#include "support/history_json.h"
#include "history/history_scope.h"
#include "support/test_support.h"

namespace ck {
namespace {

using nlohmann::json;
using testing::Files;
using testing::GitBuilder;
using testing::TempDir;

constexpr size_t kBlobLimit = 3000;  // bytes; larger plan versions are skipped (a real limit is 16 MB)

size_t env_number(const char* name, size_t fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::strtoull(v, nullptr, 10) : fallback;
}

class Rng {
 public:
  explicit Rng(uint64_t seed) : g_(seed) {}
  size_t below(size_t n) { return n ? g_() % n : 0; }  // libstdc++'s distributions differ by version
  bool chance(int percent) { return below(100) < static_cast<size_t>(percent); }
  template <typename T>
  const T& pick(const std::vector<T>& v) {
    return v[below(v.size())];
  }

 private:
  std::mt19937_64 g_;
};

const std::vector<std::string> kCommunes = {"xa-an", "xa-binh", "phuong-cau"};
const std::vector<std::string> kPlans = {"kh-2026", "kh-cchc", "ct-2030"};
const std::vector<std::string> kStatuses = {"chua_cap_nhat", "dang_thuc_hien", "hoan_thanh", "tam_dung",
                                            "la-khong-hop-le"};
const std::vector<std::string> kDeadlines = {"Quý I/2026",   "Quý IV/2026",          "Tháng 10/2026",
                                             "Thường xuyên", "Trước ngày 15/3/2026", "Cả năm 2026"};
const std::vector<std::string> kAgencies = {"Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội", "Công an xã",
                                            "Phòng Kinh tế"};
const std::vector<std::string> kTexts = {"Kiểm tra cải cách hành chính.", "Rà soát thủ tục hành chính.",
                                         "Tuyên truyền cải cách hành chính.", "Số hóa hồ sơ \"một cửa\"."};

// A random repository, built commit by commit from a seed; every commit's
// files are kept, to revert to, return to, branch from or cherry-pick.
class RepoGenerator {
 public:
  RepoGenerator(const std::filesystem::path& dir, uint64_t seed) : rng_(seed), git_(dir) {
    prefix_ = rng_.chance(20) ? "site/" : "";
  }

  const std::string& prefix() const { return prefix_; }
  const std::vector<git_oid>& commits() const { return all_; }
  const std::map<std::string, size_t>& events() const { return events_; }
  git_repository* repo() const { return git_.repo(); }

  void generate(size_t max_commits) {
    Files files;
    for (int i = 0, n = 1 + static_cast<int>(rng_.below(2)); i < n; ++i) add_plan(files);
    commit_main(files, "Công bố kế hoạch");
    size_t n = 2 + rng_.below(max_commits - 2);
    for (size_t k = 0; k < n; ++k) step();
    git_.set_head(nodes_[head_index_].id);
  }

 private:
  struct Node {
    git_oid id;
    Files files;
    std::optional<size_t> first_parent;  // index into nodes_
  };

  void step() {
    Files files = nodes_[head_index_].files;
    size_t kind = rng_.below(100);
    if (kind < 10 && nodes_[head_index_].first_parent) {  // git revert HEAD
      commit_main(nodes_[*nodes_[head_index_].first_parent].files, "Revert \"thay đổi trước\"");
      ++events_["revert"];
    } else if (kind < 16) {  // back to any earlier state
      commit_main(nodes_[rng_.below(nodes_.size())].files, "Trở lại phiên bản cũ");
      ++events_["earlier tree"];
    } else if (kind < 22) {  // an empty commit
      commit_main(files, "Commit rỗng");
      ++events_["empty commit"];
    } else if (kind < 28 && !side_.empty()) {  // cherry-pick a commit of a merged or abandoned branch
      const Node& picked = nodes_[rng_.pick(side_)];
      apply_changes(nodes_[*picked.first_parent].files, picked.files, files);
      commit_main(files, "Cherry-pick");
      ++events_["cherry-pick"];
    } else if (kind < 40) {
      merge(files);
    } else {
      mutate(files);
      commit_main(files, "Cập nhật");
    }
  }

  // A branch from an earlier commit, one to three commits, merged in either order.
  void merge(Files files) {
    size_t base = rng_.below(nodes_.size());
    size_t tip = base;
    for (size_t k = 0, n = 1 + rng_.below(3); k < n; ++k) {
      Files side = nodes_[tip].files;
      mutate(side);
      tip = add_node(side, {tip}, "Nhánh: cập nhật");
      side_.push_back(tip);
    }
    apply_changes(nodes_[base].files, nodes_[tip].files, files);
    if (rng_.chance(30)) mutate(files);  // an evil merge: a change of its own
    bool main_first = rng_.chance(50);
    ++events_[main_first ? "merge, main first" : "merge, branch first"];
    std::vector<size_t> parents =
        main_first ? std::vector<size_t>{head_index_, tip} : std::vector<size_t>{tip, head_index_};
    head_index_ = add_node(files, parents, "Merge nhánh");
  }

  // Applies what changed from `from` to `to` onto `files`.
  static void apply_changes(const Files& from, const Files& to, Files& files) {
    for (const auto& [path, text] : to)
      if (auto it = from.find(path); it == from.end() || it->second != text) files[path] = text;
    for (const auto& [path, text] : from)
      if (!to.count(path)) files.erase(path);
  }

  void commit_main(const Files& files, const std::string& summary) {
    head_index_ =
        add_node(files, nodes_.empty() ? std::vector<size_t>{} : std::vector<size_t>{head_index_}, summary);
  }

  size_t add_node(const Files& files, const std::vector<size_t>& parents, std::string message) {
    std::vector<git_oid> ids;
    for (size_t p : parents) ids.push_back(nodes_[p].id);
    if (rng_.chance(15)) message += "\n\nLy-do: theo báo cáo quý";
    if (rng_.chance(10)) message += "\n\nThay-doi: nho";
    time_ += rng_.chance(5) ? -3600 : 86400;  // now and then a clock behind its parent's
    Files tree;
    for (const auto& [path, text] : files) tree[prefix_ + path] = text;
    if (!prefix_.empty() && rng_.chance(30)) tree["data/xa-an/ngoai-nguon.json"] = "{\"nhiem_vu\": []}";
    git_oid id = git_.commit(tree, ids, message, time_);
    nodes_.push_back({id, files, parents.empty() ? std::nullopt : std::optional<size_t>(parents[0])});
    all_.push_back(id);
    return nodes_.size() - 1;
  }

  // ---- content ----

  json make_task() {
    std::string id = "nv-" + std::to_string(next_task_++);
    json t = {{"ma", id},
              {"so", std::to_string(next_task_)},
              {"phan", "i"},
              {"noi_dung", rng_.pick(kTexts)},
              {"co_quan_chu_tri", json::array({rng_.pick(kAgencies)})},
              {"thoi_han", rng_.pick(kDeadlines)}};
    if (rng_.chance(30)) t["trang_thai"] = rng_.pick(kStatuses);
    if (rng_.chance(20)) t["tien_do"] = rng_.below(101);
    if (rng_.chance(20)) t["san_pham"] = json::array({"Báo cáo", "Kế hoạch"});
    return t;
  }

  json make_plan() {
    json tasks = json::array();
    for (size_t i = 0, n = 1 + rng_.below(5); i < n; ++i) tasks.push_back(make_task());
    return {{"phan", json::array({{{"ma", "i"}, {"so", "I"}, {"ten", "Chỉ đạo điều hành"}}})},
            {"nhiem_vu", tasks}};
  }

  std::string dump(const json& doc) { return doc.dump(rng_.chance(80) ? 2 : -1) + "\n"; }

  std::string make_markdown() {
    std::string md = "---\ntieu_de: \"Kế hoạch cải cách hành chính\"\nso_hieu: \"" +
                     std::to_string(rng_.below(99)) + "/KH-UBND\"\nky: 2026\n---\n\n## I. MỤC ĐÍCH\n\n";
    for (size_t i = 0, n = 2 + rng_.below(6); i < n; ++i) md += rng_.pick(kTexts) + "\n";
    return md;
  }

  std::vector<std::string> paths(const Files& files, const std::string& start, const std::string& ext) {
    std::vector<std::string> out;
    for (const auto& [path, text] : files)
      if (auto p = testing::reference::place_of(path); p && path.starts_with(start) && path.ends_with(ext))
        out.push_back(path);
    return out;
  }

  std::string new_name(const std::string& dir, const std::string& ext) {
    return dir + "/" + rng_.pick(kCommunes) + "/" + rng_.pick(kPlans) + ext;
  }

  void add_plan(Files& files) {
    std::string name = rng_.pick(kCommunes) + "/" + rng_.pick(kPlans);
    if (files.count("data/" + name + ".json")) return;
    files["data/" + name + ".json"] = dump(make_plan());
    if (rng_.chance(80)) files["content/" + name + ".md"] = make_markdown();
    if (rng_.chance(50))
      files["content/" + name.substr(0, name.find('/')) + "/_index.md"] = "---\nten: Xã\n---\n";
  }

  // One to three random edits.
  void mutate(Files& files) {
    for (size_t k = 0, n = 1 + rng_.below(3); k < n; ++k) {
      size_t kind = rng_.below(100);
      auto json_files = paths(files, "data/", ".json");
      auto md_files = paths(files, "content/", ".md");
      if (json_files.empty() || kind < 5) {
        add_plan(files);
      } else if (kind < 50) {
        edit_plan(files, rng_.pick(json_files));
      } else if (kind < 60 && !md_files.empty()) {
        edit_markdown(files[rng_.pick(md_files)]);
      } else if (kind < 70) {
        move_plan(files, rng_.pick(json_files));
      } else if (kind < 77) {
        std::string& text = files[rng_.pick(json_files)];
        text = invalid_plan(text);
      } else if (kind < 81) {
        std::string path = rng_.pick(json_files);
        files.erase(path);
        if (rng_.chance(50)) files.erase("content" + path.substr(4, path.size() - 9) + ".md");
      } else if (kind < 86) {
        large_version(files, json_files, md_files);
      } else {
        files[rng_.chance(50) ? "README.md" : "data/" + rng_.pick(kCommunes) + "/_co_quan.json"] =
            "{\"v\": " + std::to_string(rng_.below(1000)) + "}\n";
        if (rng_.chance(30)) files["data/xa-an/thu-muc/kh.json"] = dump(make_plan());  // not a plan path
      }
    }
  }

  std::string invalid_plan(const std::string& text) {
    switch (rng_.below(5)) {
      case 0:
        return "{\"phan\": []}\n";  // valid JSON, no task list
      case 1:
        return "{\"nhiem_vu\": {}}\n";
      case 2:
        return "{\"nhiem_vu\": [1, \"x\", {\"so\": \"1\"}, {\"ma\": \"\"}, {\"ma\": 7}]}\n";  // no task with
                                                                                              // an id
      default:
        return text.size() > 3 ? text.substr(0, 1 + rng_.below(text.size() - 3)) : "{";
    }
  }

  void large_version(Files& files, const std::vector<std::string>& json_files,
                     const std::vector<std::string>& md_files) {
    std::string filler(kBlobLimit + rng_.below(2000), 'x');
    if (md_files.empty() || rng_.chance(60)) {
      json doc = make_plan();
      doc["nhiem_vu"][0]["noi_dung"] = filler;
      files[rng_.pick(json_files)] = dump(doc);
    } else {
      files[rng_.pick(md_files)] += filler + "\n";
    }
  }

  void edit_markdown(std::string& md) {
    std::vector<std::string> lines;
    for (size_t start = 0; start < md.size();) {
      size_t end = md.find('\n', start);
      if (end == std::string::npos) end = md.size();
      lines.push_back(md.substr(start, end - start));
      start = end + 1;
    }
    if (lines.empty()) lines.push_back("");
    size_t at = rng_.below(lines.size());
    switch (rng_.below(4)) {
      case 0:
        lines[at] = rng_.pick(kTexts);
        break;
      case 1:
        lines.insert(lines.begin() + static_cast<long>(at), rng_.pick(kTexts));
        break;
      case 2:
        lines.erase(lines.begin() + static_cast<long>(at));
        break;
      default:
        if (lines.size() > 2) lines[2] = "so_hieu: \"" + std::to_string(rng_.below(99)) + "/KH-UBND\"";
    }
    md.clear();
    for (const auto& l : lines) md += l + "\n";
  }

  // git mv of a plan's JSON and/or Markdown, to another plan name or commune;
  // now and then edited in the same commit.
  void move_plan(Files& files, const std::string& from) {
    std::string to = new_name("data", ".json");
    if (files.count(to)) return;
    std::string from_md = "content" + from.substr(4, from.size() - 9) + ".md";
    std::string to_md = "content" + to.substr(4, to.size() - 9) + ".md";
    files[to] = files[from];
    files.erase(from);
    if (files.count(from_md) && !files.count(to_md) && rng_.chance(70)) {
      files[to_md] = files[from_md];
      files.erase(from_md);
    }
    if (rng_.chance(25)) edit_plan(files, to);
  }

  void edit_plan(Files& files, const std::string& path) {
    json doc = json::parse(files[path], nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("nhiem_vu") || !doc["nhiem_vu"].is_array())
      doc = make_plan();  // an invalid version fixed by the next edit
    json& tasks = doc["nhiem_vu"];
    for (json& t : tasks)
      if (t.is_object() && t.contains("noi_dung") && t["noi_dung"].is_string() &&
          t["noi_dung"].get<std::string>().size() > kBlobLimit)
        t["noi_dung"] = rng_.pick(kTexts);
    if (tasks.empty()) tasks.push_back(make_task());
    json& t = tasks[rng_.below(tasks.size())];
    if (!t.is_object()) t = make_task();
    switch (rng_.below(14)) {
      case 0:
        t["trang_thai"] = rng_.pick(kStatuses);
        break;
      case 1:
        if (rng_.chance(80))
          t["tien_do"] = rng_.below(101);
        else
          t.erase("tien_do");
        break;
      case 2:
        t["thoi_han"] = rng_.pick(kDeadlines);
        break;
      case 3:
        if (rng_.chance(70))
          t["cach_hieu_thoi_han"] =
              rng_.chance(50) ? json{{"han", "2026-0" + std::to_string(1 + rng_.below(9)) + "-15"}}
                              : json{{"cac_lan", {"2026-03-10", "2026-06-10"}}, {"loai", "dinh_ky"}};
        else
          t.erase("cach_hieu_thoi_han");
        break;
      case 4:
        t["noi_dung"] = rng_.pick(kTexts);
        t["co_quan_chu_tri"] = json::array({rng_.pick(kAgencies), rng_.pick(kAgencies)});
        break;
      case 5: {
        json u = {{"ngay", "2026-0" + std::to_string(1 + rng_.below(9)) + "-02"},
                  {"noi_dung", rng_.pick(kTexts)}};
        if (rng_.chance(50)) u["minh_chung"] = json::array({"Báo cáo số 1/BC-UBND"});
        if (!t.contains("cap_nhat") || !t["cap_nhat"].is_array() || rng_.chance(70))
          t["cap_nhat"] = t.contains("cap_nhat") && t["cap_nhat"].is_array() ? t["cap_nhat"] : json::array();
        t["cap_nhat"].push_back(u);
        if (rng_.chance(20)) t["cap_nhat"].erase(0);
        break;
      }
      case 6:
        tasks.insert(tasks.begin() + static_cast<long>(rng_.below(tasks.size() + 1)), make_task());
        break;
      case 7:
        tasks.erase(tasks.begin() + static_cast<long>(rng_.below(tasks.size())));
        break;
      case 8:
        std::swap(tasks[rng_.below(tasks.size())], tasks[rng_.below(tasks.size())]);
        break;
      case 9:
      case 10:
        if (t.contains("ma") && t["ma"].is_string()) {  // a new id, naming the old one in "ma_cu" (or not)
          std::string old = t["ma"];
          t["ma"] = "nv-" + std::to_string(next_task_++);
          if (rng_.chance(80))
            t["ma_cu"] = rng_.chance(85) ? old : "nv-" + std::to_string(rng_.below(next_task_));
        }
        break;
      case 11:
        if (rng_.chance(50))
          tasks.push_back(json(t));  // a repeated id
        else
          tasks.push_back(rng_.chance(50) ? json(42) : json{{"so", "x"}});  // not a task
        break;
      case 12:
        t["thuoc"] = "nv-" + std::to_string(rng_.below(next_task_));
        t["ngay_hoan_thanh"] = "2026-05-0" + std::to_string(1 + rng_.below(9));
        break;
      default:
        t["san_pham"] = json::array({rng_.pick(kTexts)});
        t["co_quan_phoi_hop"] = json::array({rng_.pick(kAgencies)});
    }
    if (tasks.empty()) tasks.push_back(make_task());
    files[path] = dump(doc);
  }

  Rng rng_;
  GitBuilder git_;
  std::map<std::string, size_t> events_;  // what the repository holds, for the coverage check
  std::string prefix_;
  std::vector<Node> nodes_;
  std::vector<size_t> side_;  // nodes made on branches
  std::vector<git_oid> all_;
  size_t head_index_ = 0;
  long long time_ = 1767225600;  // 2026-01-01
  size_t next_task_ = 1;
};

// What read_history found, in the reference's terms.
testing::ReferenceHistory as_reference(const History& h) {
  testing::ReferenceHistory r;
  for (const auto& c : h.commits) r.commit_ids.push_back(c.id);
  r.task_changes = h.task_changes;
  r.narrative_changes = h.narrative_changes;
  r.plan_renames = h.plan_renames;
  r.task_renames = h.task_renames;
  r.notes = testing::note_keys(h);
  return r;
}

std::string describe(const TaskChange& c) {
  std::string s = std::to_string(c.commit) + " " + c.commune + "/" + c.plan + " " + c.task_id + " " +
                  std::string(change_kind_key(c.kind));
  for (const auto& f : c.fields) s += " [" + f.field + ": " + f.before + " → " + f.after + "]";
  return s;
}

// Returns a description of the first difference, "" when equal.
std::string compare(const testing::ReferenceHistory& want, const testing::ReferenceHistory& got) {
  if (want.commit_ids != got.commit_ids)
    return "commits: want " + std::to_string(want.commit_ids.size()) + ", got " +
           std::to_string(got.commit_ids.size());
  for (size_t i = 0; i < std::max(want.task_changes.size(), got.task_changes.size()); ++i) {
    std::string w = i < want.task_changes.size() ? describe(want.task_changes[i]) : "(none)";
    std::string g = i < got.task_changes.size() ? describe(got.task_changes[i]) : "(none)";
    if (w != g) return "task change " + std::to_string(i) + ":\n  want " + w + "\n  got  " + g;
  }
  if (want.narrative_changes != got.narrative_changes) return "narrative changes differ";
  if (want.plan_renames != got.plan_renames) return "plan renames differ";
  if (want.task_renames != got.task_renames) return "task renames differ";
  if (want.notes != got.notes) {
    std::string s = "notes differ: want";
    for (const auto& n : want.notes) s += " [" + n.commit + " " + n.path + (n.too_large ? " large]" : "]");
    s += "; got";
    for (const auto& n : got.notes) s += " [" + n.commit + " " + n.path + (n.too_large ? " large]" : "]");
    return s;
  }
  return "";
}

// Where two serialised histories part, with some context.
std::string first_difference(const std::string& want, const std::string& got) {
  size_t i = 0;
  while (i < want.size() && i < got.size() && want[i] == got[i]) ++i;
  size_t from = i < 150 ? 0 : i - 150;
  return "\n  want …" + want.substr(from, 400) + "\n  got  …" + got.substr(from, 400);
}

HistoryOptions options(const std::filesystem::path& cache = {}, const std::string& start = "") {
  HistoryOptions o;
  o.cache_dir = cache;
  o.start_commit = start;
  o.max_blob_bytes = kBlobLimit;
  return o;
}

// One repository: "" when every check passed, else what failed. `seen`
// counts the kinds of history it held.
std::string check_repository(uint64_t seed, size_t max_commits, bool every_commit,
                             std::map<std::string, size_t>& seen) {
  TempDir dir;
  history::GitLibrary lib;
  RepoGenerator gen(dir.path(), seed);
  gen.generate(max_commits);
  std::filesystem::path source = dir.path() / gen.prefix();
  std::filesystem::create_directories(source);

  TempDir cache;
  History cold = read_history(source, options(cache.path()));  // no cache yet: a cold read that fills it
  if (cold.state != History::State::Ok)
    return "state " + std::to_string(int(cold.state)) + ": " + cold.warning;
  auto want = testing::reference_history(gen.repo(), gen.prefix(), kBlobLimit);
  for (const auto& [event, n] : gen.events()) seen[event] += n != 0;
  seen["source in a sub-directory"] += !gen.prefix().empty();
  seen["plan renamed or moved"] += !want.plan_renames.empty();
  seen["task id changed (ma_cu)"] += !want.task_renames.empty();
  seen["too large version"] +=
      std::any_of(want.notes.begin(), want.notes.end(), [](auto& n) { return n.too_large; });
  seen["invalid version"] +=
      std::any_of(want.notes.begin(), want.notes.end(), [](auto& n) { return !n.too_large; });
  seen["plan removed"] += std::any_of(want.narrative_changes.begin(), want.narrative_changes.end(),
                                      [](auto& c) { return c.kind == ChangeKind::Removed; });
  if (std::string diff = compare(want, as_reference(cold)); !diff.empty()) return "reference: " + diff;

  std::string cold_json = testing::history_json(cold);
  History warm = read_history(source, options(cache.path()));
  if (!warm.from_cache || warm.walked_commits != 0) return "warm read did not use the cache";
  if (std::string got = testing::history_json(warm); got != cold_json)
    return "warm != cold" + first_difference(cold_json, got);

  // Caches filled at earlier commits (main line, or a branch: then not an
  // ancestor, and the cache is read as a rewritten history).
  std::vector<git_oid> starts = gen.commits();
  starts.pop_back();  // HEAD: the warm read above
  if (!every_commit) {
    Rng pick(seed ^ 0x5eed);
    std::vector<git_oid> three;
    for (int i = 0; i < 3; ++i) three.push_back(pick.pick(starts));
    starts = three;
  }
  for (const git_oid& at : starts) {
    TempDir earlier;
    std::string id = history::oid_hex(at);
    read_history(source, options(earlier.path(), id));
    History h = read_history(source, options(earlier.path()));
    if (std::string got = testing::history_json(h); got != cold_json)
      return "cache filled at " + id + " != cold" + first_difference(cold_json, got);
  }
  return "";
}

// The scopes checked on each repository: each commune's folders alone, and
// one commune with two plans of the others (plans are moved into and out of
// both by the generator).
std::vector<HistoryScope> scopes_to_check() {
  std::vector<HistoryScope> out;
  for (const auto& c : kCommunes) out.push_back({.communes = {c}});
  out.push_back({.communes = {"xa-an"}, .plans = {{"xa-binh", "kh-2026"}, {"phuong-cau", "kh-cchc"}}});
  return out;
}

// One repository's scoped reads: "" when each equals the full history cut down.
std::string check_scoped_reads(uint64_t seed, size_t max_commits, std::map<std::string, size_t>& seen) {
  TempDir dir;
  history::GitLibrary lib;
  RepoGenerator gen(dir.path(), seed);
  gen.generate(max_commits);
  std::filesystem::path source = dir.path() / gen.prefix();
  std::filesystem::create_directories(source);
  const History full = read_history(source, options());
  Rng pick(seed ^ 0x5c0be);
  for (const HistoryScope& scope : scopes_to_check()) {
    History want = full;
    keep_scope(want, scope);
    const std::string want_json = testing::history_json(want);
    for (const auto& r : want.plan_renames)
      if (!scope.contains(r.from_commune, r.from_plan)) ++seen["moved into the scope"];
    if (want.task_changes.size() < full.task_changes.size()) ++seen["scope drops changes"];

    TempDir cache;
    HistoryOptions o = options(cache.path());
    o.scope = &scope;
    History cold = read_history(source, o);
    if (std::string got = testing::history_json(cold); got != want_json)
      return "scope " + scope.key() + ": cold != full cut down" + first_difference(want_json, got);
    History warm = read_history(source, o);
    if (!warm.from_cache || warm.walked_commits != 0) return "scope " + scope.key() + ": warm read missed the cache";
    if (std::string got = testing::history_json(warm); got != want_json)
      return "scope " + scope.key() + ": warm != cold" + first_difference(want_json, got);
    // The full cache beside it is neither read nor overwritten by a scoped read.
    if (read_history(source, options(cache.path())).from_cache) return "a full read used a scoped cache";

    TempDir earlier;
    std::string at = history::oid_hex(pick.pick(gen.commits()));
    HistoryOptions before = options(earlier.path(), at);
    before.scope = &scope;
    read_history(source, before);
    o.cache_dir = earlier.path();
    if (std::string got = testing::history_json(read_history(source, o)); got != want_json)
      return "scope " + scope.key() + ": cache filled at " + at + " != cold" + first_difference(want_json, got);
  }
  return "";
}

// Runs `check` on generated repositories (CK_HISTORY_REPOS of them, default `default_repos`, from
// CK_HISTORY_SEED; CK_HISTORY_ONLY replays one), reporting the first five failures with the command that
// replays each. Returns how many ran.
template <typename Check>
size_t run_generated_repositories(size_t default_repos, Check check) {
  // Hundreds of small repositories are thousands of small files: in memory
  // when the system offers it (ctest runs each test in its own process).
  std::error_code ec;
  if (!std::getenv("TMPDIR") && std::filesystem::is_directory("/dev/shm", ec) &&
      access("/dev/shm", W_OK) == 0)
    setenv("TMPDIR", "/dev/shm", 1);
  size_t repos = env_number("CK_HISTORY_REPOS", default_repos);
  uint64_t seed = env_number("CK_HISTORY_SEED", 1313);
  size_t max_commits = std::max<size_t>(3, env_number("CK_HISTORY_MAX_COMMITS", 12));
  const char* only = std::getenv("CK_HISTORY_ONLY");
  size_t first = only && *only ? std::strtoull(only, nullptr, 10) : 0;
  size_t last = only && *only ? first + 1 : repos;
  size_t failures = 0, ran = 0;
  for (size_t i = first; i < last; ++i, ++ran) {
    std::string failure = check(seed + i, max_commits);
    if (failure.empty()) continue;
    ADD_FAILURE() << "repository " << i << " (CK_HISTORY_SEED=" << seed << " CK_HISTORY_ONLY=" << i
                  << "): " << failure;
    if (++failures == 5) break;
  }
  return ran;
}

TEST(HistoryDifferential, ScopedReadsAreTheFullHistoryCutDown) {
  std::map<std::string, size_t> seen;
  size_t ran = run_generated_repositories(50, [&](uint64_t repo_seed, size_t max_commits) {
    return check_scoped_reads(repo_seed, max_commits, seen);
  });
  std::cout << "scoped reads: moved into the scope " << seen["moved into the scope"]
            << ", scope drops changes " << seen["scope drops changes"] << "\n";
  if (ran >= 50) {  // the generator must keep moving plans into scopes
    EXPECT_GE(seen["moved into the scope"], ran / 10);
    EXPECT_GE(seen["scope drops changes"], ran);
  }
  const size_t cases = ran * scopes_to_check().size();
  RecordProperty("robustness_class", "lịch sử git ngẫu nhiên, đọc cho một xã (--commune)");
  RecordProperty("robustness_cases", static_cast<int>(cases));
  RecordProperty("robustness_outcome",
                 "scoped history equals the full history cut down to the commune; cold, warm and "
                 "earlier-cache reads byte-identical");
}

TEST(HistoryDifferential, RandomRepositoriesMatchTheReferenceAndTheCache) {
  bool every_commit = env_number("CK_HISTORY_EVERY_COMMIT", 0) != 0;
  std::map<std::string, size_t> seen;
  size_t ran = run_generated_repositories(500, [&](uint64_t repo_seed, size_t max_commits) {
    return check_repository(repo_seed, max_commits, every_commit, seen);
  });
  // The generator must keep making every kind of history it is meant to (a
  // change to it that stops making merges would otherwise go unnoticed).
  std::string coverage;
  for (const auto& [event, n] : seen) coverage += event + ": " + std::to_string(n) + "; ";
  std::cout << "repositories holding each kind of history: " << coverage << "\n";
  if (ran >= 200)
    for (const char* event :
         {"revert", "earlier tree", "empty commit", "cherry-pick", "merge, main first", "merge, branch first",
          "source in a sub-directory", "plan renamed or moved", "task id changed (ma_cu)",
          "too large version", "invalid version", "plan removed"})
      EXPECT_GE(seen[event], ran / 50) << event;
  RecordProperty("robustness_class",
                 "lịch sử git ngẫu nhiên: revert, merge, cherry-pick, đổi tên, JSON hỏng, tệp lớn");
  RecordProperty("robustness_cases", static_cast<int>(ran));
  RecordProperty("robustness_outcome",
                 "history equals a naive reference; cold, warm and earlier-cache reads byte-identical");
}

}  // namespace
}  // namespace ck
