#include "history/chain.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "history/commit_info.h"
#include "history/git_handles.h"
#include "util/text.h"

namespace ck::history {

Chain first_parent_chain(git_repository* repo, const git_oid& head, const std::optional<git_oid>& stop,
                         const std::set<std::string>& shallow) {
  Chain chain;
  git_oid id = head;
  for (;;) {
    if (stop && git_oid_equal(&id, &*stop)) {
      chain.reached_stop = true;
      break;
    }
    git_commit* raw = nullptr;
    if (git_commit_lookup(&raw, repo, &id) != 0) {
      if (chain.commits.empty())
        chain.error = git_error_text();
      else
        chain.cut = true;  // the parent of the last one is not in the repository
      break;
    }
    CommitPtr commit(raw);
    chain.commits.push_back({*git_commit_tree_id(raw), commit_info(raw)});
    if (git_commit_parentcount(raw) == 0) break;
    if (shallow.count(chain.commits.back().info.id)) {
      chain.cut = true;
      break;
    }
    id = *git_commit_parent_id(raw, 0);
  }
  std::reverse(chain.commits.begin(), chain.commits.end());
  return chain;
}

std::set<std::string> shallow_commits(git_repository* repo) {
  std::set<std::string> ids;
  std::ifstream in(std::filesystem::path(git_repository_commondir(repo)) / "shallow");
  std::string line;
  while (std::getline(in, line)) {
    line = trim(line);
    if (!line.empty()) ids.insert(line);
  }
  return ids;
}

}  // namespace ck::history
