#include "cli/source_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>
#include <utility>

namespace ck::cli {
namespace fs = std::filesystem;

namespace {

// What `build` reads from the source folder (the same list the fingerprint covers).
constexpr const char* kSourceFolders[] = {"content", "data", "themes"};
constexpr const char* kConfigName = "congkhai.yaml";
constexpr uint32_t kFolderEvents = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO |
                                   IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;
constexpr auto kPollInterval = std::chrono::milliseconds(500);

}  // namespace

SourceWatcher::SourceWatcher(fs::path root, bool force_polling) : root_(std::move(root)) {
  if (force_polling) {
    fall_back("đã chọn dò định kỳ");
    return;
  }
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) {
    fall_back(std::string("hệ thống không báo thay đổi tệp (inotify: ") + std::strerror(errno) + ")");
    return;
  }
  // The root itself: congkhai.yaml, and source folders created after the preview started.
  int root_wd = inotify_add_watch(fd_, root_.c_str(), kFolderEvents);
  bool ok = root_wd >= 0;
  if (ok) watches_[root_wd] = root_;
  for (const char* top : kSourceFolders)
    if (ok && fs::is_directory(root_ / top)) ok = watch_tree(root_ / top);
  if (!ok)
    fall_back(std::string("không theo dõi được mọi thư mục (inotify: ") + std::strerror(errno) +
              "; nâng fs.inotify.max_user_watches nếu kho rất lớn)");
}

SourceWatcher::~SourceWatcher() {
  if (fd_ >= 0) close(fd_);
}

void SourceWatcher::fall_back(std::string reason) {
  mode_ = Mode::Polling;
  changes_.everything = true;  // events from here on are not read: which files changed is unknown
  // The scan starts from the tree as it is now (with events, no scan is made: at 3,300 communes
  // it costs a tenth of a second per change).
  last_fingerprint_ = fingerprint();
  fallback_reason_ = std::move(reason);
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  watches_.clear();
}

bool SourceWatcher::watch_tree(const fs::path& dir) {
  std::error_code ec;
  int wd = inotify_add_watch(fd_, dir.c_str(), kFolderEvents);
  if (wd < 0) return errno == ENOENT || errno == ENOTDIR;  // gone already: nothing to watch
  watches_[wd] = dir;
  for (auto it = fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::directory_iterator(); it.increment(ec)) {
    // Symlinked folders are followed by the build, so they are watched too (a loop is reported by the build).
    if (it->is_directory(ec) && !it->is_symlink(ec) && !watch_tree(it->path())) return false;
  }
  return true;
}

void SourceWatcher::note(const fs::path& path) {
  changes_.paths.insert((path.is_absolute() ? path.lexically_relative(root_) : path).generic_string());
}

bool SourceWatcher::read_events(int timeout_ms) {
  pollfd p{fd_, POLLIN, 0};
  if (poll(&p, 1, timeout_ms) <= 0) return false;
  alignas(inotify_event) char buf[64 * 1024];
  bool relevant = false;
  while (true) {
    ssize_t n = read(fd_, buf, sizeof buf);
    if (n <= 0) break;
    for (char* at = buf; at < buf + n;) {
      auto* e = reinterpret_cast<inotify_event*>(at);
      at += sizeof(inotify_event) + e->len;
      if (e->mask & IN_Q_OVERFLOW) {  // events were lost: something changed, what is unknown
        changes_.everything = true;
        relevant = true;
        continue;
      }
      auto folder = watches_.find(e->wd);
      if (folder == watches_.end()) continue;
      std::string name = e->len ? std::string(e->name) : std::string();
      if (e->mask & IN_IGNORED) {
        watches_.erase(folder);
        continue;
      }
      if (folder->second == root_) {
        // In the root only the config and the source folders matter (not .git, site/, build/).
        bool source_folder = false;
        for (const char* top : kSourceFolders) source_folder |= name == top;
        if (name != kConfigName && !source_folder) continue;
        note(name);
        if (source_folder && (e->mask & (IN_CREATE | IN_MOVED_TO)) && (e->mask & IN_ISDIR) &&
            !watch_tree(root_ / name)) {
          fall_back("không theo dõi được thư mục mới " + name);
          return true;
        }
        relevant = true;
        continue;
      }
      // No name: the watched folder itself (deleted, moved, its attributes changed).
      note(name.empty() ? folder->second : folder->second / name);
      if ((e->mask & (IN_CREATE | IN_MOVED_TO)) && (e->mask & IN_ISDIR) && !watch_tree(folder->second / name)) {
        fall_back("không theo dõi được thư mục mới " + name);
        return true;
      }
      relevant = true;
    }
  }
  return relevant;
}

std::optional<SourceChanges> SourceWatcher::wait_for_changes(std::chrono::milliseconds timeout,
                                                             std::chrono::milliseconds settle) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  auto report = [this] { return std::optional(std::exchange(changes_, {})); };
  if (mode_ == Mode::Events) {
    while (true) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return std::nullopt;
      if (!read_events(static_cast<int>(left.count()))) continue;
      if (mode_ == Mode::Polling) break;  // fell back while reading: report this change, poll from now on
      // Gather the rest of the burst into this one change.
      while (mode_ == Mode::Events && read_events(static_cast<int>(settle.count()))) {
      }
      return report();
    }
    return report();
  }
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::min(kPollInterval, std::chrono::duration_cast<std::chrono::milliseconds>(
                                                            deadline - std::chrono::steady_clock::now())));
    std::string now = fingerprint();
    if (now != last_fingerprint_) {
      last_fingerprint_ = std::move(now);
      changes_ = {};
      return SourceChanges{.everything = true, .paths = {}};  // the fingerprint says that, not where
    }
  }
  return std::nullopt;
}

// Paths, sizes and modification times of every source file (the polling fallback).
std::string SourceWatcher::fingerprint() const {
  std::string fp;
  std::error_code ec;
  auto add = [&](const fs::path& f) {
    auto t = fs::last_write_time(f, ec).time_since_epoch().count();
    fp += f.string() + ":" + std::to_string(fs::is_regular_file(f, ec) ? fs::file_size(f, ec) : 0) + ":" +
          std::to_string(t) + "\n";
  };
  if (fs::exists(root_ / kConfigName, ec)) add(root_ / kConfigName);
  for (const char* top : kSourceFolders) {
    fs::path p = root_ / top;
    if (!fs::is_directory(p, ec)) continue;
    // Unreadable folders are skipped, not fatal: the build reports them.
    for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec))
      add(it->path());
  }
  return fp;
}

}  // namespace ck::cli
