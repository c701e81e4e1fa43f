// The illustrative commune (Xã Minh Họa) shows real timelines read from its
// fixture history (scripts/make-demo-history.sh, named in congkhai.yaml under
// "lich_su_rieng"), and the fixture ends exactly at the committed data.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using ck::testing::run_command;
using ck::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

std::string q(const fs::path& p) { return testing::shell_quote(p); }

// The demo's configuration and the illustrative commune's files, copied into `dir`.
void copy_illustrative_source(const TempDir& dir) {
  const fs::path src = testing::source_dir();
  fs::copy_file(src / "congkhai.yaml", dir.path() / "congkhai.yaml");
  for (const char* part : {"content/minh-hoa", "data/minh-hoa"}) {
    fs::create_directories(dir.path() / part);
    fs::copy(src / part, dir.path() / part, fs::copy_options::recursive);
  }
}

// scripts/make-demo-history.sh for `dir`, with the congkhai under test applying the fixture's forms.
std::string make_demo_history(const TempDir& dir) {
  return q(testing::source_dir() / "scripts/make-demo-history.sh") + " --congkhai " +
         q(testing::congkhai_binary()) + " " + q(dir.path());
}

testing::CommandResult build(const TempDir& dir) {
  return run_command(testing::congkhai_binary() + " build --source " + q(dir.path()) + " --out " +
                     q(dir.path() / "site") + " --today 2026-11-20");
}

TEST(IllustrativeHistory, FixtureEndsAtTheCommittedData) {
  TempDir dir;
  copy_illustrative_source(dir);
  auto made = run_command(make_demo_history(dir));
  ASSERT_EQ(made.exit_code, 0) << made.output;
  fs::path repo = dir.path() / "build/lich-su-minh-hoa";
  for (const char* file : {"content/minh-hoa/_index.md", "content/minh-hoa/cchc-2026.md",
                           "data/minh-hoa/_co_quan.json", "data/minh-hoa/cchc-2026.json"}) {
    auto shown = run_command("git -C " + q(repo) + " show HEAD:" + file);
    ASSERT_EQ(shown.exit_code, 0) << shown.output;
    EXPECT_EQ(shown.output, testing::read_file(dir.path() / file)) << file << " differs from the fixture's last commit";
  }
}

TEST(IllustrativeHistory, TaskPagesShowTimelinesFromTheFixture) {
  TempDir dir;
  copy_illustrative_source(dir);
  ASSERT_EQ(run_command(make_demo_history(dir)).exit_code, 0);
  auto r = build(dir);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, Not(HasSubstr("lich_su_rieng")));

  // Task 16: published on 08/01/2026, deadline moved on 26/06/2026 with a reason.
  std::string task = testing::read_file(dir.path() / "site/minh-hoa/cchc-2026/nv-16/index.html");
  EXPECT_THAT(task, HasSubstr("08/01/2026"));
  EXPECT_THAT(task, HasSubstr("26/06/2026"));
  EXPECT_THAT(task, HasSubstr("Văn phòng UBND xã Minh Họa (minh họa)"));
  EXPECT_THAT(task, HasSubstr("Quý II/2026"));
  EXPECT_THAT(task, HasSubstr("Quý IV/2026"));
  EXPECT_THAT(task, HasSubstr("chờ quy định mới về tổ chức bộ máy"));
  // The update added is dated the Vietnamese way.
  EXPECT_THAT(task, HasSubstr("26/06/2026: Điều chỉnh thời hạn từ Quý II/2026"));
  auto id = run_command("git -C " + q(dir.path() / "build/lich-su-minh-hoa") +
                        " log -1 --format=%h --grep='điều chỉnh thời hạn nhiệm vụ 16'");
  ASSERT_EQ(id.exit_code, 0);
  ASSERT_GE(id.output.size(), 7u);
  EXPECT_THAT(task, HasSubstr(id.output.substr(0, 7)));

  // Recent changes on the commune page come from the fixture too.
  std::string commune = testing::read_file(dir.path() / "site/minh-hoa/index.html");
  EXPECT_THAT(commune, HasSubstr("Cập nhật tháng 11/2026"));
  // Two deadlines moved in the fixture (task 16 rescheduled, task 14 reinterpreted): counted, not typed.
  EXPECT_THAT(commune, HasSubstr("Số nhiệm vụ bị dời hạn: <strong>2</strong>"));
}

