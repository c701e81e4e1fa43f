// What `congkhai serve` waits on: a change to any source file (content/, data/,
// congkhai.yaml, themes/). Linux file events (inotify) tell it at once, with no
// scan of the tree: a 3,300-commune repository costs nothing while idle. Where
// inotify is unavailable or its watch limit is reached, it falls back to
// comparing a fingerprint of the tree every 500 ms, and says so.
//
// The kernel API is used directly rather than libinotifytools: that library
// keeps global state (one watcher per process) and counts timeouts in whole
// seconds, too coarse to gather a burst of writes (an editor's save, a
// `git checkout`) into one rebuild.
#pragma once
#include <chrono>
#include <filesystem>
#include <map>
#include <string>

namespace ck::cli {

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
                       std::chrono::milliseconds settle = std::chrono::milliseconds(80));

  Mode mode() const { return mode_; }
  const std::string& fallback_reason() const { return fallback_reason_; }  // why Polling, when it is
  size_t watched_folders() const { return watches_.size(); }

 private:
  bool watch_tree(const std::filesystem::path& dir);
  bool read_events(int timeout_ms);  // true when an event about a source arrived
  std::string fingerprint() const;
  void fall_back(std::string reason);

  std::filesystem::path root_;
  Mode mode_ = Mode::Events;
  std::string fallback_reason_;
  int fd_ = -1;
  std::map<int, std::filesystem::path> watches_;  // watch descriptor -> folder
  std::string last_fingerprint_;
};

}  // namespace ck::cli
