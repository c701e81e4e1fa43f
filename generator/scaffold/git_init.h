// `congkhai init` makes the new folder a git repository (the portal's history
// is read from git), as `git init` would: branch "main", no commit — the
// first commit is the clerk's, under their own name.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace ck::scaffold {

enum class GitInitResult {
  Created,           // a new repository at `dir`
  InsideRepository,  // `dir` is already in a working tree (cargo new does the same): left alone
};

// nullopt, with `error` set, when libgit2 failed.
std::optional<GitInitResult> init_git_repository(const std::filesystem::path& dir, std::string& error);

}  // namespace ck::scaffold
