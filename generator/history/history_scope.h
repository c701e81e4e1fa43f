// What a one-commune site (`build --commune`) needs of the history: every
// plan file in that commune's folders, present or past, and the single plans
// of other communes it implements. read_history with HistoryOptions::scope
// walks only those paths (history/scoped_walk.h); keep_scope cuts any history
// down to the same thing, so "recent changes" and feeds speak only of pages
// that exist. The scoped read is, by definition and by test
// (HistoryScopeDifferential), the full read passed through keep_scope.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "history/history.h"

namespace ck {

struct HistoryScope {
  std::set<std::string> communes;                       // whole folders: content/<id>/, data/<id>/
  std::set<std::pair<std::string, std::string>> plans;  // (commune, plan) of other communes

  bool contains(std::string_view commune, std::string_view plan) const;
  // Canonical text naming the scope: the history cache of a scoped read is
  // kept under it, apart from the full one and from other scopes'.
  std::string key() const;
};

// Keeps the changes, renames and notes of plan files in `scope`, and of files
// that moved into it later (their history follows them: a change is kept when
// its file's name, then or after any later exact move, is in scope); drops
// commits nothing refers to any more and renumbers the rest. Notes that name
// no plan file (an unreadable tree) stay.
void keep_scope(History& history, const HistoryScope& scope);

}  // namespace ck
