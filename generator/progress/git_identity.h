// Who and when a commit made by `congkhai progress apply --commit` records,
// decided as git itself decides (git-commit-tree(1), "COMMIT INFORMATION"):
//   author name/email    --author, else GIT_AUTHOR_NAME / GIT_AUTHOR_EMAIL,
//                        else the repository's user.name / user.email
//   committer name/email GIT_COMMITTER_NAME / GIT_COMMITTER_EMAIL, else
//                        user.name / user.email, else the author
//   dates                GIT_AUTHOR_DATE / GIT_COMMITTER_DATE, else now
// libgit2 1.5 reads none of these variables itself. They are what lets a CI
// job commit "as the uploader" and a fixture commit with fixed dates, so the
// same input gives the same commit ids. A date git would not read is an
// error, never a silent "now".
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace ck::progress {

struct GitTime {
  long long seconds = 0;   // since 1970-01-01 UTC
  int offset_minutes = 0;  // the zone's offset from UTC: +420 for +0700

  bool operator==(const GitTime&) const = default;
};

// A date in one of git's exact formats (git-commit(1), "DATE FORMATS"):
//   "<epoch> <+zone>" (git's internal format), "@<epoch>" with an optional zone,
//   RFC 2822 "Thu, 20 Aug 2026 08:35:00 +0700",
//   ISO 8601 "2026-08-20T08:35:00+07:00" (or a space for T, seconds and zone
//   optional, "Z", "+0700", "+07:00" or "+07"; fractions of a second ignored).
// Without a zone the time is local, as in git. git's "approxidate" phrases
// ("yesterday", "2 weeks ago") are not read: nullopt, with `error` (Vietnamese).
std::optional<GitTime> parse_git_date(std::string_view text, std::string& error);

struct GitPerson {
  std::string name, email;
  std::optional<GitTime> when;  // nullopt: now
};

struct GitIdentity {
  GitPerson author, committer;
};

// `env` reads a variable (std::getenv in use; a map in tests); `config` reads
// the repository's git configuration ("user.name"), "" when unset.
// `author_option`: "Tên <email>" from --author, or "". Nullopt with `error`.
using Lookup = std::function<std::string(const std::string&)>;
std::optional<GitIdentity> resolve_git_identity(const std::string& author_option, const Lookup& env,
                                                const Lookup& config, std::string& error);

}  // namespace ck::progress
