#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ostream>

namespace ck::cli {

namespace {

// What the person at the terminal reads for each stage key.
const char* stage_label(const std::string& key) {
  static const std::pair<const char*, const char*> labels[] = {
      {"load", "nạp nội dung"},      {"validate", "kiểm tra dữ liệu"}, {"history", "đọc lịch sử"},
      {"derive", "trạng thái, cơ quan, Markdown"},
      {"reuse", "so với lần dựng trước (trang giữ nguyên)"}, {"facts", "dữ kiện nhiệm vụ, danh sách trang"},
      {"render", "dựng trang"},      {"search index", "chỉ mục tìm kiếm"}, {"publish", "dữ liệu mở"},
      {"write", "ghi trang"},
  };
  for (const auto& [k, label] : labels)
    if (key == k) return label;
  return key.c_str();
}

double seconds_between(BuildProgress::Clock::time_point a, BuildProgress::Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

}  // namespace

bool progress_wanted(int fd) {
  if (!isatty(fd)) return false;
  if (const char* ci = std::getenv("CI"); ci && *ci) return false;
  if (const char* term = std::getenv("TERM"); term && std::strcmp(term, "dumb") == 0) return false;
  return true;
}

BuildProgress::BuildProgress(std::ostream& out, bool show, std::chrono::milliseconds delay)
    : out_(out), show_(show), delay_(delay), started_(Clock::now()), stage_started_(started_) {}

void BuildProgress::close_stage(Clock::time_point now) {
  if (!open_) return;
  stages_.back().seconds += seconds_between(stage_started_, now);
  stages_.back().units = done_.load();
  open_ = false;
}

void BuildProgress::stage(std::string_view name, size_t total) {
  std::lock_guard lock(draw_mutex_);
  auto now = Clock::now();
  close_stage(now);
  stages_.push_back({std::string(name), 0, 0});
  stage_started_ = now;
  total_ = total;
  done_ = 0;
  open_ = true;
  draw(now);
}

void BuildProgress::advance() {
  size_t done = ++done_;
  if (!show_) return;
  // Cheap check first: most calls neither lock nor read the clock.
  if (total_ > 0 && done % 64 != 0 && done != total_) return;
  std::unique_lock lock(draw_mutex_, std::try_to_lock);
  if (lock.owns_lock()) draw(Clock::now(), /*force=*/done == total_);
}

void BuildProgress::note_time(std::string_view name, double seconds) {
  std::lock_guard lock(draw_mutex_);
  notes_.push_back({std::string(name), seconds, stages_.empty() ? 0 : stages_.size() - 1});
}

void BuildProgress::draw(Clock::time_point now, bool force) {
  if (!show_ || !open_ || now - started_ < delay_) return;
  if (!force && drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  drawn_ = true;
  constexpr int kWidth = 24;
  std::string line = "\r\033[K";  // back to the line start, erase it
  line += stage_label(stages_.back().name);
  size_t done = done_.load();
  if (total_ > 0) {
    int filled = static_cast<int>(kWidth * std::min(done, total_) / total_);
    line += " [" + std::string(filled, '#') + std::string(kWidth - filled, '.') + "] ";
    line += std::to_string(done) + "/" + std::to_string(total_);
  } else {
    line += "…";
  }
  out_ << line << std::flush;
}

void BuildProgress::finish() {
  std::lock_guard lock(draw_mutex_);
  close_stage(Clock::now());
  if (drawn_) out_ << "\r\033[K" << std::flush;
  drawn_ = false;
}

std::string BuildProgress::stats_report() const {
  std::string report = "congkhai: thời gian từng bước (--stats)\n";
  double total = 0;
  char line[160];
  for (size_t i = 0; i < stages_.size(); ++i) {
    const auto& s = stages_[i];
    total += s.seconds;
    std::snprintf(line, sizeof line, "  %-13s %8.3f s", s.name.c_str(), s.seconds);
    report += line;
    if (s.units > 0) report += "  " + std::to_string(s.units);
    report += std::string("  ") + stage_label(s.name) + "\n";
    for (const auto& n : notes_) {
      if (n.stage != i) continue;  // a part of stage i, already in its time
      std::snprintf(line, sizeof line, "  %-13s %8.3f s  %s (trong %s)\n", n.name.c_str(), n.seconds,
                    stage_label(n.name), s.name.c_str());
      report += line;
    }
  }
  std::snprintf(line, sizeof line, "  %-13s %8.3f s\n", "total", total);
  return report + line;
}

}  // namespace ck::cli
