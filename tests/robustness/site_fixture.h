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

using testing::snapshot;

}  // namespace ck::robustness
