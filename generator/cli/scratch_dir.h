// Scratch directories (the source of `build --as-of`) in the system's
// temporary directory, named "congkhai-<purpose>-<pid>-XXXXXX". One is
// removed when its owner is destroyed, when the process gets SIGINT, SIGTERM
// or SIGHUP, and, when the process was killed outright, by the next run:
// making a scratch directory first removes those whose process is gone.
#pragma once
#include <filesystem>
#include <memory>
#include <string>

namespace ck::cli {

class ScratchDir {
 public:
  // A fresh directory; null with `error` (Vietnamese) set when it cannot be made.
  static std::unique_ptr<ScratchDir> make(const std::string& purpose, std::string& error);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  ScratchDir(std::filesystem::path path, int slot) : path_(std::move(path)), slot_(slot) {}
  std::filesystem::path path_;
  int slot_;  // in the table the signal handler removes from; -1 when it was full
};

// Removes the scratch directories of `purpose` under `temp` whose process no
// longer runs (and that belong to this user); returns how many went.
size_t remove_dead_scratch_dirs(const std::filesystem::path& temp, const std::string& purpose);

}  // namespace ck::cli
