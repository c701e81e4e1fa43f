#include "util/replace_file.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ck {
namespace fs = std::filesystem;

bool replace_file(const fs::path& path, const std::string& content, std::string& error, bool sync) {
  std::string tmp = (path.parent_path() / ("." + path.filename().string() + ".XXXXXX")).string();
  int fd = ::mkostemp(tmp.data(), O_CLOEXEC);  // O_CREAT | O_EXCL: a name nobody had, not a link
  if (fd < 0) {
    error = "không tạo được tệp tạm trong " + path.parent_path().string() + ": " + std::strerror(errno);
    return false;
  }
  int err = 0;                               // the first failure's errno
  if (::fchmod(fd, 0644) != 0) err = errno;  // mkostemp makes 0600; content is read by others (CI, web UI)
  const char* data = content.data();
  size_t left = content.size();
  while (!err && left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      err = n < 0 ? errno : EIO;
      break;
    }
    data += n;
    left -= static_cast<size_t>(n);
  }
  if (!err && sync && ::fsync(fd) != 0) err = errno;
  if (::close(fd) != 0 && !err) err = errno;
  if (!err && std::rename(tmp.c_str(), path.c_str()) == 0) return true;
  if (!err) err = errno;
  ::unlink(tmp.c_str());
  error = "không ghi được " + path.string() + ": " + std::strerror(err);
  return false;
}

}  // namespace ck
