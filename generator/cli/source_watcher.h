// What `congkhai serve` waits on: a change to any source file (content/, data/,
// congkhai.yaml, themes/). Linux file events (inotify) tell it at once, with no
// scan of the tree: a 3,300-commune repository costs nothing while idle. Where
// inotify is unavailable or its watch limit is reached, it falls back to
// comparing a fingerprint of the tree every 500 ms, and says so.
//
// It also says WHAT changed (SourceChanges): `serve` builds an edited commune
// alone first when every changed path lies in that commune's folders.
//
// The kernel API is used directly rather than libinotifytools: that library
// keeps global state (one watcher per process) and counts timeouts in whole
// seconds, too coarse to gather a burst of writes (an editor's save, a
// `git checkout`) into one rebuild.
#pragma once
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace ck::cli {

// The sources a change touched, relative to the source root with "/" separators:
// "data/xa-a/kh.json", "content/xa-a" (the folder itself: created, deleted,
// renamed), "congkhai.yaml", "themes/rieng/page.html". `everything` when the
// watcher cannot tell (the polling fallback, or the kernel's event queue
// overflowed): anything may have changed.
struct SourceChanges {
  bool everything = false;
  std::set<std::string> paths;
};

class SourceWatcher {
 public:
  enum class Mode { Events, Polling };
  // `force_polling` for tests and for file systems without events (network mounts).
  explicit SourceWatcher(std::filesystem::path root, bool force_polling = false);
  ~SourceWatcher();
  SourceWatcher(const SourceWatcher&) = delete;
  SourceWatcher& operator=(const SourceWatcher&) = delete;

  // Blocks until a source changes (true), or `timeout` passes with no change
  // (false). A burst of changes returns once, after `settle` without events.
  bool wait_for_change(std::chrono::milliseconds timeout,
                       std::chrono::milliseconds settle = std::chrono::milliseconds(80)) {
    return wait_for_changes(timeout, settle).has_value();
  }
  // The same, saying what changed: every path the burst touched.
  std::optional<SourceChanges> wait_for_changes(std::chrono::milliseconds timeout,
                                                std::chrono::milliseconds settle = std::chrono::milliseconds(80));

  Mode mode() const { return mode_; }
  const std::string& fallback_reason() const { return fallback_reason_; }  // why Polling, when it is
  size_t watched_folders() const { return watches_.size(); }

 private:
  bool watch_tree(const std::filesystem::path& dir);
  bool read_events(int timeout_ms);  // true when an event about a source arrived (added to changes_)
  void note(const std::filesystem::path& path);  // a changed path, absolute or relative to root_
  std::string fingerprint() const;
  void fall_back(std::string reason);

  std::filesystem::path root_;
  Mode mode_ = Mode::Events;
  std::string fallback_reason_;
  int fd_ = -1;
  std::map<int, std::filesystem::path> watches_;  // watch descriptor -> folder
  std::string last_fingerprint_;
  SourceChanges changes_;  // of the burst being gathered
};

}  // namespace ck::cli
