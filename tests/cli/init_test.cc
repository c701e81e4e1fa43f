// `congkhai init` and `congkhai new ke-hoach` (generator/cli/cmd_init.cc,
// cmd_new.cc): the scaffold builds and checks, re-init refuses, bad options
// are usage errors that name the option, every YAML file parses.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/commune_repo_fixture.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using testing::congkhai_cli;
using ::testing::HasSubstr;
using testing::run_command;
using testing::TempDir;

std::string q(const fs::path& p) { return testing::shell_quote(p); }

TEST(Init, NewRepositoryChecksAndBuildsWithANewPlan) {
  TempDir dir;
  auto r = testing::make_commune_repo(dir);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  fs::path repo = dir.path() / "kho";
  r = congkhai_cli("check --source " + q(repo));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("nội dung hợp lệ"));
  EXPECT_THAT(r.output, ::testing::Not(HasSubstr("cảnh báo"))) << "a fresh scaffold should not warn";
  r = congkhai_cli("build --source " + q(repo) + " --out " + q(dir.path() / "site"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::is_regular_file(dir.path() / "site/tien-lang/index.html"));
  EXPECT_TRUE(fs::is_regular_file(dir.path() / "site/tien-lang/cchc-2027/index.html"));
  EXPECT_THAT(testing::read_file(dir.path() / "site/tien-lang/cchc-2027/index.html"),
              HasSubstr("Kế hoạch cải cách hành chính năm 2027"));
  EXPECT_TRUE(fs::is_directory(repo / ".git")) << "init makes a git repository";
}

// A clerk builds into site/ inside the repository, twice: the site, its spare
// (output/site_writer.h) and the history cache are all ignored, so `git add -A`
// never commits a build.
TEST(Init, BuildingTwiceInsideTheRepositoryLeavesGitStatusClean) {
  TempDir dir;
  auto r = testing::make_commune_repo(dir);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  fs::path repo = dir.path() / "kho";
  const std::string before = run_command("cd " + q(repo) + " && git status --porcelain").output;
  for (const char* day : {"2027-01-05", "2027-02-05"}) {
    r = congkhai_cli("build --source " + q(repo) + " --out " + q(repo / "site") + " --today " + day);
    ASSERT_EQ(r.exit_code, 0) << r.output;
  }
  ASSERT_TRUE(fs::is_directory(repo / ".site.spare"));
  EXPECT_EQ(run_command("cd " + q(repo) + " && git status --porcelain").output, before);
}

TEST(Init, ANonEmptyFolderIsRefusedAndForceOnlyAddsMissingFiles) {
  TempDir dir;
  ASSERT_EQ(testing::make_commune_repo(dir).exit_code, 0);
  fs::path repo = dir.path() / "kho";
  auto before = testing::snapshot(repo);
  auto r = congkhai_cli("init " + q(repo) + " --commune tien-lang --ten 'Xã Tiên Lãng'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.output, HasSubstr("congkhai init: thư mục " + repo.string() +
                                  " không rỗng (.gitea, .github, .gitignore, …)"));
  EXPECT_THAT(r.output, HasSubstr("--force"));
  EXPECT_EQ(testing::snapshot(repo), before) << "a refused init changes nothing";

  fs::remove(repo / "README.md");
  dir.write("kho/congkhai.yaml", "tieu_de: Sửa tay\n");
  r = congkhai_cli("init " + q(repo) + " --commune tien-lang --ten 'Xã Tiên Lãng' --force");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("tạo    README.md"));
  EXPECT_THAT(r.output, HasSubstr("giữ    congkhai.yaml (đã có)"));
  EXPECT_EQ(dir.read("kho/congkhai.yaml"), "tieu_de: Sửa tay\n");
  EXPECT_TRUE(fs::is_regular_file(repo / "README.md"));
}

