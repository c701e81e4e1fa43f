#include "history/replay.h"

#include <algorithm>
#include <optional>
#include <thread>

#include "history/git_handles.h"
#include "history/messages.h"
#include "history/narrative_diff.h"
#include "history/plan_snapshot.h"
#include "history/task_diff.h"
#include "util/parallel.h"

namespace ck::history {

namespace {

struct Entry {
  size_t commit;
  git_oid id;
  std::string path;
  bool is_base;
};

std::vector<Entry> entries_of(const Lineage& l) {
  std::vector<Entry> out;
  out.reserve(l.versions.size() + 1);
  if (l.base) out.push_back({l.base->commit, l.base->id, l.base->path, true});
  for (const auto& v : l.versions) out.push_back({v.commit, v.id, v.path, false});
  return out;
}

DiffSite site_of(size_t commit, const std::string& path) {
  auto p = plan_path(path);
  return {commit, p ? p->commune : "", p ? p->plan : ""};
}

// The version's bytes; null (with a note, except for a base version, noted by
// an earlier run) when unreadable or larger than the limit for working-tree
// files: a huge file once committed must not fill the site with its versions.
std::shared_ptr<const git_blob> read(git_repository* repo, const Entry& e, size_t max_bytes, Collected& out) {
  ++out.blobs_read;
  size_t size = 0;
  if (blob_size(repo, e.id, size) && size > max_bytes) {
    if (!e.is_base) out.notes.push_back({e.commit, msg::too_large_version(e.path, size, max_bytes)});
    return nullptr;
  }
  auto blob = lookup_blob(repo, e.id);
  if (!blob && !e.is_base) out.notes.push_back({e.commit, msg::unreadable_blob(e.path, git_error_text())});
  return blob;
}

// Whether a lineage's newest version was skipped (invalid, too large) and, if
// so, its newest version kept: the next run's base (InvalidHeads, lineage.h).
// Fed the versions newest first.
class SkippedHead {
 public:
  explicit SkippedHead(const Lineage& l)
      : skipped_(!l.deleted_at && l.versions.empty() && l.base_is_stale),
        checked_(l.versions.empty()),
        deleted_(l.deleted_at.has_value()) {
    if (skipped_ && l.base) newest_kept_ = oid_hex(l.base->id);
  }
  void saw(const Entry& e, bool kept) {
    if (!checked_) {
      checked_ = true;
      skipped_ = !kept && !deleted_;
    }
    if (kept && skipped_ && newest_kept_.empty()) newest_kept_ = oid_hex(e.id);
  }
  void record(const Lineage& l, InvalidHeads& out) const {
    if (skipped_) out[l.path] = newest_kept_;
  }

