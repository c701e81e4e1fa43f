// The history stage: what changed in the plans, commit by commit, read from
// the source repository's git history. Plain data, filled once per build by
// read_history(); lookups (a task's timeline, completion commit, slippage)
// are in history_index.h.
//
// Policies (docs/editing.md explains them to editors):
//  - One chain of commits: HEAD and its first parents, oldest first. A merge
//    commit is diffed against its first parent only, so the changes a merged
//    branch brings count once, at the merge, with the merge's author, date and
//    message; the branch's own commits are not listed.
//  - Only plan files are read: data/<commune>/<plan>.json and
//    content/<commune>/<plan>.md, relative to the source directory (which may
//    be a sub-directory of the repository); names starting with "_" are not
//    plans.
//  - A file moved or renamed without changing its content in the same commit
//    keeps its history (exact renames only: a PlanRename is recorded and the
//    lookups follow it). Moved and edited in one commit = removed + added.
//  - Tasks are matched by "ma". A task whose "ma" changed keeps its history
//    when the new version names the old id in "ma_cu"; otherwise the old id
//    is removed and the new one added.
//  - A version of a plan file that is not valid JSON (or has no "nhiem_vu"
//    array) is noted and skipped: the next valid version is compared with the
//    last valid one. Never fatal. So is a version larger than the loader's
//    limit for a file in the working tree (16 MB): a huge file committed once
//    and reverted never reaches the site.
//  - Dates are the author date, kept with the author's UTC offset: a commit is
//    shown on the day it was in the author's own time zone.
//  - Commit messages may end with trailers: "Ly-do: …" (the reason, shown
//    beside the change) and "Thay-doi: nho" (a minor correction: kept in the
//    task's timeline, flagged so feeds and "recent changes" can leave it out
//    when the commit changes wording only: history/minor_change.h).
//    Keys and values are matched without case or diacritics ("Lý-do",
//    "Thay-đổi: nhỏ" work too); other trailers are kept but mean nothing.
//  - `build --commune` reads only the plan files its site shows (HistoryOptions::
//    scope, history/history_scope.h), following files moved into them back to
//    their first name; the result is the full history cut down to the scope.
//  - A shallow clone is read as far as it goes: its oldest commit is a
//    baseline (nothing is reported as added there) and a warning says history
//    before it is missing.
#pragma once
#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/source_file.h"
#include "util/civil_date.h"

namespace ck {

struct HistoryScope;  // history/history_scope.h

struct CommitInfo {
  std::string id;      // 40 hex digits
  std::string author;  // as recorded; UTF-8 (invalid bytes become U+FFFD)
  std::string email;
  long long time = 0;   // author time, seconds since 1970-01-01 UTC
  int tz_minutes = 0;   // the author's UTC offset: +420 for +0700, -300 for -0500
  std::string summary;  // the message's first line
  std::string message;  // the whole message, trailers included, trailing newlines trimmed
  std::map<std::string, std::string> trailers;  // keys as written; a repeated key's values joined by "\n"
  bool minor = false;                           // "Thay-doi: nho"
  std::string reason;                           // "Ly-do: …" (repeated: joined by "\n")
  int parent_count = 0;                         // 0 for a root commit, 2+ for a merge
  // "" for the source repository; else the other repository the commit was
  // read from (history/overlay.h), which the portal's commit links do not cover.
  std::string repository;

  bool operator==(const CommitInfo&) const = default;
};

// The commit's day and time in its own time zone.
CivilDate commit_local_date(const CommitInfo& c);
std::string commit_local_time(const CommitInfo& c);  // "2026-03-02 14:05 +07:00"
std::string short_commit_id(std::string_view id);    // first 7 characters
// The editor's explanation: the message's lines after the summary, without
// the trailer block ("Ly-do:", "Thay-doi:", …) and surrounding blank lines.
std::string commit_body(const CommitInfo& c);

// One field of a task (or of a plan's front matter) before and after a commit.
// `field` is the data-model key: "ma" (an id renamed through ma_cu), "so",
// "phan", "thuoc", "noi_dung", "co_quan_chu_tri", "co_quan_phoi_hop",
// "thoi_han", "cach_hieu_thoi_han", "san_pham", "trang_thai", "tien_do",
// "ngay_hoan_thanh", "cap_nhat". Values are display strings, "" when absent:
//   lists                joined with "; "
//   trang_thai           the key ("hoan_thanh"); absent = "chua_cap_nhat"
//   tien_do              the number as written ("40")
//   cach_hieu_thoi_han   the override as compact JSON with sorted keys
//   cap_nhat             only the updates removed (before) and added (after),
//                        one per line: "2026-03-02: note (evidence; evidence)"
struct FieldChange {
  std::string field;
  std::string before;
  std::string after;