std::string git(const TempDir& dir, const std::string& args) {
  auto r = run_command("git -C " + q(dir.path() / "build/lich-su-minh-hoa") + " " + args);
  EXPECT_EQ(r.exit_code, 0) << args << "\n" << r.output;
  return r.output;
}

// The steps of 20/08 and 29/09/2026 came as rounds of progress forms (scripts/make_history_fixture.py,
// FORM_ROUNDS): exported, filled, uploaded into bao-cao/, applied by `congkhai progress apply --commit` with
// the uploader as author and the CI as committer, the form moved to bao-cao/da-nhap/ in the same commit, as
// scaffold/kho/ci/nhap-tep-tai-len.sh does; the portal shows those changes with their reason.
TEST(IllustrativeHistory, ARoundOfReturnedFormsIsAppliedByProgressApply) {
  TempDir dir;
  copy_illustrative_source(dir);
  auto made = run_command(make_demo_history(dir));
  ASSERT_EQ(made.exit_code, 0) << made.output;

  EXPECT_EQ(git(dir, "log --reverse --format='%an|%cn|%aI|%s' --grep='^Bieu-mau: '"),
            "Phòng Văn hóa - Xã hội xã Minh Họa (minh họa)|Công khai CI (minh họa)|2026-08-20T08:35:00+07:00|"
            "Cập nhật tiến độ 2 nhiệm vụ theo báo cáo của Phòng Văn hóa - Xã hội\n"
            "Văn phòng UBND xã Minh Họa (minh họa)|Công khai CI (minh họa)|2026-08-20T08:45:00+07:00|"
            "Cập nhật tiến độ 1 nhiệm vụ theo báo cáo của Văn phòng HĐND và UBND\n"
            "Phòng Văn hóa - Xã hội xã Minh Họa (minh họa)|Công khai CI (minh họa)|2026-09-29T08:35:00+07:00|"
            "Cập nhật tiến độ 1 nhiệm vụ theo báo cáo của Phòng Văn hóa - Xã hội\n"
            "Văn phòng UBND xã Minh Họa (minh họa)|Công khai CI (minh họa)|2026-09-29T08:45:00+07:00|"
            "Cập nhật tiến độ 1 nhiệm vụ theo báo cáo của Văn phòng HĐND và UBND\n");
  std::string id =
      git(dir, "log -1 --format=%H --grep='^Bieu-mau: phong-van-hoa-xa-hoi.xlsx$' --until=2026-08-31");
  ASSERT_GE(id.size(), 40u);
  id = id.substr(0, 40);
  std::string message = git(dir, "log -1 --format=%B " + id);
  EXPECT_THAT(message, HasSubstr("- Nhiệm vụ 5: Trạng thái Chưa cập nhật → Hủy bỏ"));
  EXPECT_THAT(message, HasSubstr("\nLy-do: Nhiệm vụ 5: Cấp trên tổ chức hội thi trực tuyến"));
  // The plan and the form moved out of bao-cao/ in the one commit; the upload before it is the agency's.
  EXPECT_EQ(git(dir, "-c core.quotePath=false show --format= --name-status -M " + id),
            "R100\tbao-cao/2026-thang-8/phong-van-hoa-xa-hoi.xlsx\tbao-cao/da-nhap/2026-thang-8/"
            "phong-van-hoa-xa-hoi.xlsx\n"
            "M\tdata/minh-hoa/cchc-2026.json\n");
  EXPECT_EQ(git(dir, "log -1 --format='%an|%s' " + id + "~1"),
            "Phòng Văn hóa - Xã hội xã Minh Họa (minh họa)|Tải lên "
            "bao-cao/2026-thang-8/phong-van-hoa-xa-hoi.xlsx\n");
  EXPECT_EQ(git(dir, "ls-tree -r --name-only HEAD bao-cao"),
            "bao-cao/da-nhap/2026-thang-8/phong-van-hoa-xa-hoi.xlsx\n"
            "bao-cao/da-nhap/2026-thang-8/van-phong-hdnd-va-ubnd.xlsx\n"
            "bao-cao/da-nhap/2026-thang-9/phong-van-hoa-xa-hoi.xlsx\n"
            "bao-cao/da-nhap/2026-thang-9/van-phong-hdnd-va-ubnd.xlsx\n");
  // September's form reports a completion date (a date cell) that reaches the plan.
  EXPECT_THAT(git(dir, "log -1 -p --format= --grep='^Bieu-mau:' --since=2026-09-01 --author=Văn.hóa"),
              HasSubstr("+      \"ngay_hoan_thanh\": \"2026-09-28\""));

  auto r = build(dir);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::string task = testing::read_file(dir.path() / "site/minh-hoa/cchc-2026/nv-5/index.html");
  EXPECT_THAT(task, HasSubstr("Cập nhật tiến độ 2 nhiệm vụ theo báo cáo của Phòng Văn hóa - Xã hội"));
  EXPECT_THAT(task,
              HasSubstr("Lý do: Nhiệm vụ 5: Cấp trên tổ chức hội thi trực tuyến cho cán bộ, công chức"));
  EXPECT_THAT(task, HasSubstr(id.substr(0, 7)));
  std::string log = testing::read_file(dir.path() / "site/minh-hoa/cchc-2026/nhat-ky/index.html");
  EXPECT_THAT(log, HasSubstr("Cập nhật tiến độ 1 nhiệm vụ theo báo cáo của Văn phòng HĐND và UBND"));
  std::string feed = testing::read_file(dir.path() / "site/minh-hoa/thay-doi.xml");
  EXPECT_THAT(feed, HasSubstr("Cập nhật tiến độ 2 nhiệm vụ theo báo cáo của Phòng Văn hóa - Xã hội"));
  EXPECT_THAT(feed, HasSubstr("2026-08-20T08:35:00+07:00"));
  // The agencies' uploads change no plan: not among the commune's recent changes.
  EXPECT_THAT(testing::read_file(dir.path() / "site/minh-hoa/index.html"), Not(HasSubstr("Tải lên bao-cao")));
}

