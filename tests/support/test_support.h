// Helpers shared by the tests: temporary directories, files, running the CLI.
#pragma once
#include <filesystem>
#include <map>
#include <string>

namespace ck::testing {

// A fresh directory under the system temp dir, removed when destroyed.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // Writes `content` to path()/relative, creating parent directories.
  void write(const std::string& relative, const std::string& content) const;
  std::string read(const std::string& relative) const;

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& p);
// Every file under `root` (a built site), relative path -> bytes; a symlink
// is recorded as "<symlink>", not followed, so a test sees one slip in.
std::map<std::string, std::string> snapshot(const std::filesystem::path& root);

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};
// `p` quoted for a shell command line (single quotes; a quote inside is escaped).
std::string shell_quote(const std::filesystem::path& p);
// Runs a shell command line, capturing its output.
CommandResult run_command(const std::string& command_line);

// Writes a small valid portal (one commune "xa-thu", one plan "kh-2026" with
// a section and three tasks) into `dir`; tests then break one thing.
void write_minimal_portal(const TempDir& dir);
// The plan JSON written by write_minimal_portal, for tests that tweak it.
std::string minimal_plan_json();

// Path of the built congkhai binary and of the repository checkout.
std::string congkhai_binary();
std::filesystem::path source_dir();
std::filesystem::path shared_dir();

}  // namespace ck::testing
