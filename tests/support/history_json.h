// A History as compact JSON text, for the history tests: two histories
// compared as text show where they differ. Commits as {"id", "author",
// "email", "time", "tz", "summary", "message", "trailers", "minor", "reason",
// "parents", "repository"}; changes, renames and notes as arrays. Not a file
// format: the history cache is binary (history/history_cache.h).
#pragma once
#include <string>

#include "history/history.h"

namespace ck::testing {

std::string history_json(const History& h);

}  // namespace ck::testing
