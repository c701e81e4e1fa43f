#include "history/history_codec.h"

#include "util/field_codec.h"

namespace ck {

// Every field kept, once (util/field_codec.h). A field added to one of these
// structs changes its size and stops the build here: list it below (or, for
// History, decide whether it is kept between runs), then update the size.
#if __SIZEOF_POINTER__ == 8 && defined(__GLIBCXX__)
static_assert(sizeof(CommitInfo) == 304, "a field was added to CommitInfo: list it in Fields<CommitInfo>");
static_assert(sizeof(FieldChange) == 96, "a field was added to FieldChange: list it in Fields<FieldChange>");
static_assert(sizeof(TaskChange) == 136, "a field was added to TaskChange: list it in Fields<TaskChange>");
static_assert(sizeof(NarrativeChange) == 144,
              "a field was added to NarrativeChange: list it in Fields<NarrativeChange>");
static_assert(sizeof(PlanRename) == 144, "a field was added to PlanRename: list it in Fields<PlanRename>");
static_assert(sizeof(TaskRename) == 136, "a field was added to TaskRename: list it in Fields<TaskRename>");
static_assert(sizeof(History) == 576,
              "a field was added to History: list it in Fields<History> when a later run needs it");
#endif

template <>
struct Fields<CommitInfo> {
  static void each(auto& c, auto& visit) {
    visit(c.id), visit(c.author), visit(c.email), visit(c.time), visit(c.tz_minutes), visit(c.summary),
        visit(c.message), visit(c.trailers), visit(c.minor), visit(c.reason), visit(c.parent_count),
        visit(c.repository);
  }
};
template <>
struct Fields<FieldChange> {
  static void each(auto& f, auto& visit) { visit(f.field), visit(f.before), visit(f.after); }
};
template <>
struct Fields<TaskChange> {
  static void each(auto& t, auto& visit) {
    visit(t.commit), visit(t.commune), visit(t.plan), visit(t.task_id), visit(t.kind), visit(t.fields);
  }
};
template <>
struct Fields<NarrativeChange> {
  static void each(auto& n, auto& visit) {
    visit(n.commit), visit(n.commune), visit(n.plan), visit(n.kind), visit(n.front_matter), visit(n.diff),
        visit(n.diff_truncated);
  }
};
template <>
struct Fields<PlanRename> {
  static void each(auto& p, auto& visit) {
    visit(p.commit), visit(p.data), visit(p.from_commune), visit(p.from_plan), visit(p.to_commune),
        visit(p.to_plan);
  }
};
template <>
struct Fields<TaskRename> {
  static void each(auto& t, auto& visit) {
    visit(t.commit), visit(t.commune), visit(t.plan), visit(t.from), visit(t.to);
  }
};
// Not state, warning, head, walked_commits, from_cache, cache_note: each run sets them.
template <>
struct Fields<History> {
  static void each(auto& h, auto& visit) {
    visit(h.commits), visit(h.task_changes), visit(h.narrative_changes), visit(h.plan_renames),
        visit(h.task_renames), visit(h.notes), visit(h.shallow_boundary);
  }
};

// An enum's last value (util/field_codec.h): a number read past it is not one the writer wrote.
template <>
constexpr ChangeKind kLast<ChangeKind> = ChangeKind::Modified;

namespace history {
namespace {

bool indices_in_range(const History& h) {
  const size_t n = h.commits.size();
  auto below = [n](const auto& list) {
    for (const auto& item : list)
      if (item.commit >= n) return false;
    return true;
  };
  return below(h.task_changes) && below(h.narrative_changes) && below(h.plan_renames) &&
         below(h.task_renames);
}

}  // namespace

void append_history_bytes(const History& h, ByteWriter& out) {
  Put put{out};
  put(h);
}

std::optional<History> read_history_bytes(ByteReader& in) {
  History h;
  Get get{in};
  get(h);
  if (!in.ok() || !indices_in_range(h)) return std::nullopt;
  return h;
}

}  // namespace history
}  // namespace ck
