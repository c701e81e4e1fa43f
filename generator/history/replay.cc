#include "history/replay.h"

#include <optional>

#include "history/git_handles.h"
#include "history/messages.h"
#include "history/narrative_diff.h"
#include "history/plan_snapshot.h"
#include "history/task_diff.h"

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

bool read(git_repository* repo, const Entry& e, std::string& text, Collected& out) {
  ++out.blobs_read;
  if (read_blob(repo, e.id, text)) return true;
  if (!e.is_base) out.notes.push_back({e.commit, msg::unreadable_blob(e.path, git_error_text())});
  return false;
}

// The newer valid version waiting for the next older valid one.
struct Pending {
  size_t commit;
  std::string path;
  bool is_base;
  PlanSnapshot snap;
};

}  // namespace

void replay_plan_data(git_repository* repo, const Lineage& l, Collected& out) {
  auto entries = entries_of(l);
  std::optional<Pending> newer;
  // Whether the newest content is invalid, and the newest valid version's id.
  bool head_invalid = !l.deleted_at && l.versions.empty() && l.base_is_stale;
  bool head_checked = l.versions.empty();
  std::string newest_valid = head_invalid && l.base ? oid_hex(l.base->id) : "";
  for (size_t i = entries.size(); i-- > 0;) {
    const Entry& e = entries[i];
    std::string text;
    bool readable = read(repo, e, text, out);
    PlanSnapshot snap =
        readable ? make_plan_snapshot(std::move(text), newer ? &newer->snap : nullptr) : PlanSnapshot{};
    out.tasks_parsed += snap.parsed;
    if (!head_checked) {
      head_checked = true;
      head_invalid = !snap.ok && !l.deleted_at;
    }
    if (!snap.ok) {
      if (readable && !e.is_base) out.notes.push_back({e.commit, msg::invalid_version(e.path, snap.error)});
      continue;
    }
    if (head_invalid && newest_valid.empty()) newest_valid = oid_hex(e.id);
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
  if (head_invalid) out.invalid_heads[l.path] = newest_valid;
}

void replay_plan_text(git_repository* repo, const Lineage& l, Collected& out) {
  auto entries = entries_of(l);
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
    std::string text;
    if (!read(repo, entries[i], text, out)) continue;
    if (newer_entry) push(narrative_change(&text, &newer_text), newer_entry->commit, newer_entry->path);
    newer_entry = entries[i];
    newer_text = std::move(text);
  }
  if (newer_entry && !newer_entry->is_base)
    push(narrative_change(nullptr, &newer_text), newer_entry->commit, newer_entry->path);
}

}  // namespace ck::history
