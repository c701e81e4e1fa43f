// A history cut down to the communes a site shows (`build --commune`), so
// "recent changes" and feeds speak only of pages that exist.
#pragma once
#include <set>
#include <string>

#include "history/history.h"

namespace ck {

// Drops the task and narrative changes of communes not in `communes`. A
// change recorded under a commune's old name stays when a rename moved that
// plan into a kept commune (its history follows it). Commits stay: changes
// refer to them by index.
void keep_communes(History& history, const std::set<std::string>& communes);

}  // namespace ck