// Fixed authors and dates, forms filled with fixed bytes: the same commit ids every time it is made.
TEST(IllustrativeHistory, SameCommitIdsEveryTime) {
  TempDir a, b;
  for (const TempDir* dir : {&a, &b}) {
    copy_illustrative_source(*dir);
    auto made = run_command(make_demo_history(*dir));
    ASSERT_EQ(made.exit_code, 0) << made.output;
  }
  EXPECT_EQ(git(a, "log --format=%H"), git(b, "log --format=%H"));
}

TEST(IllustrativeHistory, MakeDemoHistoryWithoutCongkhaiSaysWhatItNeeds) {
  TempDir dir;
  copy_illustrative_source(dir);
  auto r = run_command(q(testing::source_dir() / "scripts/make-demo-history.sh") + " --congkhai " +
                       q(dir.path() / "khong-co") + " " + q(dir.path()));
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_THAT(r.output, HasSubstr("--congkhai PATH"));
  EXPECT_FALSE(fs::exists(dir.path() / "build/lich-su-minh-hoa"));
}

TEST(IllustrativeHistory, MissingRepositoryIsAWarningNotAnError) {
  TempDir dir;
  copy_illustrative_source(dir);
  auto r = build(dir);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("chưa có kho lịch sử \"build/lich-su-minh-hoa\" của xã minh-hoa"));
}

TEST(IllustrativeHistory, UnknownCommuneInTheConfigIsAnError) {
  TempDir dir;
  copy_illustrative_source(dir);
  dir.write("congkhai.yaml", "lich_su_rieng:\n  xa-khong-co: build/x\n");
  auto r = build(dir);
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr("không có xã \"xa-khong-co\""));
}

}  // namespace
}  // namespace ck
