// A commit's metadata for the pages: author, date with its time zone, message
// and the trailers editors use (docs/editing.md).
#pragma once
#include <git2.h>

#include <string>
#include <string_view>

#include "history/history.h"

namespace ck::history {

CommitInfo commit_info(const git_commit* commit);

// Sets message (trailing blank lines trimmed), summary, and trailers, reason
// and minor from the message's trailer block (see docs/editing.md).
void set_message(std::string_view message, CommitInfo& info);

// Invalid UTF-8 sequences replaced by U+FFFD, so every string can go into
// JSON and HTML safely.
std::string valid_utf8(std::string_view s);

}  // namespace ck::history