 private:
  bool skipped_, checked_, deleted_;
  std::string newest_kept_;
};

// The newer valid version waiting for the next older valid one.
struct Pending {
  size_t commit;
  std::string path;
  bool is_base;
  PlanSnapshot snap;
};

}  // namespace

void replay_plan_data(git_repository* repo, const Lineage& l, size_t max_bytes, Collected& out) {
  auto entries = entries_of(l);
  std::optional<Pending> newer;
  SkippedHead head(l);
  for (size_t i = entries.size(); i-- > 0;) {
    const Entry& e = entries[i];
    auto blob = read(repo, e, max_bytes, out);
    bool readable = blob != nullptr;
    std::string_view text = readable ? blob_text(blob.get()) : std::string_view();
    PlanSnapshot snap =
        readable ? make_plan_snapshot(text, std::move(blob), newer ? &newer->snap : nullptr) : PlanSnapshot{};
    out.tasks_parsed += snap.parsed;
    head.saw(e, snap.ok);
    if (!snap.ok) {
      if (readable && !e.is_base) out.notes.push_back({e.commit, msg::invalid_version(e.path, snap.error)});
      continue;
    }
    if (newer)
      diff_plan_versions(&snap, &newer->snap, site_of(newer->commit, newer->path), out.task_changes,
                         out.task_renames);
    else if (l.deleted_at)
      diff_plan_versions(&snap, nullptr, site_of(*l.deleted_at, l.deleted_path), out.task_changes,
                         out.task_renames);
    newer = Pending{e.commit, e.path, e.is_base, std::move(snap)};
  }
  if (newer && !newer->is_base)  // the oldest valid version of a new file: its tasks were added
    diff_plan_versions(nullptr, &newer->snap, site_of(newer->commit, newer->path), out.task_changes,
                       out.task_renames);
  head.record(l, out.invalid_heads);
}

void replay_plan_text(git_repository* repo, const Lineage& l, size_t max_bytes, Collected& out) {
  auto entries = entries_of(l);
  SkippedHead head(l);  // a too-large newest version: the next run compares with the newest kept
  auto push = [&](NarrativeChange c, size_t commit, const std::string& path) {
    if (c.kind == ChangeKind::Modified && c.front_matter.empty() && c.diff.empty()) return;
    DiffSite s = site_of(commit, path);
    c.commit = commit;
    c.commune = s.commune;
    c.plan = s.plan;
    out.narrative_changes.push_back(std::move(c));
  };
  static const std::string kGone;
  if (l.deleted_at) push(narrative_change(&kGone, nullptr), *l.deleted_at, l.deleted_path);
  std::optional<Entry> newer_entry;
  std::string newer_text;
  for (size_t i = entries.size(); i-- > 0;) {
    auto blob = read(repo, entries[i], max_bytes, out);
    head.saw(entries[i], blob != nullptr);
    if (!blob) continue;
    std::string text(blob_text(blob.get()));
    if (newer_entry) push(narrative_change(&text, &newer_text), newer_entry->commit, newer_entry->path);
    newer_entry = entries[i];
    newer_text = std::move(text);
  }
  if (newer_entry && !newer_entry->is_base)
    push(narrative_change(nullptr, &newer_text), newer_entry->commit, newer_entry->path);
  head.record(l, out.invalid_heads);
}

namespace {

void replay_one(git_repository* repo, const Lineage& l, size_t max_bytes, Collected& out) {
  if (l.json)
    replay_plan_data(repo, l, max_bytes, out);
  else
    replay_plan_text(repo, l, max_bytes, out);
}

void merge_into(Collected& to, Collected& from) {
  auto move_all = [](auto& dst, auto& src) { std::move(src.begin(), src.end(), std::back_inserter(dst)); };
  move_all(to.task_changes, from.task_changes);
  move_all(to.narrative_changes, from.narrative_changes);
  move_all(to.task_renames, from.task_renames);
  move_all(to.notes, from.notes);
  to.invalid_heads.merge(from.invalid_heads);
  to.blobs_read += from.blobs_read;
  to.tasks_parsed += from.tasks_parsed;
}

void sort_found(Collected& out) {
  auto by_site = [](const auto& a, const auto& b) {
    return std::tie(a.commit, a.commune, a.plan) < std::tie(b.commit, b.commune, b.plan);
  };
  std::stable_sort(out.task_changes.begin(), out.task_changes.end(), by_site);
  std::stable_sort(out.narrative_changes.begin(), out.narrative_changes.end(), by_site);
  std::stable_sort(out.task_renames.begin(), out.task_renames.end(), by_site);
  std::sort(out.notes.begin(), out.notes.end());
}

// Lineages split into `n` groups of about equal work (versions to read), greedily, largest first.
std::vector<std::vector<size_t>> partition(const std::vector<Lineage>& lineages, size_t n) {
  std::vector<size_t> order(lineages.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto work = [&](size_t i) { return lineages[i].versions.size() + 1; };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return work(a) > work(b); });
  std::vector<std::vector<size_t>> groups(n);
  std::vector<size_t> load(n, 0);
  for (size_t i : order) {
    size_t g = static_cast<size_t>(std::min_element(load.begin(), load.end()) - load.begin());
    groups[g].push_back(i);
    load[g] += work(i);
  }
  return groups;
}

}  // namespace

void replay_lineages(git_repository* repo, const std::vector<Lineage>& lineages, unsigned threads,
                     size_t max_bytes, Collected& out) {
  size_t n = threads ? threads : std::min(4u, default_threads());
  n = std::min(n, std::max<size_t>(1, lineages.size() / 8));  // threads only pay off with work to share
  // Each extra worker reads through its own handle (libgit2 repositories are not shared across threads).
  std::vector<RepositoryPtr> handles;
  for (size_t w = 1; w < n; ++w) {
    git_repository* raw = nullptr;
    if (git_repository_open(&raw, git_repository_path(repo)) != 0) break;
    handles.emplace_back(raw);
  }
  n = handles.size() + 1;
  auto groups = partition(lineages, n);
  std::vector<Collected> parts(n);
  std::vector<std::thread> workers;
  for (size_t w = 1; w < n; ++w)
    workers.emplace_back([&, w] {
      for (size_t i : groups[w]) replay_one(handles[w - 1].get(), lineages[i], max_bytes, parts[w]);
    });
  for (size_t i : groups[0]) replay_one(repo, lineages[i], max_bytes, parts[0]);
  for (auto& t : workers) t.join();
  for (auto& p : parts) merge_into(out, p);
  sort_found(out);
}

}  // namespace ck::history
