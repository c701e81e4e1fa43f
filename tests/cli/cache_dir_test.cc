// Caches out of the content (issue #13): `check` writes nothing anywhere;
// `build` keeps its history cache under $XDG_CACHE_HOME/congkhai/<id> (or
// ~/.cache/…, or --cache-dir), never in the source or the current folder,
// and builds without one when none can be made.
#include "cli/cache_dir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "history/history_fixture.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using ck::testing::run_command;
using ck::testing::TempDir;
using ::testing::HasSubstr;

std::string q(const fs::path& p) { return testing::shell_quote(p); }

class CacheDir : public ::testing::Test {
 protected:
  void SetUp() override {
    repo_ = testing::make_fixture(dir_, "linear");
    fs::create_directories(cwd());
    repo_before_ = testing::snapshot(repo_ / "content");
    status_before_ = git_status();
  }
  std::string git_status() const {
    return run_command("cd " + q(repo_) + " && git status --porcelain --ignored").output;
  }
  fs::path cwd() const { return dir_.path() / "cwd"; }
  // Runs congkhai from an empty working folder, with HOME and XDG_CACHE_HOME
  // as given (an empty value unsets it).
  testing::CommandResult run(const std::string& args, const std::string& home, const std::string& xdg) {
    std::string env = "env -u HOME -u XDG_CACHE_HOME";
    if (!home.empty()) env += " HOME=" + q(home);
    if (!xdg.empty()) env += " XDG_CACHE_HOME=" + q(xdg);
    return run_command("cd " + q(cwd()) + " && " + env + " " + testing::congkhai_binary() + " " + args);
  }
  std::string build_args() const {
    return "build --source " + q(repo_) + " --out " + q(dir_.path() / "site") + " --today 2026-03-25";
  }
  // Every history cache file under `root`.
  static std::vector<fs::path> caches_under(const fs::path& root) {
    std::vector<fs::path> found;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->path().filename() == "history-cache.bin") found.push_back(it->path());
    return found;
  }
  void expect_source_and_cwd_untouched() {
    EXPECT_TRUE(fs::is_empty(cwd())) << "written into the current folder";
    EXPECT_FALSE(fs::exists(repo_ / ".congkhai-cache"));
    EXPECT_EQ(testing::snapshot(repo_ / "content"), repo_before_);
    EXPECT_EQ(git_status(), status_before_) << "the source repository gained files";
  }

  TempDir dir_;
  fs::path repo_;
  std::map<std::string, std::string> repo_before_;
  std::string status_before_;
};

TEST_F(CacheDir, CheckWritesNothingAnywhere) {
  auto r = run("check --source " + q(repo_), (dir_.path() / "home").string(), (dir_.path() / "xdg").string());
  ASSERT_EQ(r.exit_code, 0) << r.output;
  expect_source_and_cwd_untouched();
  EXPECT_FALSE(fs::exists(dir_.path() / "home"));
  EXPECT_FALSE(fs::exists(dir_.path() / "xdg"));
}

TEST_F(CacheDir, BuildKeepsItUnderXdgCacheHome) {
  const fs::path xdg = dir_.path() / "xdg";
  auto r = run(build_args(), (dir_.path() / "home").string(), xdg.string());
  ASSERT_EQ(r.exit_code, 0) << r.output;
  auto caches = caches_under(xdg);
  ASSERT_EQ(caches.size(), 1u);
  EXPECT_EQ(caches[0].parent_path().parent_path(), xdg / "congkhai");
  EXPECT_THAT(caches[0].parent_path().filename().string(), ::testing::MatchesRegex("repo-[0-9a-f]{16}"));
  EXPECT_FALSE(fs::exists(dir_.path() / "home"));
  expect_source_and_cwd_untouched();
  // The second build reads it and gives the same site.
  auto first = testing::snapshot(dir_.path() / "site");
  ASSERT_EQ(run(build_args(), "", xdg.string()).exit_code, 0);
  EXPECT_EQ(testing::snapshot(dir_.path() / "site"), first);
}

TEST_F(CacheDir, WithoutXdgItIsUnderHomeDotCache) {
  const fs::path home = dir_.path() / "home";
  auto r = run(build_args(), home.string(), "");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(caches_under(home / ".cache/congkhai").size(), 1u);
  expect_source_and_cwd_untouched();
}

TEST_F(CacheDir, CacheDirOptionChoosesTheFolder) {
  const fs::path chosen = dir_.path() / "bo-nho-dem";
  auto r = run(build_args() + " --cache-dir " + q(chosen), (dir_.path() / "home").string(), "");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::exists(chosen / "history-cache.bin"));
  EXPECT_FALSE(fs::exists(dir_.path() / "home"));
  expect_source_and_cwd_untouched();
}

TEST_F(CacheDir, NoPlaceForACacheStillBuildsAndWarnsOnce) {
  testing::TempDir other;
  other.write("a-file", "x");  // a cache folder "inside" a regular file cannot be made
  for (const std::string& args :
       {build_args() + " --cache-dir " + q(other.path() / "a-file/cache"), build_args()}) {
    auto r = run(args, args == build_args() ? "" : (dir_.path() / "home").string(), "");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const std::string warning = "không tạo được thư mục bộ nhớ đệm lịch sử";
    size_t first = r.output.find(warning);
    ASSERT_NE(first, std::string::npos) << r.output;
    EXPECT_EQ(r.output.find(warning, first + 1), std::string::npos) << "warned more than once";
    EXPECT_TRUE(fs::exists(dir_.path() / "site/xa-thu/kh-2026/nv-1/index.html"));
  }
  expect_source_and_cwd_untouched();
}

// Sets an environment variable for a scope.
class SetEnv {
 public:
  SetEnv(const char* name, const std::string& value) : name_(name) {
    const char* was = std::getenv(name);
    if (was) saved_ = was;
    had_ = was != nullptr;
    ::setenv(name, value.c_str(), 1);
  }
  ~SetEnv() {
    if (had_)
      ::setenv(name_, saved_.c_str(), 1);
    else
      ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::string saved_;
  bool had_ = false;
};

TEST(CacheDirId, OnePerSourceFolderStableAcrossSpellings) {
  TempDir dir;
  fs::create_directories(dir.path() / "a/nguon");
  fs::create_directories(dir.path() / "b/nguon");
  fs::create_directory_symlink(dir.path() / "a", dir.path() / "lien-ket");
  SetEnv xdg("XDG_CACHE_HOME", (dir.path() / "xdg").string());
  auto a = cli::default_cache_dir(dir.path() / "a/nguon");
  EXPECT_EQ(a.parent_path(), dir.path() / "xdg/congkhai");
  EXPECT_THAT(a.filename().string(), ::testing::MatchesRegex("nguon-[0-9a-f]{16}"));
  EXPECT_EQ(cli::default_cache_dir(dir.path() / "a/nguon/"), a);
  EXPECT_EQ(cli::default_cache_dir(dir.path() / "lien-ket/nguon"), a);
  EXPECT_NE(cli::default_cache_dir(dir.path() / "b/nguon"), a);  // another checkout, another cache
  SetEnv relative("XDG_CACHE_HOME", "relative/path");            // invalid by the XDG spec: ignored
  SetEnv home("HOME", (dir.path() / "home").string());
  EXPECT_EQ(cli::default_cache_dir(dir.path() / "a/nguon"),
            dir.path() / "home/.cache/congkhai" / a.filename());
}

}  // namespace
}  // namespace ck
