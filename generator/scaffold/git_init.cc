#include "scaffold/git_init.h"

#include "history/git_handles.h"

namespace ck::scaffold {

std::optional<GitInitResult> init_git_repository(const std::filesystem::path& dir, std::string& error) {
  history::GitLibrary library;
  git_repository* raw = nullptr;
  if (git_repository_open_ext(&raw, dir.c_str(), 0, nullptr) == 0) {
    history::RepositoryPtr existing(raw);
    if (!git_repository_is_bare(raw)) return GitInitResult::InsideRepository;
  }
  git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
  options.flags = GIT_REPOSITORY_INIT_MKPATH;
  options.initial_head = "main";
  raw = nullptr;
  if (git_repository_init_ext(&raw, dir.c_str(), &options) != 0) {
    error = "không tạo được kho git trong " + dir.string() + ": " + history::git_error_text();
    return std::nullopt;
  }
  history::RepositoryPtr created(raw);
  return GitInitResult::Created;
}

}  // namespace ck::scaffold