  bool operator==(const FieldChange&) const = default;
};

enum class ChangeKind { Added, Removed, Modified };
std::string_view change_kind_key(ChangeKind k);  // "them", "xoa", "sua"
std::optional<ChangeKind> change_kind_from_key(std::string_view key);

// A task added, removed or modified by one commit. Added and Removed carry the
// fields so, noi_dung, thoi_han, cach_hieu_thoi_han, trang_thai, tien_do and
// ngay_hoan_thanh when non-empty (after for Added, before for Removed); the
// current task in the model has the rest. Modified lists only changed fields,
// in the order above.
struct TaskChange {
  size_t commit = 0;    // index into History::commits
  std::string commune;  // as named by the file's path at that commit
  std::string plan;
  std::string task_id;  // the id at that commit (after a rename: the new id)
  ChangeKind kind = ChangeKind::Modified;
  std::vector<FieldChange> fields;

  bool operator==(const TaskChange&) const = default;
};

// A plan's Markdown changed. `front_matter` lists changed top-level keys of the
// YAML front matter ("so_hieu", "ngay_ban_hanh", …: values as written, quotes
// removed). `diff` is a unified line diff of the body (lines starting "-", "+"
// or " " for context; each hunk starts "@@ dòng N @@", N its first line in the
// new file), at most 60 lines and
// 8 KB; `diff_truncated` says some lines were left out. Added and Removed
// files carry no diff.
struct NarrativeChange {
  size_t commit = 0;
  std::string commune;
  std::string plan;
  ChangeKind kind = ChangeKind::Modified;
  std::vector<FieldChange> front_matter;
  std::string diff;
  bool diff_truncated = false;

  bool operator==(const NarrativeChange&) const = default;
};

// A plan file moved without a change to its content (data: the JSON; else
// the Markdown). Lookups for the new name include the old name's history
// before `commit`.
struct PlanRename {
  size_t commit = 0;
  bool data = true;
  std::string from_commune, from_plan, to_commune, to_plan;

  bool operator==(const PlanRename&) const = default;
};

// A task id changed, with "ma_cu" naming the old one.
struct TaskRename {
  size_t commit = 0;
  std::string commune, plan, from, to;

  bool operator==(const TaskRename&) const = default;
};

struct History {
  enum class State {
    Ok,
    NotARepository,  // the source is in no git repository: no history, a warning
    Empty,           // a repository without commits
    Shallow,         // a shallow clone: history before the oldest commit is missing
  };
  State state = State::Ok;
  std::string warning;  // Vietnamese, for the build log and the pages; "" when Ok

  // Commits on the first-parent chain that changed a plan file (or left a
  // note), oldest first. Other commits are walked but not kept.
  std::vector<CommitInfo> commits;
  std::vector<TaskChange> task_changes;            // by commit, then commune, plan, task order in the file
  std::vector<NarrativeChange> narrative_changes;  // by commit, then commune, plan
  std::vector<PlanRename> plan_renames;            // by commit
  std::vector<TaskRename> task_renames;            // by commit
  // Things skipped, for the build log, by commit:
  // "commit abc1234: data/x/y.json không phải JSON hợp lệ (dòng 4, cột 7), bỏ qua phiên bản này".
  std::vector<std::string> notes;

  // Shallow clones: the oldest commit present, the baseline of what is known.
  std::optional<CommitInfo> shallow_boundary;
  std::string head;           // the commit id read up to ("" when there is none)
  size_t walked_commits = 0;  // commits diffed by this run (the rest came from the cache)
  bool from_cache = false;    // some of the history came from the cache
  std::string cache_note;     // why an existing cache was not used, for the build log ("" otherwise)

  bool operator==(const History&) const = default;
};

// Where a run spent its time, for `-d stats`-style reporting and the benchmark.
struct HistoryStats {
  double chain_ms = 0;   // reading the commits of the first-parent chain
  double diff_ms = 0;    // tree diffs (phase 1)
  double replay_ms = 0;  // reading and comparing file versions (phase 2)
  double cache_load_ms = 0;
  double cache_save_ms = 0;
  size_t blobs_read = 0;
  size_t tasks_parsed = 0;  // task texts parsed (the others were reused from a neighbouring version)
};

struct HistoryOptions {
  // Where to keep history-cache.bin between builds (the build directory);
  // empty: no cache.
  std::filesystem::path cache_dir;
  HistoryStats* stats = nullptr;  // filled when given
  // Threads reading file versions (phase 2): 0 = one per core, at most 4.
  // The result is the same for any number.
  unsigned threads = 0;
  // Time travel (history/as_of.h): read the history up to this commit (40 hex
  // digits) instead of HEAD; or, when empty and `until` is set, up to the last
  // first-parent commit whose commit time is at or before `until` (seconds
  // since 1970 UTC). Either way the cache stays correct: it is keyed by the
  // commit it ends with.
  std::string start_commit;
  std::optional<long long> until;
  // Versions of plan files larger than this are skipped with a note, as the
  // loader refuses such a file in the working tree (tests set a small limit).
  size_t max_blob_bytes = kMaxSourceFileBytes;
  // `build --commune`: read only the history of these plan files (and of the
  // files moved into them); the result is the full history passed through
  // keep_scope. Cached apart from the full history, under the scope's key.
  const HistoryScope* scope = nullptr;
};

// Reads the history of the repository that contains `source_root`. Never
// throws for repository trouble: the state and warning say what happened, and
// unreadable objects become notes. A broken or stale cache is ignored.
History read_history(const std::filesystem::path& source_root, const HistoryOptions& options);

}  // namespace ck
