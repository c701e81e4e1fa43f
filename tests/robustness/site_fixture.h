// Shared by the robustness suites: run the congkhai binary on a source
// directory, and read a built site back as path -> bytes.
#pragma once
#include <filesystem>
#include <map>
#include <string>

#include "support/test_support.h"

namespace ck::robustness {

namespace fs = std::filesystem;

inline std::string q(const fs::path& p) { return testing::shell_quote(p); }

inline testing::CommandResult congkhai(const std::string& args) {
  return testing::run_command(testing::congkhai_binary() + " " + args);
}

inline testing::CommandResult build(const fs::path& source, const fs::path& out, const std::string& today = "2026-03-01") {
  return congkhai("build --source " + q(source) + " --out " + q(out) + " --today " + today);
}

// Every regular file under `root`, path -> bytes (symlinks reported as such).
inline std::map<std::string, std::string> snapshot(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    std::string rel = it->path().lexically_relative(root).generic_string();
    if (it->is_symlink())
      files[rel] = "<symlink>";
    else if (it->is_regular_file())
      files[rel] = testing::read_file(it->path());
  }
  return files;
}

}  // namespace ck::robustness
