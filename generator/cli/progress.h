// `congkhai build` progress on a terminal (stage, count, a bar on stderr) and
// the time of each stage for --stats. Quiet when stderr is not a terminal or
// when running in CI, so logs never fill with carriage returns.
#pragma once
#include <atomic>
#include <chrono>
#include <iosfwd>
#include <mutex>
#include <string>
#include <vector>

#include "util/progress.h"

namespace ck::cli {

// True when a progress bar belongs on `fd`: a terminal, not CI (env CI set), not TERM=dumb.
bool progress_wanted(int fd);

class BuildProgress : public ProgressSink {
 public:
  using Clock = std::chrono::steady_clock;
  struct StageTime {
    std::string name;
    double seconds = 0;
    size_t units = 0;  // units reported for the stage (pages rendered, …)
  };

  // `show` draws on `out`; the bar appears only once the build has run
  // `delay` (short builds stay silent) and redraws at most every 100 ms.
  BuildProgress(std::ostream& out, bool show, std::chrono::milliseconds delay = std::chrono::milliseconds(500));
  void stage(std::string_view name, size_t total = 0) override;
  void advance() override;
  void note_time(std::string_view name, double seconds) override;
  // Ends the last stage and clears the bar.
  void finish();
  const std::vector<StageTime>& stages() const { return stages_; }
  // One line per stage and a total, for --stats ("  render      1.234 s  13829").
  std::string stats_report() const;

 private:
  void close_stage(Clock::time_point now);
  void draw(Clock::time_point now, bool force = false);  // force: skip the 100 ms throttle

  std::ostream& out_;
  bool show_;
  std::chrono::milliseconds delay_;
  Clock::time_point started_, stage_started_, last_draw_;
  std::vector<StageTime> stages_;
  struct Note {
    std::string name;
    double seconds = 0;
    size_t stage = 0;  // index in stages_ of the stage it is part of
  };
  std::vector<Note> notes_;
  size_t total_ = 0;
  std::atomic<size_t> done_{0};
  std::mutex draw_mutex_;
  bool drawn_ = false;
  bool open_ = false;
};

}  // namespace ck::cli
