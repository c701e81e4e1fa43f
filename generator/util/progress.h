// An observer of a long build: which stage runs and how far it is. The
// pipeline reports to it; the command line shows a bar and --stats from it.
// Stages must not depend on how (or whether) progress is shown.
#pragma once
#include <cstddef>
#include <string_view>

namespace ck {

class ProgressSink {
 public:
  virtual ~ProgressSink() = default;
  // A stage starts (and the previous one ends). `total` units of work, 0 when unknown.
  virtual void stage(std::string_view name, size_t total = 0) = 0;
  // One more unit of the current stage is done. Called from worker threads.
  virtual void advance() = 0;
  // Time spent in a part of the current stage that is measured inside it
  // ("validate" within "load"), shown by --stats on its own line.
  virtual void note_time(std::string_view name, double seconds) = 0;
};

// Null-safe helpers so stages can report without checking for an observer.
inline void report_stage(ProgressSink* sink, std::string_view name, size_t total = 0) {
  if (sink) sink->stage(name, total);
}
inline void report_advance(ProgressSink* sink) {
  if (sink) sink->advance();
}

}  // namespace ck
