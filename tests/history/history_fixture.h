// Fixture repositories for the history tests, made by
// scripts/make_history_fixture.py. A missing python3 or git makes the test
// fail with the command's output: these tests never skip.
#pragma once
#include <filesystem>
#include <stdexcept>
#include <string>

#include "support/test_support.h"

namespace ck::testing {

inline void fixture_command(const std::string& args) {
  std::string script = (source_dir() / "scripts" / "make_history_fixture.py").string();
  // The "illustrative" scenario applies progress forms with congkhai; the others ignore it.
  CommandResult r = run_command("CK_CONGKHAI=" + shell_quote(congkhai_binary()) + " python3 '" + script + "' " + args);
  if (r.exit_code != 0)
    throw std::runtime_error("make_history_fixture.py " + args + " failed (" + std::to_string(r.exit_code) +
                             "): " + r.output);
}

// A new repository `dir/name` holding `scenario`.
inline std::filesystem::path make_fixture(const TempDir& dir, const std::string& scenario,
                                          const std::string& name = "repo") {
  auto path = dir.path() / name;
  fixture_command("create " + scenario + " '" + path.string() + "'");
  return path;
}

inline void extend_fixture(const std::filesystem::path& repo, const std::string& kind) {
  fixture_command("extend '" + repo.string() + "' " + kind);
}

inline void rewrite_fixture(const std::filesystem::path& repo) {
  fixture_command("rewrite '" + repo.string() + "'");
}

inline std::filesystem::path shallow_clone(const std::filesystem::path& src, const TempDir& dir, int depth,
                                           const std::string& name = "shallow") {
  auto path = dir.path() / name;
  fixture_command("shallow '" + src.string() + "' '" + path.string() + "' " + std::to_string(depth));
  return path;
}

// A fixture repository built into `out` as of 2026-11-20, with the pages read back.
struct BuiltFixture {
  CommandResult result;
  std::filesystem::path site;
  std::string page(const std::string& path) const { return read_file(site / path); }
};

inline BuiltFixture build_fixture(const std::filesystem::path& source, const std::filesystem::path& out,
                                  const std::string& extra = "") {
  return {run_command(congkhai_binary() + " build --source " + shell_quote(source) + " --out " + shell_quote(out) +
                      " --today 2026-11-20 " + extra),
          out};
}

}  // namespace ck::testing
