// A commune whose files are kept in another repository (a commune's own
// repository merged into a city portal, or the illustrative commune's fixture
// history) takes its history from there: its changes in the portal's own
// history are replaced by those read from the other repository, and the
// commits of both are merged into one time-ordered list.
#pragma once
#include <string>
#include <string_view>

#include "history/history.h"

namespace ck {

// Replaces `commune`'s changes in `base` by those in `other`. `other`'s
// commits keep their ids and carry `repository` (so pages link them to no web
// view of the portal's repository). Commits left without any change are
// dropped; the merged list is ordered by author time (stable: for equal
// times, `base` first), and every change keeps its order within a commit.
void overlay_commune_history(History& base, const History& other, std::string_view commune,
                             const std::string& repository);

}  // namespace ck
