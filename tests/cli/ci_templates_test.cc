// The CI files and systemd units `congkhai init` writes (scaffold/kho/), run
// here against a scaffold with the built binary standing in for the image's
// `congkhai`: every shell step of the GitHub, Gitea/Forgejo and GitLab files
// runs in a workspace set up as that CI would (a full clone; a bare
// repository standing in for the forge), and `gh` is a fake that records
// what the GitHub API would have been asked. Steps that are actions
// (`uses:`) are not shell: each has a stated reason and is emulated or
// asserted on instead.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/commune_repo_fixture.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using testing::run_command;
using testing::TempDir;

std::string q(const fs::path& p) { return testing::shell_quote(p); }

// Actions are JavaScript that GitHub runs, not shell: why each is not run here.
const std::map<std::string, std::string> kActionReasons = {
    {"actions/checkout@v4", "a full clone of the repository (git clone, as fetch-depth: 0)"},
    {"actions/upload-artifact@v4", "GitHub's artifact store; the file it uploads is asserted to exist"},
    {"actions/download-artifact@v4", "GitHub's artifact store (the uploads summary; tests/progress/uploads_ci_test.cc)"},
    {"actions/upload-pages-artifact@v3",
     "GitHub's artifact store; the folder it uploads is asserted to exist"},
    {"actions/deploy-pages@v4", "GitHub Pages API; deploys the artifact above"},
};

struct Step {
  std::string file, job, name, run, uses, container;
};

// The extracted steps of the three CI files (tests/cli/ci_steps.py).
std::vector<Step> ci_steps(const fs::path& repo) {
  auto r = run_command("python3 " + q(testing::source_dir() / "tests/cli/ci_steps.py") + " " + q(repo));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  std::vector<Step> steps;
  for (const auto& s : nlohmann::json::parse(r.output)) {
    auto text = [&](const char* k) { return s[k].is_string() ? s[k].get<std::string>() : std::string(); };
    steps.push_back({text("file"), text("job"), text("name"), text("run"), text("uses"), text("container")});
  }
  return steps;
}

// A commune repository, its "forge" (a bare clone), and what every step sees.
class CiTemplates : public ::testing::Test {
 protected:
  void make(int days_since_last_commit = 0) {
    auto r = testing::make_commune_repo(dir_, days_since_last_commit);
    ASSERT_EQ(r.exit_code, 0) << r.output;
    ASSERT_EQ(run_command("git clone -q --bare " + q(repo()) + " " + q(forge())).exit_code, 0);
    fs::create_directories(bin());
    fs::create_symlink(testing::congkhai_binary(), bin() / "congkhai");
    fs::create_directories(dir_.path() / "home");
    sha_ = run_command("git -C " + q(forge()) + " rev-parse main").output.substr(0, 40);
  }
  fs::path repo() const { return dir_.path() / "kho"; }
  fs::path forge() const { return dir_.path() / "forge.git"; }
  fs::path bin() const { return dir_.path() / "bin"; }

  // A fresh workspace: a full clone of the forge (what actions/checkout with
  // fetch-depth: 0 and GitLab's GIT_DEPTH: "0" give), or an empty folder.
  fs::path workspace(const std::string& name, bool checkout) {
    fs::path ws = dir_.path() / ("ws-" + name);
    if (checkout) {
      EXPECT_EQ(run_command("git clone -q " + q(forge()) + " " + q(ws)).exit_code, 0);
    } else {
      fs::create_directories(ws);
    }
    return ws;
  }

  // Runs one shell step as the runners do (bash -eo pipefail), in `ws`.
  testing::CommandResult run_step(const Step& step, const fs::path& ws, const std::string& extra_env = "") {
    fs::path script = dir_.path() / "step.sh";
    std::ofstream(script) << step.run;
    std::string env =
        "env HOME=" + q(dir_.path() / "home") + " XDG_CACHE_HOME=" + q(dir_.path() / "cache") +
        " GITHUB_OUTPUT=" + q(dir_.path() / "github-output") + " GITHUB_STEP_SUMMARY=" + q(dir_.path() / "summary.md") +
        " PATH=" + q(bin()) + ":\"$PATH\" GIT_CONFIG_NOSYSTEM=1 GITHUB_SHA=" + sha_ +
        " GITHUB_REF_NAME=main GITHUB_REPOSITORY=xa/cong-khai KHO=" + q(forge()) +
        " TOKEN=khong-dung GH_TOKEN=khong-dung GH_REPO=xa/cong-khai"
        " RUN_URL=https://github.com/xa/cong-khai/actions/runs/42 KET_QUA=failure/skipped SU_KIEN=schedule " +
        extra_env;
    return run_command("cd " + q(ws) + " && " + env + " CI_PROJECT_DIR=" + q(ws) +
                       " bash --noprofile --norc -eo pipefail " + q(script));
  }

