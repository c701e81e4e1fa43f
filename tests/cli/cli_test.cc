// The congkhai binary as editors and CI use it: exit codes, messages,
// atomic output, reproducibility, and a link walk over the demo portal.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "support/link_walker.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using ck::testing::congkhai_binary;
using ck::testing::run_command;
using ck::testing::TempDir;
using ::testing::HasSubstr;

std::string q(const fs::path& p) { return testing::shell_quote(p); }

testing::CommandResult congkhai(const std::string& args) { return run_command(congkhai_binary() + " " + args); }

using testing::snapshot;

TEST(Cli, VersionAndUsageErrors) {
  auto v = congkhai("--version");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_THAT(v.output, HasSubstr("congkhai "));
  EXPECT_EQ(congkhai("build --no-such-option").exit_code, 2);
  EXPECT_EQ(congkhai("").exit_code, 2);
  auto bad_today = congkhai("build --today 31/12/2026");
  EXPECT_EQ(bad_today.exit_code, 2);
  EXPECT_THAT(bad_today.output, HasSubstr("YYYY-MM-DD"));
}

TEST(Cli, BuildWritesTheSite) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  auto r = congkhai("build --source " + q(dir.path()) + " --out " + q(dir.path() / "site") + " --today 2026-03-01");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("đã tạo"));
  EXPECT_TRUE(fs::exists(dir.path() / "site/xa-thu/kh-2026/nv-1/index.html"));
}

TEST(Cli, BrokenDataPrintsAllErrorsAndLeavesSiteUntouched) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  fs::path out = dir.path() / "site";
  ASSERT_EQ(congkhai("build --source " + q(dir.path()) + " --out " + q(out) + " --today 2026-03-01").exit_code, 0);
  auto before = snapshot(out);

  std::string json = dir.read("data/xa-thu/kh-2026.json");
  auto cut = [&json](const std::string& from, const std::string& to) { json.replace(json.find(from), from.size(), to); };
  cut("\"trang_thai\": \"dang_thuc_hien\"", "\"trang_thai\": \"xong\"");
  cut("      \"co_quan_chu_tri\": [\"Phòng Văn hóa - Xã hội\"],\n", "");
  dir.write("data/xa-thu/kh-2026.json", json);

  auto check = congkhai("check --source " + q(dir.path()));
  EXPECT_EQ(check.exit_code, 1);
  EXPECT_THAT(check.output, HasSubstr("data/xa-thu/kh-2026.json:4:5: lỗi: nhiệm vụ \"1\": thiếu trường bắt buộc \"co_quan_chu_tri\""));
  EXPECT_THAT(check.output, HasSubstr("data/xa-thu/kh-2026.json:"));
  EXPECT_THAT(check.output, HasSubstr("\"xong\""));
  EXPECT_THAT(check.output, HasSubstr("2 lỗi"));

  auto build = congkhai("build --source " + q(dir.path()) + " --out " + q(out) + " --today 2026-03-02");
  EXPECT_EQ(build.exit_code, 1);
  EXPECT_THAT(build.output, HasSubstr("thư mục đầu ra giữ nguyên"));
  EXPECT_EQ(snapshot(out), before);
}

TEST(Cli, SameInputAndTodayGiveIdenticalBytes) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  ASSERT_EQ(congkhai("build --source " + q(dir.path()) + " --out " + q(dir.path() / "a") + " --today 2026-05-05").exit_code, 0);
  ASSERT_EQ(congkhai("build --source " + q(dir.path()) + " --out " + q(dir.path() / "b") + " --today 2026-05-05").exit_code, 0);
  EXPECT_EQ(snapshot(dir.path() / "a"), snapshot(dir.path() / "b"));
}

TEST(Cli, SourceDateEpochSetsTheBuildDate) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  // 2026-06-30T20:00:00Z is already 1 July in Vietnam (UTC+7).
  auto r = run_command("SOURCE_DATE_EPOCH=1782849600 " + congkhai_binary() + " build --source " + q(dir.path()) + " --out " +
                       q(dir.path() / "site"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(testing::read_file(dir.path() / "site/index.html"), HasSubstr("01/07/2026"));
}

TEST(Cli, DemoPortalHasNoBrokenLinksAndReachesEveryPage) {
  TempDir dir;
  fs::path out = dir.path() / "site";
  auto r = congkhai("build --source " + q(testing::source_dir()) + " --out " + q(out) + " --today 2026-06-15");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  auto walk = testing::walk_site(out);
  EXPECT_TRUE(walk.broken.empty()) << ::testing::PrintToString(walk.broken);
  EXPECT_TRUE(walk.absolute.empty()) << ::testing::PrintToString(walk.absolute);
  // Every page written is reachable from index.html.
  size_t pages = 0;
  for (const auto& [path, bytes] : snapshot(out)) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    ++pages;
    EXPECT_TRUE(walk.reached.count(path)) << "unreachable: " << path;
  }
  EXPECT_GT(pages, 50u);
}

}  // namespace
}  // namespace ck
