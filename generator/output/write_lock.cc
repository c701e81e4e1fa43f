#include "output/write_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ck {
namespace fs = std::filesystem;

fs::path WriteLock::lock_path(const fs::path& dir) {
  return dir.parent_path() / ("." + dir.filename().string() + ".lock");
}

std::unique_ptr<WriteLock> WriteLock::acquire(const fs::path& dir, std::string& error) {
  const fs::path path = lock_path(dir);
  // The holder unlinks the file when done: a lock taken on a file that was
  // unlinked (or replaced) meanwhile guards nothing, so check and try again.
  for (int attempt = 0; attempt < 100; ++attempt) {
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) {
      error = "không tạo được tệp khoá " + path.string() + ": " + std::strerror(errno);
      return nullptr;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      int err = errno;
      ::close(fd);
      if (err == EINTR) continue;
      if (err == EWOULDBLOCK)
        error = "một lần dựng khác đang ghi vào " + dir.string() + " (đang giữ tệp khoá " + path.string() +
                ") — đợi lần đó xong rồi chạy lại; thư mục đầu ra giữ nguyên";
      else
        error = "không khoá được " + path.string() + ": " + std::strerror(err);
      return nullptr;
    }
    struct stat held {
    }, named{};
    if (::fstat(fd, &held) == 0 && ::lstat(path.c_str(), &named) == 0 && held.st_dev == named.st_dev &&
        held.st_ino == named.st_ino)
      return std::unique_ptr<WriteLock>(new WriteLock(path, fd));
    ::close(fd);
  }
  error = "không khoá được " + path.string() + ": tệp khoá liên tục bị thay";
  return nullptr;
}

WriteLock::~WriteLock() {
  ::unlink(path_.c_str());  // still held: nobody can have locked this file meanwhile
  ::close(fd_);
}

}  // namespace ck
