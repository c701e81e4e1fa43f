#include "history/scoped_walk.h"

#include <algorithm>

#include "history/git_handles.h"
#include "history/messages.h"

namespace ck::history {

TrackedPaths::TrackedPaths(const HistoryScope& scope) {
  for (const auto& c : scope.communes) folders_["content"][c].whole = folders_["data"][c].whole = true;
  for (const auto& [c, p] : scope.plans) {
    add_file("content/" + c + "/" + p + ".md");
    add_file("data/" + c + "/" + p + ".json");
  }
}

namespace {

// "data/xa-an/kh.json" → {"data", "xa-an", "kh.json"}; nullopt for other shapes.
struct Parts {
  std::string top, folder, file;
};
std::optional<Parts> split(const std::string& path) {
  size_t a = path.find('/');
  size_t b = a == std::string::npos ? a : path.find('/', a + 1);
  if (b == std::string::npos || path.find('/', b + 1) != std::string::npos) return std::nullopt;
  return Parts{path.substr(0, a), path.substr(a + 1, b - a - 1), path.substr(b + 1)};
}

}  // namespace

bool TrackedPaths::contains(const std::string& path) const {
  auto p = split(path);
  if (!p) return false;
  auto top = folders_.find(p->top);
  if (top == folders_.end()) return false;
  auto folder = top->second.find(p->folder);
  return folder != top->second.end() && (folder->second.whole || folder->second.files.count(p->file));
}

bool TrackedPaths::add_file(const std::string& path) {
  auto p = split(path);
  if (!p || contains(path)) return false;
  folders_[p->top][p->folder].files.insert(p->file);
  return true;
}

bool diff_tracked(TreeReader& trees, const git_tree* before, const git_tree* after, const std::string& source,
                  const TrackedPaths& tracked, std::vector<FileDelta>& out) {
  auto same = [](const git_tree_entry* a, const git_tree_entry* b) {
    return (!a && !b) || (a && b && git_oid_equal(git_tree_entry_id(a), git_tree_entry_id(b)) &&
                          git_tree_entry_filemode(a) == git_tree_entry_filemode(b));
  };
  auto folder_tree = [&](const git_tree_entry* e, const std::string& path, const git_tree*& t) {
    t = nullptr;
    if (!e || git_tree_entry_type(e) != GIT_OBJECT_TREE) return true;
    return (t = trees.get(*git_tree_entry_id(e), path)) != nullptr;
  };
  for (const auto& [top, folders] : tracked.folders()) {
    const git_tree *a = nullptr, *b = nullptr;
    if (!source_subtree(trees, before, source + top, a) || !source_subtree(trees, after, source + top, b))
      return false;
    if (a == b || (a && b && git_oid_equal(git_tree_id(a), git_tree_id(b)))) continue;
    const std::string prefix = top + "/";
    for (const auto& [name, folder] : folders) {
      const git_tree_entry* ea = a ? git_tree_entry_byname(a, name.c_str()) : nullptr;
      const git_tree_entry* eb = b ? git_tree_entry_byname(b, name.c_str()) : nullptr;
      if (same(ea, eb)) continue;
      if (folder.whole) {
        if (!diff_entries(trees, ea, eb, prefix, out)) return false;
        continue;
      }
      const std::string path = prefix + name;
      const git_tree *ta = nullptr, *tb = nullptr;
      if (!folder_tree(ea, source + path, ta) || !folder_tree(eb, source + path, tb)) return false;
      for (const auto& file : folder.files) {
        const git_tree_entry* fa = ta ? git_tree_entry_byname(ta, file.c_str()) : nullptr;
        const git_tree_entry* fb = tb ? git_tree_entry_byname(tb, file.c_str()) : nullptr;
        if (!same(fa, fb) && !diff_entries(trees, fa, fb, path + "/", out)) return false;
      }
    }
  }
  return true;
}

namespace {

bool appears_or_goes(const std::vector<FileDelta>& deltas) {
  return std::any_of(deltas.begin(), deltas.end(),
                     [](const FileDelta& d) { return d.kind != FileDelta::Kind::Modified; });
}

// The tree of the newest readable commit before `k` (or the base); null for none.
const git_tree* tree_before(TreeReader& trees, const Chain& chain, size_t k, size_t first,
                            const std::optional<git_oid>& base_tree) {
  for (size_t j = k; j-- > first;)
    if (const git_tree* t = trees.get(chain.commits[j].tree, "")) return t;
  return base_tree ? trees.get(*base_tree, "") : nullptr;
}

}  // namespace

ScopedDeltas scoped_deltas(git_repository* repo, const Chain& chain, size_t first,
                           const std::optional<git_oid>& base_tree, const std::string& source,
                           TrackedPaths& tracked) {
  ScopedDeltas out;
  TreeReader trees(repo);
  std::vector<FileDelta> deltas;
  for (size_t k = chain.commits.size(); k-- > first;) {
    deltas.clear();
    const git_tree* after = trees.get(chain.commits[k].tree, "");
    const git_tree* before = after ? tree_before(trees, chain, k, first, base_tree) : nullptr;
    bool ok = after && diff_tracked(trees, before, after, source, tracked, deltas);
    if (ok && appears_or_goes(deltas)) {  // a move into or out of the scope pairs as in a full diff
      deltas.clear();
      ok = diff_source(trees, before, after, source, deltas);
    }
    if (!ok) {
      out.notes.push_back({k, msg::unreadable_tree(git_error_text())});
      continue;
    }
    std::vector<PlanDelta> kept;
    for (PlanDelta& d : plan_deltas(deltas)) {
      bool from = !d.old_path.empty() && tracked.contains(d.old_path);
      bool to = !d.new_path.empty() && tracked.contains(d.new_path);
      if (!from && !to) continue;
      if (d.kind == PlanDelta::Kind::Renamed && !from) out.moved_in |= tracked.add_file(d.old_path);
      kept.push_back(std::move(d));
    }
    if (!kept.empty()) out.by_commit.emplace_back(k, std::move(kept));
  }
  std::reverse(out.by_commit.begin(), out.by_commit.end());
  std::reverse(out.notes.begin(), out.notes.end());
  return out;
}

}  // namespace ck::history
