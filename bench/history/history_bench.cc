// Times ck::read_history on a repository and prints what it found.
//   history_bench SOURCE_DIR [--cache DIR]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include "history/history.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: history_bench SOURCE_DIR [--cache DIR]\n");
    return 2;
  }
  ck::HistoryOptions options;
  ck::HistoryStats stats;
  options.stats = &stats;
  for (int i = 2; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--cache") && i + 1 < argc) options.cache_dir = argv[++i];
  }
  auto start = std::chrono::steady_clock::now();
  ck::History h = ck::read_history(argv[1], options);
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  double cpu =
      ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
  std::printf("walked_commits %zu\nkept_commits %zu\ntask_changes %zu\nnarrative_changes %zu\nnotes %zu\n",
              h.walked_commits, h.commits.size(), h.task_changes.size(), h.narrative_changes.size(),
              h.notes.size());
  std::printf("blobs_read %zu\ntasks_parsed %zu\n", stats.blobs_read, stats.tasks_parsed);
  std::printf("chain_ms %.0f\ndiff_ms %.0f\nreplay_ms %.0f\ncache_load_ms %.0f\ncache_save_ms %.0f\n",
              stats.chain_ms, stats.diff_ms, stats.replay_ms, stats.cache_load_ms, stats.cache_save_ms);
  std::printf("wall_s %.3f\ncpu_s %.3f\npeak_rss_mb %.1f\n", wall, cpu, ru.ru_maxrss / 1024.0);
  if (!h.warning.empty()) std::printf("warning %s\n", h.warning.c_str());
  return 0;
}