TEST(Init, BadOptionsAreUsageErrorsThatNameTheOption) {
  TempDir dir;
  const std::pair<std::string, std::string> cases[] = {
      {"--commune 'Tiên Lãng' --ten 'Xã Tiên Lãng'",
       "congkhai init: --commune \"Tiên Lãng\" không hợp lệ — chỉ dùng chữ thường không dấu, số và dấu '-', "
       "vd. \"tien-lang\""},
      {"--commune qua-han --ten 'Xã Q'", "congkhai init: --commune \"qua-han\" trùng tên một trang của cổng"},
      {"--commune tien-lang --ten 'Xã Tiên Lãng' --loai huyen",
       "congkhai init: --loai \"huyen\" không hợp lệ — chọn một trong: xa, phuong, dac_khu, thanh_pho"},
      {"--commune tien-lang --ten '  '", "congkhai init: --ten không được để trống"},
      {"--commune tien-lang --ten 'Xã Tiên Lãng' --base-url tienlang.gov.vn", "--base-url"},
      {"--commune tien-lang --ten 'Xã Tiên Lãng' --image 'a b'",
       "congkhai init: --image \"a b\" không phải tên ảnh"},
  };
  for (const auto& [args, message] : cases) {
    auto r = congkhai_cli("init " + q(dir.path() / "kho") + " " + args);
    EXPECT_EQ(r.exit_code, 2) << args << "\n" << r.output;
    EXPECT_THAT(r.output, HasSubstr(message)) << args;
    EXPECT_FALSE(fs::exists(dir.path() / "kho")) << args << ": nothing is written";
  }
  dir.write("tep", "x");
  auto r = congkhai_cli("init " + q(dir.path() / "tep") + " --commune tien-lang --ten 'Xã Tiên Lãng'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.output, HasSubstr("đã có và không phải thư mục"));
  RecordProperty("robustness_class", "congkhai init: bad options");
  RecordProperty("robustness_cases", static_cast<int>(std::size(cases)) + 1);
  RecordProperty("robustness_outcome", "usage error (exit 2) naming the option; nothing written");
}

TEST(Init, AFreshCloneOfAnEmptyRepositoryCountsAsEmpty) {
  TempDir dir;
  ASSERT_EQ(run_command("git init -q " + q(dir.path() / "kho")).exit_code, 0);
  std::string head = testing::read_file(dir.path() / "kho/.git/HEAD");
  auto r = congkhai_cli("init " + q(dir.path() / "kho") + " --commune tien-lang --ten 'Xã Tiên Lãng'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::is_regular_file(dir.path() / "kho/congkhai.yaml"));
  EXPECT_EQ(testing::read_file(dir.path() / "kho/.git/HEAD"), head)
      << "the clone's repository is left as it was";
  EXPECT_THAT(r.output, ::testing::Not(HasSubstr("kho git")));
}

TEST(Init, NoGitMakesNoRepository) {
  TempDir dir;
  auto r =
      congkhai_cli("init " + q(dir.path() / "kho") + " --commune tien-lang --ten 'Xã Tiên Lãng' --no-git");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::is_regular_file(dir.path() / "kho/congkhai.yaml"));
  EXPECT_FALSE(fs::exists(dir.path() / "kho/.git"));
}

TEST(Init, InsideAnExistingRepositoryNoNestedRepositoryIsMade) {
  TempDir dir;
  ASSERT_EQ(run_command("git init -q " + q(dir.path())).exit_code, 0);
  auto r = congkhai_cli("init " + q(dir.path() / "cong-khai") + " --commune tien-lang --ten 'Xã Tiên Lãng'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_FALSE(fs::exists(dir.path() / "cong-khai/.git"));
  EXPECT_THAT(r.output, ::testing::Not(HasSubstr("kho git")));
}

TEST(NewPlan, RefusesAnExistingPlanAnUnknownCommuneAndABadId) {
  TempDir dir;
  ASSERT_EQ(testing::make_commune_repo(dir).exit_code, 0);
  std::string source = " --source " + q(dir.path() / "kho");
  auto before = testing::snapshot(dir.path() / "kho");
  auto r = congkhai_cli("new ke-hoach tien-lang/cchc-2027" + source);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.output, HasSubstr("content/tien-lang/cchc-2027.md đã có — kế hoạch này đã tồn tại"));
  r = congkhai_cli("new ke-hoach tan-minh/cchc-2027" + source);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.output, HasSubstr("content/tan-minh/_index.md không có — các xã có: tien-lang"));
  r = congkhai_cli("new ke-hoach tien-lang/CCHC_2027" + source);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.output, HasSubstr("mã kế hoạch \"CCHC_2027\" không hợp lệ"));
  r = congkhai_cli("new ke-hoach cchc-2027" + source);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.output, HasSubstr("ghi <mã xã>/<mã kế hoạch>"));
  r = congkhai_cli("new ke-hoach tien-lang/co-quan" + source);
  EXPECT_EQ(r.exit_code, 2) << "co-quan/ is the commune's agency index";
  EXPECT_EQ(testing::snapshot(dir.path() / "kho"), before);
}

TEST(Init, EveryYamlFileAndFrontMatterParses) {
  TempDir dir;
  ASSERT_EQ(testing::make_commune_repo(dir).exit_code, 0);
  // python3-yaml, as a CI service or an editor would read them.
  dir.write("parse.py", R"(import sys, yaml
from pathlib import Path
repo = Path(sys.argv[1])
n = 0
for p in sorted(repo.rglob("*")):
    if ".git" in p.relative_to(repo).parts[:1] or not p.is_file():
        continue
    text = p.read_text(encoding="utf-8")
    if p.suffix in (".yml", ".yaml"):
        yaml.safe_load(text); n += 1
    elif p.suffix == ".md" and text.startswith("---\n"):
        fm = yaml.safe_load(text.split("---\n")[1]); n += 1
        assert isinstance(fm, dict), p
        if p.name == "_index.md": assert fm["ten"] == "Xã Tiên Lãng" and fm["loai"] == "xa", fm
        else: assert fm["ky"] == "2027" and fm["tieu_de"].startswith("Kế hoạch"), fm
cfg = yaml.safe_load((repo / "congkhai.yaml").read_text(encoding="utf-8"))
assert cfg["base_url"] == sys.argv[2], cfg
print("parsed", n)
)");
  auto r = run_command("python3 " + q(dir.path() / "parse.py") + " " + q(dir.path() / "kho") + " " +
                       testing::kScaffoldBaseUrl);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  // congkhai.yaml, five CI files (build: GitHub, Gitea, GitLab; uploads: GitHub, GitLab), the commune and
  // the plan front matter.
  EXPECT_THAT(r.output, HasSubstr("parsed 8"));
}

}  // namespace
}  // namespace ck
