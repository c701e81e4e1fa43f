#include "history/mailmap.h"

#include <memory>

#include "history/commit_info.h"

namespace ck::history {

void apply_mailmap(git_repository* repo, History& history) {
  git_mailmap* raw = nullptr;
  if (git_mailmap_from_repository(&raw, repo) != 0) return;  // no .mailmap: names as recorded
  std::unique_ptr<git_mailmap, decltype(&git_mailmap_free)> mailmap(raw, git_mailmap_free);
  auto remap = [&](CommitInfo& c) {
    const char* name = nullptr;
    const char* email = nullptr;
    if (git_mailmap_resolve(&name, &email, mailmap.get(), c.author.c_str(), c.email.c_str()) != 0) return;
    c.author = valid_utf8(name ? name : "");
    c.email = valid_utf8(email ? email : "");
  };
  for (CommitInfo& c : history.commits) remap(c);
  if (history.shallow_boundary) remap(*history.shallow_boundary);
}

}  // namespace ck::history