  // A stand-in for the GitHub CLI: logs each call, answers `issue list` by
  // applying the step's own --jq filter to `issues` (a JSON list).
  void fake_gh(const std::string& issues) {
    dir_.write("issues.json", issues);
    dir_.write("bin/gh",
               "#!/bin/bash\n"
               "printf '%s|' \"$@\" >> \"$GH_LOG\"; echo >> \"$GH_LOG\"\n"
               "if [ \"$1 $2\" = 'issue list' ]; then\n"
               "  while [ $# -gt 0 ]; do [ \"$1\" = --jq ] && f=$2; shift; done\n"
               "  jq -r \"$f\" " +
                   q(dir_.path() / "issues.json") +
                   "\n"
                   "fi\n");
    fs::permissions(bin() / "gh", fs::perms::owner_all);
  }

  Step step_named(const std::string& file, const std::string& job, const std::string& name = "") {
    for (const auto& s : ci_steps(repo()))
      if (s.file == file && s.job == job && !s.run.empty() && (name.empty() || s.name == name)) return s;
    ADD_FAILURE() << "no shell step " << file << " " << job << " " << name;
    return {};
  }

  TempDir dir_;
  std::string sha_;
};

TEST_F(CiTemplates, EveryShellStepRunsAgainstTheScaffold) {
  if (run_command("command -v jq").exit_code != 0)
    GTEST_SKIP() << "jq is not installed (the fake gh needs it)";
  make();
  auto steps = ci_steps(repo());
  fake_gh("[]");
  std::map<std::string, fs::path> workspaces;  // one per job, as on a runner
  std::set<std::string> ran, not_run;
  for (const auto& step : steps) {
    std::string key = step.file + " " + step.job;
    SCOPED_TRACE(key + " / " + step.name + step.uses);
    if (!step.container.empty())
      EXPECT_EQ(step.container, testing::kScaffoldImage) << "the --image given to init";
    if (!step.uses.empty()) {
      auto reason = kActionReasons.find(step.uses);
      ASSERT_NE(reason, kActionReasons.end()) << "an action without a stated reason for not running it here";
      not_run.insert(step.uses + ": " + reason->second);
      continue;
    }
    // GitHub's jobs and GitLab's start from a checkout; the Gitea job clones itself;
    // the failure report needs none.
    bool checkout = step.file != ".gitea/workflows/xay-dung.yml" && step.job != "bao-loi";
    if (!workspaces.count(key)) workspaces[key] = workspace(std::to_string(workspaces.size()), checkout);
    auto r = run_step(step, workspaces[key], "GH_LOG=" + q(dir_.path() / "gh.log"));
    EXPECT_EQ(r.exit_code, 0) << step.run << "\n" << r.output;
    ran.insert(key + " / " + step.name);
  }
  // The build and publish workflows have 8 shell steps; a workflow added to the scaffold adds its own
  // (give its jobs a workspace above if they need more than a checkout).
  EXPECT_GE(ran.size(), 8u) << ::testing::PrintToString(ran);
  EXPECT_EQ(not_run.size(), 5u) << ::testing::PrintToString(not_run);

  // What the actions after the shell steps would upload is there.
  fs::path github = workspaces.at(".github/workflows/xay-dung.yml dung");
  EXPECT_TRUE(fs::is_regular_file(github / "public/tien-lang/cchc-2027/index.html"));
  EXPECT_TRUE(fs::is_regular_file(github / "cong-khai.zip"));
  fs::path gitlab = workspaces.at(".gitlab-ci.yml pages");
  EXPECT_TRUE(fs::is_regular_file(gitlab / "public/index.html"));
  EXPECT_TRUE(fs::is_regular_file(gitlab / "cong-khai.zip"));
  // Gitea/Forgejo: the site is the tip of the forge's `pages` branch, alone.
  auto pages = run_command("git -C " + q(forge()) + " ls-tree --name-only pages");
  EXPECT_THAT(pages.output, HasSubstr("tien-lang\n"));
  EXPECT_THAT(pages.output, HasSubstr("index.html\n"));
  EXPECT_EQ(run_command("git -C " + q(forge()) + " rev-list --count pages").output, "1\n");
  // The failure report, with no issue open, opened one.
  EXPECT_THAT(testing::read_file(dir_.path() / "gh.log"),
              HasSubstr("issue|create|--title|Dựng cổng thất bại|"));
}

TEST_F(CiTemplates, TheBuildStepFailsOnBadContentAndRefusesAShallowClone) {
  make();
  auto build = step_named(".github/workflows/xay-dung.yml", "dung", "Dựng trang");
  fs::path ws = workspace("shallow", false);
  ASSERT_EQ(run_command("git clone -q --depth 1 file://" + forge().string() + " " + q(ws / "k")).exit_code,
            0);
  auto r = run_step(build, ws / "k");
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr("--require-full-history: lịch sử git không đầy đủ"));
  EXPECT_FALSE(fs::exists(ws / "k/public"));

  fs::path full = workspace("bad", true);
  std::ofstream(full / "data/tien-lang/cchc-2027.json") << "{\"nhiem_vu\": [";
  r = run_step(build, full);
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr("data/tien-lang/cchc-2027.json:1:"));
  EXPECT_FALSE(fs::exists(full / "public")) << "nothing to publish";
}

