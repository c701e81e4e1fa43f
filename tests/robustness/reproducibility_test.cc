// Reproducibility (issue #9): the same commit built with the same --today gives
// byte-identical output over every file — pages, history pages, search index,
// feeds, sitemap, open data and manifest — whatever the checkout's path, the
// history cache (cold or warm), the working directory and the machine's time
// zone and locale. Fixtures are git repositories with history.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "robustness/site_fixture.h"

namespace ck::robustness {
namespace {

using testing::TempDir;
using ::testing::HasSubstr;

// Builds `source` from working directory `cwd` (where the history cache lives).
testing::CommandResult build_from(const fs::path& cwd, const fs::path& source, const fs::path& out,
                                  const std::string& env = "") {
  fs::create_directories(cwd);
  return testing::run_command("cd " + q(cwd) + " && " + env + " " + testing::congkhai_binary() + " build --source " +
                              q(source) + " --out " + q(out) + " --today 2026-11-20 --base-url https://example.gov.vn/cong/");
}

void expect_identical(const std::map<std::string, std::string>& a, const std::map<std::string, std::string>& b,
                      const std::string& what) {
  ASSERT_EQ(a.size(), b.size()) << what;
  for (const auto& [path, bytes] : a) {
    auto it = b.find(path);
    ASSERT_NE(it, b.end()) << what << ": " << path << " missing";
    EXPECT_TRUE(it->second == bytes) << what << ": " << path << " differs";
  }
}

struct Fixture {
  const char* name;
  std::string command;  // makes a repository at the path appended to it
};

class Reproducible : public ::testing::TestWithParam<Fixture> {};

TEST_P(Reproducible, SameCommitSameTodaySameBytes) {
  TempDir dir;
  const fs::path repo = dir.path() / "kho", clone = dir.path() / "ban-sao" / "kho-khac";
  auto made = testing::run_command(GetParam().command + " " + q(repo));
  ASSERT_EQ(made.exit_code, 0) << made.output;
  auto cloned = testing::run_command("git clone -q " + q(repo) + " " + q(clone));
  ASSERT_EQ(cloned.exit_code, 0) << cloned.output;

  auto cold = build_from(dir.path() / "cwd-1", repo, dir.path() / "out-1");
  ASSERT_EQ(cold.exit_code, 0) << cold.output;
  auto warm = build_from(dir.path() / "cwd-1", repo, dir.path() / "out-2");  // the history cache is warm now
  ASSERT_EQ(warm.exit_code, 0) << warm.output;
  auto elsewhere = build_from(dir.path() / "cwd-2", clone, dir.path() / "out-3",
                              "TZ=Pacific/Kiritimati LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=0");
  ASSERT_EQ(elsewhere.exit_code, 0) << elsewhere.output;

  auto first = snapshot(dir.path() / "out-1");
  // Every kind of output is there to compare.
  for (const char* path : {"index.html", "search/meta.js", "thay-doi.xml", "sitemap.xml", "manifest.json", "du-lieu/index.html"})
    EXPECT_TRUE(first.count(path)) << path;
  EXPECT_GT(std::count_if(first.begin(), first.end(), [](const auto& f) { return f.first.rfind("search/t-", 0) == 0; }), 0);
  const std::pair<const char*, std::string> others[] = {
      {"warm history cache", "out-2"}, {"another checkout, cache, time zone and locale", "out-3"}};
  for (const auto& [what, out] : others) expect_identical(first, snapshot(dir.path() / out), what);
  record_robustness(
      std::string("rebuild of a git fixture (") + GetParam().name +
          ") with a warm cache, another checkout path, time zone and locale (cases = files compared)",
      first.size() * std::size(others), "byte-identical output, every file of every build");
}

std::string fixture_script(const std::string& args) {
  return "python3 " + q(testing::source_dir() / "scripts/make_history_fixture.py") + " --congkhai " +
         q(testing::congkhai_binary()) + " create " + args;
}

INSTANTIATE_TEST_SUITE_P(
    GitHistory, Reproducible,
    ::testing::Values(Fixture{"illustrative", fixture_script("illustrative")}, Fixture{"deadline", fixture_script("deadline")},
                      Fixture{"merge", fixture_script("merge")},
                      Fixture{"injection", "python3 " + q(testing::source_dir() / "tests/robustness/make_injection_fixture.py")}),
    [](const ::testing::TestParamInfo<Fixture>& param_info) { return std::string(param_info.param.name); });

// Outside git (no history): the same files at two paths give the same site.
// The history warning banner used to print the source path on every page.
TEST(ReproducibleFixture, SameFilesAtAnotherPathSameBytes) {
  TempDir a, b;
  testing::write_minimal_portal(a);
  fs::create_directories(b.path() / "mot/duong/dan/khac");
  fs::copy(a.path(), b.path() / "mot/duong/dan/khac", fs::copy_options::recursive);
  ASSERT_EQ(build_from(a.path() / "cwd", a.path(), a.path() / "out").exit_code, 0);
  ASSERT_EQ(build_from(b.path() / "cwd", b.path() / "mot/duong/dan/khac", b.path() / "out").exit_code, 0);
  auto first = snapshot(a.path() / "out");
  expect_identical(first, snapshot(b.path() / "out"), "another path");
  record_robustness("same files outside git at another path (cases = files compared)", first.size(),
                    "byte-identical output; the source path is printed nowhere");
}

// The history really is on the pages being compared (or the test would prove little).
TEST(ReproducibleFixture, HistoryIsOnThePages) {
  TempDir dir;
  auto made = testing::run_command(fixture_script("deadline") + " " + q(dir.path() / "kho"));
  ASSERT_EQ(made.exit_code, 0) << made.output;
  auto r = build_from(dir.path() / "cwd", dir.path() / "kho", dir.path() / "out");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  auto head = testing::run_command("git -C " + q(dir.path() / "kho") + " log -1 --format=%h");
  std::string id = head.output.substr(0, head.output.find('\n'));
  ASSERT_FALSE(id.empty());
  bool found = false;
  for (const auto& [path, bytes] : snapshot(dir.path() / "out"))
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0 && bytes.find(id) != std::string::npos) found = true;
  EXPECT_TRUE(found) << "no page names the last commit " << id;
}

}  // namespace
}  // namespace ck::robustness
