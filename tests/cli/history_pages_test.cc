// History on the pages, end to end: `congkhai build` over fixture repositories
// (scripts/make_history_fixture.py) and what the task, plan and commune pages say.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

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

using testing::build_fixture;

TEST(HistoryPages, TaskTimelineWithFieldChangesAuthorsAndLocalDates) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "linear");
  auto b = build_fixture(repo, dir.path() / "site");
  ASSERT_EQ(b.result.exit_code, 0) << b.result.output;
  std::string task = b.page("xa-thu/kh-2026/nv-1/index.html");
  EXPECT_THAT(task, HasSubstr("Trần Văn Đức"));
  EXPECT_THAT(task, HasSubstr("Lê Minh Quân"));
  // 20:30 on 10/02 in -0500 shows as 10/02, the author's own day.
  EXPECT_THAT(task, HasSubstr("10/02/2026"));
  EXPECT_THAT(task, HasSubstr("Cập nhật tiến độ nhiệm vụ 1"));
  EXPECT_THAT(task, HasSubstr("<del>Đang thực hiện</del> → <ins>Hoàn thành</ins>"));
  // "Cập nhật lần cuối" is the last change of the task, not the build date.
  EXPECT_THAT(task, HasSubstr("02/03/2026"));
}

TEST(HistoryPages, PlanChangelogShowsNarrativeDiffAndFrontMatter) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "linear");
  auto b = build_fixture(repo, dir.path() / "site");
  ASSERT_EQ(b.result.exit_code, 0) << b.result.output;
  std::string plan = b.page("xa-thu/kh-2026/index.html");
  EXPECT_THAT(plan, HasSubstr("Sửa nội dung văn bản kế hoạch"));
  EXPECT_THAT(plan, HasSubstr("<span class=\"add\">+Nâng cao chất lượng phục vụ người dân, doanh nghiệp.</span>"));
  EXPECT_THAT(plan, HasSubstr("<span class=\"del\">-Nâng cao chất lượng phục vụ người dân.</span>"));
  EXPECT_THAT(plan, HasSubstr("Số hiệu</span>: <del>/KH-UBND</del> → <ins>12/KH-UBND</ins>"));
  // The last real change of the plan (20/03), not the README commit of 21/03 nor the build date.
  EXPECT_THAT(plan, HasSubstr("20/03/2026"));
  EXPECT_THAT(plan, Not(HasSubstr("Thêm README")));
}

TEST(HistoryPages, DeadlineMovesAreShownWithReasonsAndCounted) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "deadline");
  auto b = build_fixture(repo, dir.path() / "site");
  ASSERT_EQ(b.result.exit_code, 0) << b.result.output;
  std::string task = b.page("xa-thu/kh-2026/nv-1/index.html");
  EXPECT_THAT(task, HasSubstr("Thời hạn đã bị dời"));
  EXPECT_THAT(task, HasSubstr("Quý I/2026"));  // as first published
  EXPECT_THAT(task, HasSubstr("Chờ hướng dẫn của Sở Nội vụ"));
  EXPECT_THAT(task, HasSubstr("Theo Quyết định số 75/QĐ-UBND"));
  EXPECT_THAT(b.page("xa-thu/index.html"), HasSubstr("Số nhiệm vụ bị dời hạn: <strong>1</strong>"));
}

TEST(HistoryPages, CommitLinksFollowTheConfiguredPattern) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "linear");
  std::ofstream(repo / "congkhai.yaml") << "commit_url: https://git.example/xa-thu/commit/{commit}\n";
  auto b = build_fixture(repo, dir.path() / "site");
  ASSERT_EQ(b.result.exit_code, 0) << b.result.output;
  auto head = run_command("git -C " + q(repo) + " log -1 --format=%H --grep='Hoàn thành nhiệm vụ 1'");
  ASSERT_GE(head.output.size(), 40u);
  EXPECT_THAT(b.page("xa-thu/kh-2026/nv-1/index.html"),
              HasSubstr("href=\"https://git.example/xa-thu/commit/" + head.output.substr(0, 40) + "\""));
}

TEST(HistoryPages, MinorChangesStayInTheTimelineButNotInRecentChanges) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "minor");
  auto b = build_fixture(repo, dir.path() / "site");
  ASSERT_EQ(b.result.exit_code, 0) << b.result.output;
  EXPECT_THAT(b.page("xa-thu/kh-2026/nv-3/index.html"), HasSubstr("Sửa lỗi chính tả nhiệm vụ 3"));
  std::string commune = b.page("xa-thu/index.html");
  EXPECT_THAT(commune, HasSubstr("Cập nhật nhiệm vụ 1"));
  EXPECT_THAT(commune, Not(HasSubstr("Sửa lỗi chính tả nhiệm vụ 3")));
  EXPECT_THAT(commune, Not(HasSubstr("Sửa tên sản phẩm nhiệm vụ 2")));
}

TEST(HistoryPages, ShallowCloneAndNoRepositoryAreSaidOnThePages) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "linear");
  auto shallow = testing::shallow_clone(repo, dir, 2);
  auto b = build_fixture(shallow, dir.path() / "site-shallow");
  ASSERT_EQ(b.result.exit_code, 0) << b.result.output;
  EXPECT_THAT(b.page("xa-thu/kh-2026/nv-1/index.html"), HasSubstr("Lưu ý về lịch sử"));

  fs::path plain = dir.path() / "plain";
  fs::copy(repo, plain, fs::copy_options::recursive);
  fs::remove_all(plain / ".git");
  auto p = build_fixture(plain, dir.path() / "site-plain");
  ASSERT_EQ(p.result.exit_code, 0) << p.result.output;
  EXPECT_THAT(p.page("xa-thu/kh-2026/nv-1/index.html"), HasSubstr("Lưu ý về lịch sử"));
}

}  // namespace
}  // namespace ck