TEST_F(CiTemplates, TheIssueIsOpenedOnceCommentedOnAndClosedByTheNextGoodBuild) {
  if (run_command("command -v jq").exit_code != 0)
    GTEST_SKIP() << "jq is not installed (the fake gh needs it)";
  make();
  auto report = step_named(".github/workflows/xay-dung.yml", "bao-loi");
  fs::path ws = workspace("bao-loi", false);
  // An older issue whose title only starts the same is not this one.
  const std::string open_issue =
      R"j([{"number": 3, "title": "Dựng cổng thất bại (đã xử lý?)"}, {"number": 7, "title": "Dựng cổng thất bại"}])j";
  struct Case {
    std::string issues, result, event, expected_call;  // expected_call "" = no call but the lookup
  };
  const Case cases[] = {
      {"[]", "failure/skipped", "schedule", "issue|create|--title|Dựng cổng thất bại|--body|"},
      {open_issue, "failure/skipped", "schedule", "issue|comment|7|--body|"},
      {open_issue, "success/failure", "schedule", "issue|comment|7|--body|"},  // the deploy failed
      {open_issue, "success/success", "schedule", "issue|close|7|--comment|Đã dựng lại thành công"},
      {open_issue, "success/skipped", "push", "issue|close|7|--comment|Đã dựng lại thành công"},
      {"[]", "success/success", "schedule", ""},
      {open_issue, "failure/skipped", "push", ""},  // the pusher is told by GitHub itself
      {open_issue, "cancelled/skipped", "schedule", ""},
  };
  int n = 0;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.result + " " + c.event);
    fake_gh(c.issues);
    fs::path log = dir_.path() / ("gh-" + std::to_string(n++) + ".log");
    auto r = run_step(report, ws, "GH_LOG=" + q(log) + " KET_QUA=" + c.result + " SU_KIEN=" + c.event);
    ASSERT_EQ(r.exit_code, 0) << r.output;
    std::string calls = testing::read_file(log);
    EXPECT_THAT(calls, ::testing::StartsWith("issue|list|--state|open|"));
    size_t lines = 0;  // calls to gh: a body may span lines, a call's log starts with "issue|"
    for (size_t at = 0; at != std::string::npos; at = calls.find("\nissue|", at + 1)) ++lines;
    if (c.expected_call.empty()) {
      EXPECT_EQ(lines, 1u) << calls;
    } else {
      EXPECT_EQ(lines, 2u) << calls;
      EXPECT_THAT(calls, HasSubstr(c.expected_call));
      EXPECT_THAT(calls, HasSubstr("https://github.com/xa/cong-khai/actions/runs/42"));
    }
  }
}

TEST_F(CiTemplates, KeepaliveCommitsOnlyAfterFiftyQuietDays) {
  make(/*days_since_last_commit=*/55);
  auto keepalive = step_named(".github/workflows/xay-dung.yml", "giu-lich");
  auto r = run_step(keepalive, workspace("quiet", true));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("Đã ghi commit rỗng sau 55 ngày"));
  auto tip = run_command("git -C " + q(forge()) + " log -1 --format=%s%n%an main");
  EXPECT_THAT(tip.output, HasSubstr("Giữ lịch dựng hằng đêm: kho không đổi trong 55 ngày"));
  EXPECT_THAT(tip.output, HasSubstr("github-actions[bot]"));
  // An empty commit: no file changed, so no task's history changes.
  EXPECT_EQ(run_command("git -C " + q(forge()) + " diff --stat main~1 main").output, "");

  // Right after that commit (or any recent one), nothing is pushed.
  r = run_step(keepalive, workspace("active", true));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("Commit mới nhất cách đây 0 ngày: chưa cần làm gì."));
  EXPECT_EQ(run_command("git -C " + q(forge()) + " rev-list --count main").output, "2\n");
}

TEST_F(CiTemplates, ScheduleIsNightlyAtFiveMinutesPastMidnightInVietnam) {
  make();
  std::string github = testing::read_file(repo() / ".github/workflows/xay-dung.yml");
  EXPECT_THAT(github, HasSubstr("- cron: \"5 17 * * *\""));  // 17:05 UTC = 00:05 UTC+7
  EXPECT_THAT(github, HasSubstr("issues: write"));
  EXPECT_THAT(github, HasSubstr("KET_QUA: ${{ needs.dung.result }}/${{ needs.dang.result }}"));
  EXPECT_THAT(testing::read_file(repo() / ".gitea/workflows/xay-dung.yml"),
              HasSubstr("- cron: \"5 17 * * *\""));
  std::string timer = testing::read_file(repo() / "systemd/congkhai-xay-dung.timer");
  EXPECT_THAT(timer, HasSubstr("OnCalendar=*-*-* 00:05:00 Asia/Ho_Chi_Minh\n"));
  EXPECT_THAT(timer, HasSubstr("Persistent=true\n"));
  // None of them runs the generator's own tests.
  for (const char* f : {".github/workflows/xay-dung.yml", ".gitea/workflows/xay-dung.yml", ".gitlab-ci.yml"})
    EXPECT_THAT(testing::read_file(repo() / f), ::testing::Not(HasSubstr("make test"))) << f;
}

}  // namespace
}  // namespace ck
