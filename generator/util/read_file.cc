#include "util/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace ck {

// Plain read(2) into a buffer sized from fstat: a cache of megabytes is read on every
// build, and copying it through an ostringstream cost as much again as reading it.
std::optional<std::string> read_whole_file(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::string bytes;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) bytes.reserve(static_cast<size_t>(st.st_size));
  char chunk[1 << 16];
  for (;;) {
    // Straight into the reserved buffer while it has room; a file that grew (or /proc's size 0) goes on in chunks.
    const size_t room = bytes.capacity() - bytes.size();
    ssize_t n;
    if (room >= sizeof chunk / 4) {
      const size_t old = bytes.size();
      bytes.resize(bytes.capacity());
      n = ::read(fd, bytes.data() + old, room);
      bytes.resize(old + (n > 0 ? static_cast<size_t>(n) : 0));
    } else {
      n = ::read(fd, chunk, sizeof chunk);
      if (n > 0) bytes.append(chunk, static_cast<size_t>(n));
    }
    if (n == 0) break;
    if (n < 0 && errno != EINTR) {
      ::close(fd);
      return std::nullopt;
    }
  }
  ::close(fd);
  return bytes;
}

}  // namespace ck
