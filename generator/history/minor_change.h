// "Thay-doi: nho" is a claim, checked against what the commit changed: a
// commit counts as minor only when every change it records is wording (task
// text, products, the spelling of agencies or of the plan's front matter, the
// plan's narrative). One predicate, read by feeds, recent changes and
// changelogs alike (through HistoryIndex::is_minor), so an editor cannot hide
// a moved deadline or a task marked done as a "typo fix".
#pragma once
#include <string>
#include <vector>

#include "history/history.h"

namespace ck::history {

// For every commit (same indices as History::commits): why its "Thay-doi: nho"
// is refused, in Vietnamese ("đổi trạng thái của nhiệm vụ nv-1; …"), or ""
// when the commit is not marked minor or changes only wording.
std::vector<std::string> minor_refusals(const History& history);

// The build log's warnings, one per refused claim, oldest commit first:
// "commit abc1234 «Sửa lỗi chính tả»: có "Thay-doi: nho" nhưng … — hiển thị như một thay đổi thường".
std::vector<std::string> minor_claim_warnings(const History& history);

}  // namespace ck::history
