#include "history/tree_diff.h"

#include <cstring>
#include <utility>

namespace ck::history {

namespace {

bool is_file(const git_tree_entry* e) {
  git_filemode_t mode = git_tree_entry_filemode(e);
  return mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE;
}
bool is_tree(const git_tree_entry* e) { return git_tree_entry_type(e) == GIT_OBJECT_TREE; }

// Git's tree order: a directory sorts as if its name ended with '/'. A file and
// a directory of the same name are different entries.
int git_order(const git_tree_entry* a, const git_tree_entry* b) {
  const char* x = git_tree_entry_name(a);
  const char* y = git_tree_entry_name(b);
  size_t lx = std::strlen(x), ly = std::strlen(y), n = lx < ly ? lx : ly;
  if (int c = std::memcmp(x, y, n)) return c;
  unsigned char cx = lx > n ? static_cast<unsigned char>(x[n]) : is_tree(a) ? '/' : 0;
  unsigned char cy = ly > n ? static_cast<unsigned char>(y[n]) : is_tree(b) ? '/' : 0;
  return int(cx) - int(cy);
}

const git_tree* subtree_of(TreeReader& trees, const git_tree_entry* e, const std::string& path) {
  return trees.get(*git_tree_entry_id(e), path);
}

// One side only: every file below `e` was added (or deleted).
bool one_side(TreeReader& trees, const git_tree_entry* e, const std::string& prefix, bool added,
              std::vector<FileDelta>& out) {
  std::string path = prefix + git_tree_entry_name(e);
  if (is_file(e)) {
    FileDelta d;
    d.kind = added ? FileDelta::Kind::Added : FileDelta::Kind::Deleted;
    d.path = std::move(path);
    (added ? d.new_id : d.old_id) = *git_tree_entry_id(e);
    out.push_back(std::move(d));
    return true;
  }
  if (!is_tree(e)) return true;  // submodules, symlinks: not content
  const git_tree* sub = subtree_of(trees, e, path);
  if (!sub) return false;
  return added ? diff_trees(trees, nullptr, sub, path + "/", out)
               : diff_trees(trees, sub, nullptr, path + "/", out);
}

// The same name on both sides.
bool both_sides(TreeReader& trees, const git_tree_entry* a, const git_tree_entry* b,
                const std::string& prefix, std::vector<FileDelta>& out) {
  if (git_oid_equal(git_tree_entry_id(a), git_tree_entry_id(b)) &&
      git_tree_entry_filemode(a) == git_tree_entry_filemode(b))
    return true;  // unchanged: the whole subtree is skipped
  if (is_tree(a) && is_tree(b)) {
    std::string path = prefix + git_tree_entry_name(a);
    const git_tree* ta = subtree_of(trees, a, path);
    const git_tree* tb = subtree_of(trees, b, path);
    if (!ta || !tb) return false;
    return diff_trees(trees, ta, tb, path + "/", out);
  }
  if (is_file(a) && is_file(b)) {
    if (git_oid_equal(git_tree_entry_id(a), git_tree_entry_id(b))) return true;  // mode change only
    FileDelta d;
    d.path = prefix + git_tree_entry_name(a);
    d.old_id = *git_tree_entry_id(a);
    d.new_id = *git_tree_entry_id(b);
    out.push_back(std::move(d));
    return true;
  }
  return one_side(trees, a, prefix, false, out) && one_side(trees, b, prefix, true, out);
}

// The tree at `path` ("data" or "site/data") below `root`; null when absent
// or not a directory. False when it cannot be read.
bool subtree(TreeReader& trees, const git_tree* root, const std::string& path, const git_tree*& out) {
  out = nullptr;
  if (!root) return true;
  const git_tree_entry* e = nullptr;
  TreeEntryPtr owned;
  if (path.find('/') == std::string::npos) {
    e = git_tree_entry_byname(root, path.c_str());  // borrowed: no allocation
  } else {
    git_tree_entry* raw = nullptr;
    if (git_tree_entry_bypath(&raw, root, path.c_str()) == 0) owned.reset(raw);
    e = raw;
  }
  if (!e || !is_tree(e)) return true;
  out = subtree_of(trees, e, path);
  return out != nullptr;
}

}  // namespace

const git_tree* TreeReader::get(const git_oid& id, const std::string& path) {
  Slot& slot = by_path_[path];
  if (slot.newer && git_oid_equal(git_tree_id(slot.newer.get()), &id)) return slot.newer.get();
  if (slot.older && git_oid_equal(git_tree_id(slot.older.get()), &id)) {
    // Promoted: the next tree read here must evict the other one, not this one,
    // which the caller now holds (a revert returns to the tree before the last).
    std::swap(slot.newer, slot.older);
    return slot.newer.get();
  }
  git_tree* raw = nullptr;
  if (git_tree_lookup(&raw, repo_, &id) != 0) return nullptr;
  slot.older = std::move(slot.newer);
  slot.newer.reset(raw);
  return raw;
}

bool diff_trees(TreeReader& trees, const git_tree* before, const git_tree* after, const std::string& prefix,
                std::vector<FileDelta>& out) {
  size_t na = before ? git_tree_entrycount(before) : 0, nb = after ? git_tree_entrycount(after) : 0;
  size_t i = 0, j = 0;
  while (i < na || j < nb) {
    const git_tree_entry* a = i < na ? git_tree_entry_byindex(before, i) : nullptr;
    const git_tree_entry* b = j < nb ? git_tree_entry_byindex(after, j) : nullptr;
    int c = !a ? 1 : !b ? -1 : git_order(a, b);
    bool ok = true;
    if (c == 0) {
      ok = both_sides(trees, a, b, prefix, out);
      ++i, ++j;
    } else if (c < 0) {
      ok = one_side(trees, a, prefix, false, out);
      ++i;
    } else {
      ok = one_side(trees, b, prefix, true, out);
      ++j;
    }
    if (!ok) return false;
  }
  return true;
}

bool diff_entries(TreeReader& trees, const git_tree_entry* before, const git_tree_entry* after,
                  const std::string& prefix, std::vector<FileDelta>& out) {
  if (before && after) return both_sides(trees, before, after, prefix, out);
  if (before) return one_side(trees, before, prefix, false, out);
  if (after) return one_side(trees, after, prefix, true, out);
  return true;
}

bool source_subtree(TreeReader& trees, const git_tree* root, const std::string& path, const git_tree*& out) {
  return subtree(trees, root, path, out);
}

bool diff_source(TreeReader& trees, const git_tree* before, const git_tree* after, const std::string& source,
                 std::vector<FileDelta>& out) {
  for (const char* dir : {"content", "data"}) {
    const git_tree *a = nullptr, *b = nullptr;
    if (!subtree(trees, before, source + dir, a) || !subtree(trees, after, source + dir, b)) return false;
    if (a == b || (a && b && git_oid_equal(git_tree_id(a), git_tree_id(b)))) continue;
    if (!diff_trees(trees, a, b, std::string(dir) + "/", out)) return false;
  }
  return true;
}

std::optional<PlanPath> plan_path(std::string_view path) {
  PlanPath p;
  std::string_view ext;
  if (path.starts_with("data/")) {
    path.remove_prefix(5);
    ext = ".json";
  } else if (path.starts_with("content/")) {
    path.remove_prefix(8);
    ext = ".md";
    p.json = false;
  } else {
    return std::nullopt;
  }
  size_t slash = path.find('/');
  if (slash == 0 || slash == std::string_view::npos) return std::nullopt;
  std::string_view file = path.substr(slash + 1);
  if (file.find('/') != std::string_view::npos || !file.ends_with(ext) || file.size() == ext.size() ||
      file[0] == '_' || path[0] == '_')
    return std::nullopt;
  p.commune = std::string(path.substr(0, slash));
  p.plan = std::string(file.substr(0, file.size() - ext.size()));
  return p;
}

std::vector<PlanDelta> plan_deltas(const std::vector<FileDelta>& deltas) {
  std::vector<PlanDelta> out;
  std::vector<size_t> added;  // indices into out of unpaired additions
  for (const FileDelta& d : deltas) {
    auto pp = plan_path(d.path);
    if (!pp) continue;
    PlanDelta p;
    p.json = pp->json;
    p.old_id = d.old_id;
    p.new_id = d.new_id;
    switch (d.kind) {
      case FileDelta::Kind::Added:
        p.kind = PlanDelta::Kind::Added, p.new_path = d.path;
        break;
      case FileDelta::Kind::Deleted:
        p.kind = PlanDelta::Kind::Deleted, p.old_path = d.path;
        break;
      case FileDelta::Kind::Modified:
        p.kind = PlanDelta::Kind::Modified, p.old_path = p.new_path = d.path;
        break;
    }
    if (p.kind == PlanDelta::Kind::Added) added.push_back(out.size());
    out.push_back(std::move(p));
  }
  // Exact renames: a deletion and an addition of the same blob (deltas are in path order).
  std::vector<bool> gone(out.size(), false);
  for (PlanDelta& del : out) {
    if (del.kind != PlanDelta::Kind::Deleted) continue;
    for (size_t k : added) {
      PlanDelta& add = out[k];
      if (gone[k] || add.json != del.json || !git_oid_equal(&add.new_id, &del.old_id)) continue;
      del.kind = PlanDelta::Kind::Renamed;
      del.new_path = add.new_path;
      del.new_id = add.new_id;
      gone[k] = true;
      break;
    }
  }
  std::vector<PlanDelta> kept;
  kept.reserve(out.size());
  for (size_t k = 0; k < out.size(); ++k)
    if (!gone[k]) kept.push_back(std::move(out[k]));
  return kept;
}

}  // namespace ck::history
