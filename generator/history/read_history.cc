// read_history: open the repository, reuse the cache when it still fits,
// walk the new commits (phase 1: tree diffs → lineages; phase 2: replay each
// lineage), append, save the cache.
#include <algorithm>
#include <chrono>

#include "history/as_of.h"
#include "history/chain.h"
#include "history/git_handles.h"
#include "history/history.h"
#include "history/history_cache.h"
#include "history/history_scope.h"
#include "history/lineage.h"
#include "history/mailmap.h"
#include "history/messages.h"
#include "history/replay.h"
#include "history/scoped_walk.h"
#include "history/tree_diff.h"

namespace ck {

namespace fs = std::filesystem;
using namespace history;

namespace {

class Stopwatch {
 public:
  double lap() {
    auto now = std::chrono::steady_clock::now();
    double ms = std::chrono::duration<double, std::milli>(now - start_).count();
    start_ = now;
    return ms;
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

struct Walk {
  Chain chain;
  size_t first = 0;  // the first commit to diff (1 when chain.commits[0] is a shallow baseline)
  std::optional<git_oid> base_tree;  // the tree before chain.commits[first]; none: empty
};

// Phase 1: the plan-file deltas of each commit, gathered per lineage.
void diff_commits(git_repository* repo, const Walk& w, const std::string& prefix, LineageBuilder& lineages,
                  std::vector<PlanRename>& renames, Collected& out) {
  TreeReader trees(repo);
  const git_tree* prev = w.base_tree ? trees.get(*w.base_tree, "") : nullptr;
  std::vector<FileDelta> deltas;
  for (size_t k = w.first; k < w.chain.commits.size(); ++k) {
    deltas.clear();
    const git_tree* tree = trees.get(w.chain.commits[k].tree, "");
    if (!tree || !diff_source(trees, prev, tree, prefix, deltas)) {
      out.notes.push_back({k, msg::unreadable_tree(git_error_text())});
      if (tree) prev = tree;
      continue;
    }
    for (const PlanDelta& d : plan_deltas(deltas))
      if (auto r = lineages.add(k, d)) renames.push_back(std::move(*r));
    prev = tree;
  }
}

// Phase 1 of a scoped read (scoped_walk.h). False when a file moved into the
// scope in the new commits: its history before them is not in the cache.
bool diff_scoped(git_repository* repo, const Walk& w, const std::string& prefix, const HistoryScope& scope,
                 bool from_cache, LineageBuilder& lineages, std::vector<PlanRename>& renames, Collected& out) {
  TrackedPaths tracked(scope);
  ScopedDeltas found = scoped_deltas(repo, w.chain, w.first, w.base_tree, prefix, tracked);
  if (from_cache && found.moved_in) return false;
  for (const auto& [k, deltas] : found.by_commit)
    for (const PlanDelta& d : deltas)
      if (auto r = lineages.add(k, d)) renames.push_back(std::move(*r));
  out.notes = std::move(found.notes);
  return true;
}

// Appends this run's findings to `h`, keeping only commits something refers to.
void append(History& h, Chain& chain, Collected& c, std::vector<PlanRename>& renames) {
  std::vector<size_t> index(chain.commits.size(), SIZE_MAX);
  auto use = [&](size_t k) { index[k] = 0; };
  for (const auto& t : c.task_changes) use(t.commit);
  for (const auto& n : c.narrative_changes) use(n.commit);
  for (const auto& r : c.task_renames) use(r.commit);
  for (const auto& r : renames) use(r.commit);
  for (const auto& n : c.notes) use(n.first);
  for (size_t k = 0; k < index.size(); ++k) {
    if (index[k] == SIZE_MAX) continue;
    index[k] = h.commits.size();
    h.commits.push_back(std::move(chain.commits[k].info));
  }
  for (auto& t : c.task_changes) t.commit = index[t.commit], h.task_changes.push_back(std::move(t));
  for (auto& n : c.narrative_changes) n.commit = index[n.commit], h.narrative_changes.push_back(std::move(n));
  for (auto& r : c.task_renames) r.commit = index[r.commit], h.task_renames.push_back(std::move(r));
  for (auto& r : renames) r.commit = index[r.commit], h.plan_renames.push_back(std::move(r));
  for (auto& [k, text] : c.notes) h.notes.push_back(msg::note_prefix(h.commits[index[k]].id) + text);
}

struct Source {
  RepositoryPtr repo;
  git_oid head{};
  std::string prefix;  // the source directory inside the working tree
  std::string key;     // identifies the source for the cache
  bool shallow = false;
};

// Opens the repository holding `source_root`; on failure sets h's state and warning.
std::optional<Source> open_source(const fs::path& source_root, const HistoryOptions& options, History& h) {
  std::string why_not;
  bool owner_refused = false;
  RepositoryPtr repo = open_enclosing_repository(source_root, why_not, &owner_refused);
  if (!repo) {
    h.state = History::State::NotARepository;
    h.warning = owner_refused ? "Không đọc được lịch sử: " + why_not + "." : msg::not_a_repository();
    return std::nullopt;
  }
  Source s;
  git_repository* raw = repo.get();
  s.repo = std::move(repo);
  if (git_repository_head_unborn(raw) == 1 || git_reference_name_to_id(&s.head, raw, "HEAD") != 0) {
    bool unborn = git_repository_head_unborn(raw) == 1;
    h.state = History::State::Empty;
    h.warning = unborn ? msg::empty_repository() : msg::unreadable_head(git_error_text());
    return std::nullopt;
  }
  if (!choose_start(raw, options, s.head, h)) return std::nullopt;
  s.prefix = source_prefix(raw, source_root);
  const char* workdir = git_repository_workdir(raw);
  s.key = std::string(workdir ? workdir : git_repository_path(raw)) + "|" + s.prefix;
  s.shallow = git_repository_is_shallow(raw) == 1;
  return s;
}

// Walks the chain from HEAD, down to the cached head when the cache fits (then
// `h` starts as the cached history), else to the root or a shallow baseline.
bool start_walk(const Source& src, const HistoryOptions& options, bool use_cache, History& h, Walk& w,
                InvalidHeads& invalid, HistoryStats& stats) {
  git_repository* repo = src.repo.get();
  Stopwatch clock;
  std::optional<CacheState> cache;
  if (use_cache) cache = load_cache(options.cache_dir, src.key, options.scope ? options.scope->key() : "");
  stats.cache_load_ms = clock.lap();
  if (cache && cache->shallow != src.shallow) {
    h.cache_note = msg::cache_other_clone();
    cache.reset();
  }
  std::optional<git_oid> stop;
  git_oid id;
  if (cache && oid_from_hex(cache->head, id)) stop = id;
  w.chain = first_parent_chain(repo, src.head, stop, shallow_commits(repo));
  if (!w.chain.error.empty()) {
    h.state = History::State::Empty;
    h.warning = msg::unreadable_head(w.chain.error);
    return false;
  }
  git_commit* c = nullptr;
  if (cache && w.chain.reached_stop && git_commit_lookup(&c, repo, &*stop) == 0) {
    CommitPtr owner(c);
    w.base_tree = *git_commit_tree_id(c);
    std::string note = std::move(h.cache_note);
    h = std::move(cache->history);
    h.cache_note = std::move(note);
    h.from_cache = true;
    invalid = std::move(cache->invalid_heads);
    return true;
  }
  if (cache) h.cache_note = msg::cache_rewritten();
  if (w.chain.cut && !w.chain.commits.empty()) {
    // The oldest commit of a shallow clone is the baseline: nothing is claimed as added there.
    h.shallow_boundary = w.chain.commits.front().info;
    w.base_tree = w.chain.commits.front().tree;
    w.first = 1;
  }
  return true;
}

}  // namespace

History read_history(const fs::path& source_root, const HistoryOptions& options) {
  GitLibrary lib;
  History h;
  HistoryStats stats;
  Stopwatch clock;
  auto src = open_source(source_root, options, h);
  if (!src) return h;
  git_repository* repo = src->repo.get();
  Walk w;
  InvalidHeads invalid;
  std::optional<LineageBuilder> lineages;
  std::vector<PlanRename> renames;
  Collected found;
  for (bool use_cache = true;; use_cache = false) {
    if (!start_walk(*src, options, use_cache, h, w, invalid, stats)) return h;
    stats.chain_ms = clock.lap() - stats.cache_load_ms;
    lineages.emplace(invalid);
    if (!options.scope) {
      diff_commits(repo, w, src->prefix, *lineages, renames, found);
    } else if (!diff_scoped(repo, w, src->prefix, *options.scope, h.from_cache, *lineages, renames, found)) {
      h = History{}, w = Walk{}, invalid.clear(), renames.clear(), found = Collected{};
      continue;  // read again from the start, without the cache
    }
    break;
  }
  stats.diff_ms = clock.lap();
  replay_lineages(repo, lineages->lineages(), options.threads, options.max_blob_bytes, found);
  stats.replay_ms = clock.lap();
  stats.blobs_read = found.blobs_read;
  stats.tasks_parsed = found.tasks_parsed;

  for (const auto& p : lineages->continued_paths()) invalid.erase(p);
  for (auto& [p, v] : found.invalid_heads) invalid[p] = v;
  append(h, w.chain, found, renames);
  h.walked_commits = w.chain.commits.size() - w.first;
  h.head = oid_hex(src->head);
  if (src->shallow || w.chain.cut || h.shallow_boundary) {
    h.state = History::State::Shallow;
    h.warning = msg::shallow_clone(h.shallow_boundary ? &*h.shallow_boundary : nullptr);
  }
  if (options.scope) keep_scope(h, *options.scope);  // the walk also followed moves away, and their sources
  if (!options.cache_dir.empty() && !(h.from_cache && h.walked_commits == 0))  // else it is up to date
    save_cache(options.cache_dir, src->key, options.scope ? options.scope->key() : "", src->shallow, h.head,
               invalid, h);
  stats.cache_save_ms = clock.lap();
  apply_mailmap(repo, h);  // after the cache is saved: it keeps the names as recorded
  if (options.stats) *options.stats = stats;
  return h;
}

}  // namespace ck
