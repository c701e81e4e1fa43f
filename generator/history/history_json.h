// History as JSON text, for the cache file (history_cache.h) and for tools.
// Written and read as a stream: at 50,000 commits the text is tens of MB, and
// building a DOM for it cost more than walking the commits again.
//   {"commits": [{"id", "author", "email", "time", "tz", "message", "parents"}],
//    "task_changes": [[commit, commune, plan, task, "them"|"xoa"|"sua", [[field, before, after]]]],
//    "narrative_changes": [[commit, commune, plan, kind, [[key, before, after]], diff, truncated]],
//    "plan_renames": [[commit, data, from_commune, from_plan, to_commune, to_plan]],
//    "task_renames": [[commit, commune, plan, from, to]],
//    "notes": [text], "shallow_boundary": commit | null}
// A commit's summary, trailers, reason and minor flag are derived from its
// message when read, as from git.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "history/history.h"
#include "history/json_text.h"

namespace ck::history {

// Compact, keys in the order above; the same History gives the same bytes.
void append_history_json(const History& h, std::string& out);
std::string history_json(const History& h);

// nullopt when the text is not such a document (or commit indices are out of range).
std::optional<History> parse_history_json(std::string_view text);
// The same, reading the value at `in` (already checked to be valid JSON).
std::optional<History> read_history_json(JsonText& in);

}  // namespace ck::history
