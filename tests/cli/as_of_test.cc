// `congkhai build --as-of`: the portal as the repository stood at a date (the
// end of that day in Vietnam, UTC+7) or a commit, on the fixture repository
// of scripts/make_history_fixture.py ("linear": commits on 08/01, 10/02 at
// 20:30 -05:00 = 11/02 08:30 in Vietnam, 02/03, 20/03, 21/03/2026).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "history/history_fixture.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using ck::testing::run_command;
using ck::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

std::string q(const fs::path& p) { return testing::shell_quote(p); }

using testing::snapshot;

// The status a plan page's row gives task `id`.
std::string row_status(const std::string& plan_page, const std::string& id) {
  std::smatch m;
  std::regex row("<tr id=\"" + id + "\"[^>]*data-status=\"([a-z_]+)\"");
  return std::regex_search(plan_page, m, row) ? m[1].str() : "(no row)";
}

class AsOf : public ::testing::Test {
 protected:
  void SetUp() override {
    repo_ = testing::make_fixture(dir_, "linear");
    fs::create_directories(dir_.path() / "tmp");
  }
  // Builds with the history cache and TMPDIR inside the temp dir.
  testing::CommandResult build(const std::string& name, const std::string& extra) {
    return run_command("TMPDIR=" + q(dir_.path() / "tmp") + " " + testing::congkhai_binary() +
                       " build --source " + q(repo_) + " --out " + q(site(name)) + " --cache-dir " +
                       q(dir_.path() / "cache") + " " + extra);
  }
  fs::path site(const std::string& name) const { return dir_.path() / name; }
  std::string page(const std::string& name, const std::string& path) const {
    return testing::read_file(site(name) / path);
  }

  TempDir dir_;
  fs::path repo_;
};

TEST_F(AsOf, ADateMeansTheEndOfThatDayInVietnam) {
  auto before = build("ngay-10", "--as-of 2026-02-10");
  ASSERT_EQ(before.exit_code, 0) << before.output;
  EXPECT_THAT(before.output, HasSubstr("số liệu tính đến 10/02/2026"));
  std::string plan = page("ngay-10", "xa-thu/kh-2026/index.html");
  EXPECT_THAT(page("ngay-10", "index.html"), HasSubstr("<code>1d02c15</code>"));  // the first commit only
  EXPECT_EQ(row_status(plan, "nv-1"), "chua_cap_nhat");

  // 10/02 20:30 in New York is already 11/02 in Vietnam: that commit counts from the 11th.
  auto after = build("ngay-11", "--as-of 2026-02-11");
  ASSERT_EQ(after.exit_code, 0) << after.output;
  EXPECT_THAT(page("ngay-11", "index.html"), HasSubstr("<code>ac804e2</code>"));
  EXPECT_EQ(row_status(page("ngay-11", "xa-thu/kh-2026/index.html"), "nv-1"), "dang_thuc_hien");
  // Task 3 was removed on 20/03: it is still there, as it was then.
  EXPECT_TRUE(fs::exists(site("ngay-11") / "xa-thu/kh-2026/nv-3/index.html"));
}

TEST_F(AsOf, HistoryEndsAtThatCommitAndACommitIdGivesTheSameSite) {
  ASSERT_EQ(build("hom-nay", "--today 2026-03-25").exit_code, 0);
  EXPECT_FALSE(fs::exists(site("hom-nay") / "xa-thu/kh-2026/nv-3/index.html"));
  EXPECT_THAT(page("hom-nay", "xa-thu/kh-2026/nv-1/index.html"), HasSubstr("Hoàn thành nhiệm vụ 1"));

  auto by_date = build("theo-ngay", "--as-of 2026-02-11");
  ASSERT_EQ(by_date.exit_code, 0) << by_date.output;
  std::string task = page("theo-ngay", "xa-thu/kh-2026/nv-1/index.html");
  EXPECT_THAT(task, HasSubstr("Cập nhật tiến độ nhiệm vụ 1"));
  EXPECT_THAT(task, Not(HasSubstr("Hoàn thành nhiệm vụ 1")));  // 02/03: after the chosen day

  // The commit itself (by a prefix of its id): its day is 11/02 in Vietnam, so the very same site.
  auto by_commit = build("theo-commit", "--as-of ac804e2");
  ASSERT_EQ(by_commit.exit_code, 0) << by_commit.output;
  EXPECT_EQ(snapshot(site("theo-ngay")), snapshot(site("theo-commit")));

  // The everyday cache was not replaced by the older history: today's build is unchanged.
  ASSERT_EQ(build("hom-nay-2", "--today 2026-03-25").exit_code, 0);
  EXPECT_EQ(snapshot(site("hom-nay")), snapshot(site("hom-nay-2")));
  // The scratch copy of the old files is gone.
  EXPECT_TRUE(fs::is_empty(dir_.path() / "tmp"));
}

TEST_F(AsOf, ExplicitTodayStillWins) {
  auto r = build("s", "--as-of 2026-02-11 --today 2026-06-30");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("số liệu tính đến 30/06/2026"));
  EXPECT_THAT(page("s", "index.html"), HasSubstr("<code>ac804e2</code>"));
}

TEST_F(AsOf, NoCommitThenOrNoSuchCommitIsAUsageError) {
  auto early = build("s", "--as-of 2025-12-31");
  EXPECT_EQ(early.exit_code, 2) << early.output;
  EXPECT_THAT(
      early.output,
      HasSubstr("--as-of 2025-12-31: không có commit nào (trên nhánh chính) đến hết ngày 31/12/2025"));
  auto unknown = build("s", "--as-of khong-co");
  EXPECT_EQ(unknown.exit_code, 2) << unknown.output;
  EXPECT_THAT(unknown.output, HasSubstr("không phải ngày (YYYY-MM-DD) cũng không phải mã commit"));
  EXPECT_FALSE(fs::exists(site("s")));
}

TEST(AsOfSource, NotARepositoryIsAUsageError) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  auto r = run_command(testing::congkhai_binary() + " build --source " + q(dir.path()) + " --out " +
                       q(dir.path() / "site") + " --as-of 2026-01-01");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_THAT(r.output, HasSubstr("--as-of: thư mục nguồn không nằm trong một kho git"));
}

}  // namespace
}  // namespace ck
