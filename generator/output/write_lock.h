// One build at a time per output directory: an exclusive flock on a hidden
// file beside it (".<name>.lock"). The kernel drops the lock when the process
// dies, so a killed build never blocks the next one; the file is removed by
// the holder when it is done, so nothing is left beside the site.
#pragma once
#include <filesystem>
#include <memory>
#include <string>

namespace ck {

class WriteLock {
 public:
  // Takes the lock for `dir` (its parent must exist) without waiting. Null,
  // with `error` (Vietnamese) set, when another build holds it or the lock
  // file cannot be made.
  static std::unique_ptr<WriteLock> acquire(const std::filesystem::path& dir, std::string& error);
  ~WriteLock();
  WriteLock(const WriteLock&) = delete;
  WriteLock& operator=(const WriteLock&) = delete;

  static std::filesystem::path lock_path(const std::filesystem::path& dir);

 private:
  WriteLock(std::filesystem::path path, int fd) : path_(std::move(path)), fd_(fd) {}
  std::filesystem::path path_;
  int fd_;
};

}  // namespace ck
