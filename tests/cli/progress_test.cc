// Build progress on a terminal and --stats: what the person at the terminal
// sees, and that logs (not a terminal, or CI) get no bar.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <pty.h>
#include <unistd.h>

#include <cstdlib>
#include <regex>
#include <sstream>

#include "cli/progress.h"
#include "support/test_support.h"

namespace ck::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(Progress, DrawsStageCountAndBarOnATerminal) {
  std::ostringstream out;
  BuildProgress progress(out, /*show=*/true, std::chrono::milliseconds(0));
  progress.stage("render", 4);
  for (int i = 0; i < 4; ++i) progress.advance();
  progress.finish();
  EXPECT_THAT(out.str(), HasSubstr("dựng trang ["));
  EXPECT_THAT(out.str(), HasSubstr("4/4"));
  EXPECT_THAT(out.str(), HasSubstr("\r\033[K"));  // the bar is erased at the end
}

TEST(Progress, SilentWhenNotShownOrBeforeTheDelay) {
  std::ostringstream hidden, quick;
  BuildProgress off(hidden, /*show=*/false, std::chrono::milliseconds(0));
  BuildProgress short_build(quick, /*show=*/true, std::chrono::hours(1));
  for (auto* p : {&off, &short_build}) {
    p->stage("load");
    p->stage("render", 100);
    for (int i = 0; i < 100; ++i) p->advance();
    p->finish();
  }
  EXPECT_EQ(hidden.str(), "");
  EXPECT_EQ(quick.str(), "");
}

TEST(Progress, StatsListEachStageWithItsTimeAndATotal) {
  std::ostringstream out;
  BuildProgress progress(out, false);
  progress.stage("load");
  progress.note_time("validate", 0.25);
  progress.stage("render", 3);
  for (int i = 0; i < 3; ++i) progress.advance();
  progress.stage("write", 2);
  progress.finish();
  std::string report = progress.stats_report();
  EXPECT_TRUE(std::regex_search(report, std::regex(R"(\n  load +\d+\.\d{3} s  nạp nội dung\n)"))) << report;
  EXPECT_TRUE(std::regex_search(report, std::regex(R"(\n  validate +0\.250 s  kiểm tra dữ liệu \(trong load\)\n)")))
      << report;
  EXPECT_TRUE(std::regex_search(report, std::regex(R"(\n  render +\d+\.\d{3} s  3  dựng trang\n)"))) << report;
  EXPECT_TRUE(std::regex_search(report, std::regex(R"(\n  total +\d+\.\d{3} s\n$)"))) << report;
}

// Sets an environment variable for one test, restoring it after.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    value ? setenv(name, value, 1) : unsetenv(name);
  }
  ~ScopedEnv() { old_ ? setenv(name_, old_->c_str(), 1) : unsetenv(name_); }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(Progress, WantedOnlyOnATerminalOutsideCi) {
  int pipe_fds[2];
  ASSERT_EQ(pipe(pipe_fds), 0);
  int master = -1, slave = -1;
  ASSERT_EQ(openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
  {
    ScopedEnv ci("CI", nullptr), term("TERM", "xterm");
    EXPECT_FALSE(progress_wanted(pipe_fds[1]));
    EXPECT_TRUE(progress_wanted(slave));
  }
  {
    ScopedEnv ci("CI", "true"), term("TERM", "xterm");
    EXPECT_FALSE(progress_wanted(slave));
  }
  {
    ScopedEnv ci("CI", nullptr), term("TERM", "dumb");
    EXPECT_FALSE(progress_wanted(slave));
  }
  for (int fd : {pipe_fds[0], pipe_fds[1], master, slave}) close(fd);
}

TEST(Progress, BuildPrintsStatsAndNoBarIntoALog) {
  testing::TempDir dir;
  testing::write_minimal_portal(dir);
  auto r = testing::run_command(testing::congkhai_binary() + " build --stats --source '" + dir.path().string() +
                                "' --out '" + (dir.path() / "site").string() + "' --today 2026-03-01");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, Not(HasSubstr("\r")));
  for (const char* stage : {"load", "validate", "render", "search index", "write", "total"})
    EXPECT_TRUE(std::regex_search(r.output, std::regex(std::string("\n  ") + stage + R"( +\d+\.\d{3} s)")))
        << stage << "\n" << r.output;
  auto plain = testing::run_command(testing::congkhai_binary() + " build --source '" + dir.path().string() +
                                    "' --out '" + (dir.path() / "site").string() + "' --today 2026-03-01");
  EXPECT_THAT(plain.output, Not(HasSubstr("(--stats)")));
}

}  // namespace
}  // namespace ck::cli
