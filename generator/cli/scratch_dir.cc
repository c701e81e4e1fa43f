#include "cli/scratch_dir.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cstddef>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <system_error>

namespace ck::cli {
namespace fs = std::filesystem;

namespace {

// --- What the signal handler may do: only async-signal-safe calls, on
// fixed-size tables filled before the handler can see them.

constexpr int kSlots = 4;
constexpr size_t kPathMax = 4096;
char g_paths[kSlots][kPathMax];
std::atomic<bool> g_used[kSlots];
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[sizeof kSignals / sizeof kSignals[0]];

// The fixed head of a getdents64 record; the entry's name follows it.
struct LinuxDirent64Head {
  ino64_t d_ino;
  off64_t d_off;
  unsigned short d_reclen;
  unsigned char d_type;
};
constexpr size_t kDirentNameOffset = offsetof(LinuxDirent64Head, d_type) + 1;

// rm -rf of the entries of the open directory `fd` with raw system calls
// (opendir/readdir allocate, which a signal handler must not).
void remove_entries(int fd, int depth) {
  alignas(8) char buf[2048];
  // Entries go while the directory is read: read it again until a pass removes none.
  for (bool progress = true; progress;) {
    progress = false;
    lseek(fd, 0, SEEK_SET);
    for (long n; (n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0;)
      for (long off = 0; off < n;) {
        auto* d = reinterpret_cast<LinuxDirent64Head*>(buf + off);
        const char* name = buf + off + kDirentNameOffset;
        off += d->d_reclen;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0) continue;
        if (unlinkat(fd, name, 0) == 0) {
          progress = true;
          continue;
        }
        if ((errno != EISDIR && errno != EPERM) || depth >= 32) continue;
        int sub = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub < 0) continue;
        remove_entries(sub, depth + 1);
        close(sub);
        if (unlinkat(fd, name, AT_REMOVEDIR) == 0) progress = true;
      }
  }
}

void remove_now(const char* path) {
  int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return;
  remove_entries(fd, 0);
  close(fd);
  rmdir(path);
}

void on_signal(int sig) {
  int saved_errno = errno;  // a previous handler that returns must find errno as it was
  for (int i = 0; i < kSlots; ++i)
    if (g_used[i].load()) remove_now(g_paths[i]);
  // Then die (or whatever was set before) as the signal means.
  for (size_t i = 0; i < sizeof kSignals / sizeof kSignals[0]; ++i)
    if (kSignals[i] == sig) sigaction(sig, &g_previous[i], nullptr);
  raise(sig);
  errno = saved_errno;
}

void install_handlers_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (size_t i = 0; i < sizeof kSignals / sizeof kSignals[0]; ++i) {
      sigaction(kSignals[i], nullptr, &g_previous[i]);
      if (g_previous[i].sa_handler == SIG_IGN) continue;  // e.g. SIGHUP under nohup: stays ignored
      struct sigaction action {};
      action.sa_handler = on_signal;
      sigemptyset(&action.sa_mask);
      sigaction(kSignals[i], &action, nullptr);
    }
  });
}

std::mutex g_slots_mutex;

int claim_slot(const fs::path& path) {
  if (path.native().size() >= kPathMax) return -1;
  std::lock_guard lock(g_slots_mutex);
  for (int i = 0; i < kSlots; ++i) {
    if (g_used[i].load()) continue;
    std::memcpy(g_paths[i], path.c_str(), path.native().size() + 1);
    g_used[i].store(true);  // after the path: the handler never reads half of one
    return i;
  }
  return -1;
}

std::string prefix(const std::string& purpose) { return "congkhai-" + purpose + "-"; }

}  // namespace

size_t remove_dead_scratch_dirs(const fs::path& temp, const std::string& purpose) {
  const std::string start = prefix(purpose);
  size_t removed = 0;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(temp, ec)) {
    std::string name = e.path().filename().string();
    if (name.rfind(start, 0) != 0) continue;
    // "<pid>-XXXXXX" after the prefix; anything else is not ours to judge.
    char* end = nullptr;
    long pid = std::strtol(name.c_str() + start.size(), &end, 10);
    if (pid <= 0 || *end != '-') continue;
    struct stat st {};
    if (::lstat(e.path().c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::getuid()) continue;
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // alive (or not ours to signal)
    std::error_code ignored;
    if (fs::remove_all(e.path(), ignored) > 0) ++removed;
  }
  return removed;
}

std::unique_ptr<ScratchDir> ScratchDir::make(const std::string& purpose, std::string& error) {
  std::error_code ec;
  fs::path temp = fs::temp_directory_path(ec);
  if (ec) {
    error = "không tìm được thư mục tạm của hệ thống: " + ec.message();
    return nullptr;
  }
  remove_dead_scratch_dirs(temp, purpose);
  install_handlers_once();
  std::string pattern = (temp / (prefix(purpose) + std::to_string(::getpid()) + "-XXXXXX")).string();
  if (!::mkdtemp(pattern.data())) {
    error = "không tạo được thư mục tạm trong " + temp.string() + ": " + std::strerror(errno);
    return nullptr;
  }
  fs::path path(pattern);
  return std::unique_ptr<ScratchDir>(new ScratchDir(path, claim_slot(path)));
}

ScratchDir::~ScratchDir() {
  if (slot_ >= 0) g_used[slot_].store(false);
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

}  // namespace ck::cli
