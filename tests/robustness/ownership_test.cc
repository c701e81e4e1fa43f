// Never lose or touch what congkhai did not write (issue #13): a symlinked
// --out, two builds into one --out, `package --zip` over someone's file,
// `import` through symlinks, and the scratch directories of --as-of. Each
// case runs the congkhai binary as an administrator or a clerk would.
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <set>
#include <thread>

#include "history/history_fixture.h"
#include "robustness/site_fixture.h"

extern char** environ;

namespace ck::robustness {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;

std::set<std::string> names_in(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

// The web-root layout (/var/www/portal -> releases/…) and its variants. The
// link stays a link, its target holds the site, everything beside stays.
TEST(Ownership, OutThroughASymlink) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  const fs::path www = dir.path() / "www";
  dir.write("www/releases/ghi-chu.txt", "của quản trị viên");
  dir.write("www/releases/2025/index.html", "bản cũ, không do congkhai viết");
  fs::create_directories(www / "releases/2026-a");
  struct Case {
    const char* link;
    fs::path target;   // relative or absolute, as the administrator made it
    const char* site;  // where the site must land, relative to www
  };
  const Case cases[] = {
      {"portal", "releases/2026-a", "releases/2026-a"},     // relative, existing, empty
      {"portal", "releases/2026-a", "releases/2026-a"},     // again: the site is replaced
      {"abs", www / "releases/2026-b", "releases/2026-b"},  // absolute, not there yet
      {"chain", "portal", "releases/2026-a"},               // a link to the link
  };
  int ran = 0;
  for (const auto& c : cases) {
    if (!fs::is_symlink(fs::symlink_status(www / c.link))) fs::create_symlink(c.target, www / c.link);
    auto r = build(dir.path(), www / c.link);
    ASSERT_EQ(r.exit_code, 0) << c.link << ": " << r.output;
    EXPECT_TRUE(fs::is_symlink(www / c.link)) << c.link;
    EXPECT_TRUE(fs::exists(www / c.site / "xa-thu/kh-2026/nv-1/index.html")) << c.link;
    ++ran;
  }
  // A link to a folder congkhai did not make is refused, and the folder kept.
  fs::create_symlink("releases/2025", www / "cu");
  auto refused = build(dir.path(), www / "cu");
  EXPECT_EQ(refused.exit_code, 1) << refused.output;
  EXPECT_THAT(refused.output, HasSubstr("không phải trang do congkhai tạo"));
  EXPECT_THAT(refused.output, HasSubstr("trỏ tới"));
  EXPECT_EQ(dir.read("www/releases/2025/index.html"), "bản cũ, không do congkhai viết");
  ++ran;
  EXPECT_EQ(dir.read("www/releases/ghi-chu.txt"), "của quản trị viên");
  EXPECT_EQ(names_in(www), (std::set<std::string>{"abs", "chain", "cu", "portal", "releases"}));
  // Beside the rebuilt release, its spare (the site the rebuild replaced), readable by its owner only.
  EXPECT_EQ(names_in(www / "releases"),
            (std::set<std::string>{"2025", "2026-a", ".2026-a.spare", "2026-b", "ghi-chu.txt"}));
  EXPECT_EQ(fs::status(www / "releases/.2026-a.spare").permissions(), fs::perms::owner_all);
  RecordProperty("robustness_class", "--out là liên kết tượng trưng (web root -> releases/…)");
  RecordProperty("robustness_cases", ran);
  RecordProperty("robustness_outcome",
                 "site replaces the link's target atomically, link and neighbours kept; "
                 "a foreign target refused with a Vietnamese message");
}

// A second build while one writes: told so plainly, the site untouched; a
// killed build's staging directory goes with the next build.
TEST(Ownership, TwoBuildsIntoOneOut) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  const fs::path out = dir.path() / "site";
  ASSERT_EQ(build(dir.path(), out).exit_code, 0);
  const auto before = snapshot(out);
  // The first build is this test, holding the lock as a running build does.
  int fd = ::open((dir.path() / ".site.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
  auto second = build(dir.path(), out, "2026-09-01");
  EXPECT_EQ(second.exit_code, 1) << second.output;
  EXPECT_THAT(second.output, HasSubstr("một lần dựng khác đang ghi vào " + out.string()));
  EXPECT_THAT(second.output, ::testing::Not(HasSubstr(".new-")));  // no staging path for a message
  EXPECT_EQ(snapshot(out), before);
  ::close(fd);
  // A build killed earlier left its staging directory (its pid is long gone).
  dir.write(".site.new-4194303/index.html", "nửa chừng");
  auto third = build(dir.path(), out, "2026-09-01");
  ASSERT_EQ(third.exit_code, 0) << third.output;
  EXPECT_NE(snapshot(out), before);
  EXPECT_FALSE(fs::exists(dir.path() / ".site.new-4194303"));
  EXPECT_FALSE(fs::exists(dir.path() / ".site.lock"));
  RecordProperty("robustness_class", "hai lần dựng cùng lúc vào một --out; thư mục tạm của lần dựng bị giết");
  RecordProperty("robustness_cases", 2);
  RecordProperty("robustness_outcome",
                 "second build refused ('một lần dựng khác đang ghi vào …'), site untouched; "
                 "leftover staging removed by the next build");
}

// `package --zip` over a file that is not a zip congkhai wrote.
TEST(Ownership, PackageNeverOverwritesSomeoneElsesFile) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  const fs::path site = dir.path() / "site";
  ASSERT_EQ(build(dir.path(), site).exit_code, 0);
  auto package = [&](const fs::path& zip, const std::string& extra = "") {
    return congkhai("package --out " + q(site) + " --zip " + q(zip) + extra);
  };
  // Someone's files at the --zip path: refused, bytes kept.
  dir.write("bao-cao.docx", "PK\x03\x04 not really a zip");
  ASSERT_EQ(testing::run_command("cd " + q(dir.path()) +
                                 " && python3 -c \"import zipfile; "
                                 "zipfile.ZipFile('other.zip', 'w').writestr('manifest.json', '{}')\"")
                .exit_code,
            0);
  const std::string other_zip = dir.read("other.zip");
  fs::create_directories(dir.path() / "thu-muc.zip");
  int ran = 0;
  for (const char* name : {"bao-cao.docx", "other.zip"}) {
    const std::string bytes = dir.read(name);
    auto r = package(dir.path() / name);
    EXPECT_EQ(r.exit_code, 1) << name << ": " << r.output;
    EXPECT_THAT(r.output, HasSubstr("không phải tệp zip do congkhai tạo"));
    EXPECT_THAT(r.output, HasSubstr("--force"));
    EXPECT_EQ(dir.read(name), bytes) << name;
    ++ran;
  }
  EXPECT_EQ(package(dir.path() / "thu-muc.zip").exit_code, 1);
  EXPECT_TRUE(fs::is_directory(dir.path() / "thu-muc.zip"));
  ++ran;
  // Our own zip is replaced without asking; a link to it stays a link.
  ASSERT_EQ(package(dir.path() / "cong.zip").exit_code, 0);
  ASSERT_EQ(package(dir.path() / "cong.zip").exit_code, 0);
  fs::create_symlink("cong.zip", dir.path() / "moi-nhat.zip");
  auto via_link = package(dir.path() / "moi-nhat.zip");
  EXPECT_EQ(via_link.exit_code, 0) << via_link.output;
  EXPECT_TRUE(fs::is_symlink(dir.path() / "moi-nhat.zip"));
  fs::create_directories(dir.path() / "ban-phat-hanh");
  fs::create_symlink("ban-phat-hanh/2026-03.zip", dir.path() / "sap-co.zip");  // not there yet
  auto dangling = package(dir.path() / "sap-co.zip");
  EXPECT_EQ(dangling.exit_code, 0) << dangling.output;
  EXPECT_TRUE(fs::is_symlink(dir.path() / "sap-co.zip"));
  EXPECT_TRUE(fs::is_regular_file(dir.path() / "ban-phat-hanh/2026-03.zip"));
  ran += 4;
  // A zip of an older congkhai (no comment, our manifest.json) is recognised too.
  ASSERT_EQ(testing::run_command("cd " + q(dir.path()) +
                                 " && python3 -c \"import zipfile; z = zipfile.ZipFile('cu.zip', 'w'); "
                                 "z.write('site/manifest.json', 'manifest.json'); z.close()\"")
                .exit_code,
            0);
  EXPECT_EQ(package(dir.path() / "cu.zip").exit_code, 0);
  ++ran;
  // --force: the administrator said so.
  auto forced = package(dir.path() / "other.zip", " --force");
  EXPECT_EQ(forced.exit_code, 0) << forced.output;
  EXPECT_NE(dir.read("other.zip"), other_zip);
  ++ran;
  RecordProperty("robustness_class", "package --zip trỏ vào tệp đã có không do congkhai tạo");
  RecordProperty("robustness_cases", ran);
  RecordProperty("robustness_outcome",
                 "refused with a Vietnamese message naming --force, file kept; "
                 "congkhai's own zip (comment or manifest) replaced");
}

// `import` never writes outside content/ and data/ through a symbolic link.
TEST(Ownership, ImportFollowsNoSymlinkOut) {
  const std::string seed = (testing::shared_dir() / "seeds" / "tan-minh-cchc-2026-2030.txt").string();
  struct Case {
    const char* what;
    std::function<void(const fs::path& src, const fs::path& outside)> arrange;
    bool refused;  // exit 2 with a message; else the import succeeds, outside untouched
    const char* message;
  };
  const Case cases[] = {
      {"<plan>.md.tmp is a link",
       [](const fs::path& src, const fs::path& outside) {
         fs::create_directories(src / "content/tan-minh");
         fs::create_symlink(outside / "bi-mat.txt", src / "content/tan-minh/kh.md.tmp");
       },
       false, ""},
      {"<plan>.json.tmp is a link",
       [](const fs::path& src, const fs::path& outside) {
         fs::create_directories(src / "data/tan-minh");
         fs::create_symlink(outside / "bi-mat.txt", src / "data/tan-minh/kh.json.tmp");
       },
       false, ""},
      {"<plan>.md is a link",
       [](const fs::path& src, const fs::path& outside) {
         fs::create_directories(src / "content/tan-minh");
         fs::create_symlink(outside / "bi-mat.txt", src / "content/tan-minh/kh.md");
       },
       true, "là liên kết tượng trưng"},
      {"content/<commune> is a link",
       [](const fs::path& src, const fs::path& outside) {
         fs::create_directories(src / "content");
         fs::create_symlink(outside, src / "content/tan-minh");
       },
       true, "trỏ ra ngoài content/"},
      {"content/ is a link",
       [](const fs::path& src, const fs::path& outside) { fs::create_symlink(outside, src / "content"); },
       true, "trỏ ra ngoài content/"},
      {"data/ is a link into content/",
       [](const fs::path& src, const fs::path&) {
         fs::create_directories(src / "content");
         fs::create_symlink("content", src / "data");
       },
       true, "trỏ ra ngoài data/"},
  };
  int ran = 0;
  for (const auto& c : cases) {
    TempDir dir;
    const fs::path src = dir.path() / "src", outside = dir.path() / "ngoai";
    dir.write("ngoai/bi-mat.txt", "không được ghi đè");
    fs::create_directories(src);
    c.arrange(src, outside);
    auto r = congkhai("import " + q(seed) + " --commune tan-minh --plan kh --force --source " + q(src));
    if (c.refused) {
      EXPECT_EQ(r.exit_code, 2) << c.what << ": " << r.output;
      EXPECT_THAT(r.output, HasSubstr(c.message)) << c.what;
    } else {
      EXPECT_EQ(r.exit_code, 0) << c.what << ": " << r.output;
    }
    EXPECT_EQ(names_in(outside), std::set<std::string>{"bi-mat.txt"}) << c.what;
    EXPECT_EQ(dir.read("ngoai/bi-mat.txt"), "không được ghi đè") << c.what;
    ++ran;
  }
  RecordProperty("robustness_class", "import qua liên kết tượng trưng ra ngoài content/, data/");
  RecordProperty("robustness_cases", ran);
  RecordProperty("robustness_outcome",
                 "nothing outside written: temp files made fresh (O_EXCL), "
                 "linked targets and folders refused with a Vietnamese message");
}

// Runs `command_line` through sh, which execs it (same pid), output discarded.
pid_t spawn(const std::string& command_line) {
  std::string sh = "/bin/sh", dash_c = "-c", command = "exec " + command_line;
  char* argv[] = {sh.data(), dash_c.data(), command.data(), nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

std::string as_of_build(const fs::path& repo, const fs::path& out, const fs::path& tmp) {
  return "env TMPDIR=" + q(tmp) + " " + testing::congkhai_binary() + " build --source " + q(repo) +
         " --out " + q(out) + " --as-of 2026-03-21 --cache-dir " + q(tmp.parent_path() / "cache");
}

std::vector<std::string> scratch_dirs(const fs::path& tmp) {
  std::vector<std::string> found;
  for (const auto& e : fs::directory_iterator(tmp))
    if (e.path().filename().string().rfind("congkhai-as-of-", 0) == 0) found.push_back(e.path().filename());
  return found;
}

// --as-of scratch directories: gone after a run, after SIGINT or SIGTERM,
// and a SIGKILLed run's is removed by the next run (a live run's is not).
TEST(Ownership, AsOfScratchDirectoriesNeverLinger) {
  TempDir dir;
  const fs::path repo = testing::make_fixture(dir, "linear"), tmp = dir.path() / "tmp";
  fs::create_directories(tmp);
  int ran = 0, caught = 0;
  for (int sig : {0, SIGINT, SIGTERM}) {
    pid_t pid = spawn(as_of_build(repo, dir.path() / "site", tmp));
    ASSERT_GT(pid, 0);
    if (sig) {
      // Signalled while it renders: the old files are in the scratch
      // directory and the pages are going into the staging directory.
      auto rendering = [&] {
        for (const auto& e : fs::directory_iterator(dir.path()))
          if (e.path().filename().string().rfind(".site.new-", 0) == 0) return true;
        return false;
      };
      auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
      while (!rendering() && std::chrono::steady_clock::now() < until) std::this_thread::yield();
      ::kill(pid, sig);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (sig && WIFSIGNALED(status) && WTERMSIG(status) == sig) ++caught;
    EXPECT_TRUE(scratch_dirs(tmp).empty())
        << "signal " << sig << ": " << ::testing::PrintToString(scratch_dirs(tmp));
    ++ran;
  }
  EXPECT_GT(caught, 0) << "no build was stopped by its signal: the test proved nothing";
  // Leftovers: of a dead process (removed), of a live one (this test: kept),
  // and a name that is not ours to judge (kept).
  pid_t dead = spawn("true");
  ASSERT_GT(dead, 0);
  ::waitpid(dead, nullptr, 0);
  const std::string dead_dir = "congkhai-as-of-" + std::to_string(dead) + "-AbC123";
  const std::string live_dir = "congkhai-as-of-" + std::to_string(::getpid()) + "-XyZ789";
  fs::create_directories(tmp / dead_dir / "content/xa-thu");
  fs::create_directories(tmp / live_dir);
  fs::create_directories(tmp / "congkhai-as-of-abcdef");
  auto r = testing::run_command(as_of_build(repo, dir.path() / "site", tmp));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(names_in(tmp), (std::set<std::string>{live_dir, "congkhai-as-of-abcdef"}));
  ran += 3;
  RecordProperty("robustness_class", "thư mục tạm của --as-of khi dừng (SIGINT, SIGTERM, SIGKILL)");
  RecordProperty("robustness_cases", ran);
  RecordProperty("robustness_outcome",
                 "removed on exit and on SIGINT/SIGTERM; a killed run's removed by the next "
                 "run (dead pids only)");
}

}  // namespace
}  // namespace ck::robustness
