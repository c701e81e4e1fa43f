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

testing::CommandResult build(const TempDir& dir) {
  return run_command(testing::congkhai_binary() + " build --source " + q(dir.path()) + " --out " +
                     q(dir.path() / "site") + " --today 2026-11-20");
}

TEST(IllustrativeHistory, FixtureEndsAtTheCommittedData) {
  TempDir dir;
  copy_illustrative_source(dir);
  auto made = run_command(q(testing::source_dir() / "scripts/make-demo-history.sh") + " " + q(dir.path()));
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
  ASSERT_EQ(run_command(q(testing::source_dir() / "scripts/make-demo-history.sh") + " " + q(dir.path())).exit_code, 0);
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
