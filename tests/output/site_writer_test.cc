#include "output/site_writer.h"

#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <set>

#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using ck::testing::TempDir;

TEST(SiteWriter, WritesIntoFreshDirectory) {
  TempDir dir;
  auto out = dir.path() / "site";
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "a"}, {"x/y/index.html", "b"}}));
  EXPECT_EQ(testing::read_file(out / "index.html"), "a");
  EXPECT_EQ(testing::read_file(out / "x/y/index.html"), "b");
  EXPECT_TRUE(fs::exists(out / kSiteMarker));
}

TEST(SiteWriter, ReplacesOldSiteCompletely) {
  TempDir dir;
  auto out = dir.path() / "site";
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "old"}, {"gone.html", "old"}}));
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "new"}}));
  EXPECT_EQ(testing::read_file(out / "index.html"), "new");
  EXPECT_FALSE(fs::exists(out / "gone.html"));
  // No staging leftovers beside the output.
  for (const auto& e : fs::directory_iterator(dir.path())) EXPECT_EQ(e.path().filename(), "site");
}

TEST(SiteWriter, FailureLeavesOldSiteUntouched) {
  TempDir dir;
  auto out = dir.path() / "site";
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "old"}}));
  auto error = write_site_atomically(out, {{"index.html", "new"}, {"../escape.html", "x"}});
  ASSERT_TRUE(error);
  EXPECT_THAT(*error, ::testing::HasSubstr("không an toàn"));
  EXPECT_EQ(testing::read_file(out / "index.html"), "old");
  EXPECT_FALSE(fs::exists(dir.path() / "escape.html"));
}

TEST(SiteWriter, RefusesToReplaceAForeignDirectory) {
  TempDir dir;
  dir.write("docs/important.txt", "keep me");
  auto error = write_site_atomically(dir.path() / "docs", {{"index.html", "x"}});
  ASSERT_TRUE(error);
  EXPECT_EQ(dir.read("docs/important.txt"), "keep me");
}

TEST(SiteWriter, CleansStagingLeftByAKilledBuild) {
  TempDir dir;
  dir.write(".site.new-99999/index.html", "half");
  ASSERT_FALSE(write_site_atomically(dir.path() / "site", {{"index.html", "ok"}}));
  EXPECT_FALSE(fs::exists(dir.path() / ".site.new-99999"));
}

// The web-root layout: /var/www/portal -> releases/2026-…. The site replaces
// the link's target; the link stays a link and its neighbours stay put.
TEST(SiteWriter, OutThroughASymlinkReplacesTheTargetAndKeepsTheLink) {
  TempDir dir;
  const fs::path www = dir.path() / "www";
  dir.write("www/releases/notes.txt", "not ours");
  dir.write("www/other/page.html", "not ours either");
  fs::create_directories(www / "releases/2026-a");
  fs::create_symlink("releases/2026-a", www / "portal");
  ASSERT_FALSE(write_site_atomically(www / "portal", {{"index.html", "first"}}));
  ASSERT_FALSE(write_site_atomically(www / "portal", {{"index.html", "second"}, {"a/b.html", "b"}}));
  ASSERT_TRUE(fs::is_symlink(www / "portal"));
  EXPECT_EQ(fs::read_symlink(www / "portal"), "releases/2026-a");
  EXPECT_EQ(testing::read_file(www / "releases/2026-a/index.html"), "second");
  EXPECT_EQ(testing::read_file(www / "portal/a/b.html"), "b");
  EXPECT_EQ(testing::read_file(www / "releases/notes.txt"), "not ours");
  EXPECT_EQ(testing::read_file(www / "other/page.html"), "not ours either");
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(www / "releases")) names.insert(e.path().filename().string());
  EXPECT_EQ(names, (std::set<std::string>{"2026-a", "notes.txt"}));  // no staging or lock left behind
  names.clear();
  for (const auto& e : fs::directory_iterator(www)) names.insert(e.path().filename().string());
  EXPECT_EQ(names, (std::set<std::string>{"other", "portal", "releases"}));
}

TEST(SiteWriter, SymlinkToAMissingDirectoryCreatesIt) {
  TempDir dir;
  fs::create_directories(dir.path() / "releases");
  fs::create_symlink(dir.path() / "releases/next", dir.path() / "portal");
  ASSERT_FALSE(write_site_atomically(dir.path() / "portal", {{"index.html", "x"}}));
  EXPECT_TRUE(fs::is_symlink(dir.path() / "portal"));
  EXPECT_EQ(dir.read("releases/next/index.html"), "x");
}

TEST(SiteWriter, SymlinkToAForeignFolderIsRefusedAndItsFilesKept) {
  TempDir dir;
  dir.write("html/index.html", "the commune's own page");
  fs::create_symlink("html", dir.path() / "portal");
  auto error = write_site_atomically(dir.path() / "portal", {{"index.html", "x"}});
  ASSERT_TRUE(error);
  EXPECT_THAT(*error, ::testing::HasSubstr("không phải trang do congkhai tạo"));
  EXPECT_THAT(*error, ::testing::HasSubstr("trỏ tới"));
  EXPECT_EQ(dir.read("html/index.html"), "the commune's own page");
  EXPECT_TRUE(fs::is_symlink(dir.path() / "portal"));
}

TEST(SiteWriter, SymlinkLoopIsRefused) {
  TempDir dir;
  fs::create_symlink("b", dir.path() / "a");
  fs::create_symlink("a", dir.path() / "b");
  auto error = write_site_atomically(dir.path() / "a", {{"index.html", "x"}});
  ASSERT_TRUE(error);
  EXPECT_THAT(*error, ::testing::HasSubstr("vòng liên kết"));
  EXPECT_TRUE(fs::is_symlink(dir.path() / "a"));
}

// Two builds into one --out: the second is told plainly, and the first's
// staging directory is left alone.
TEST(SiteWriter, SecondBuildIntoTheSameOutIsRefusedWhileTheFirstWrites) {
  TempDir dir;
  auto out = dir.path() / "site";
  std::string error;
  auto first = StagedSite::open(out, error);
  ASSERT_TRUE(first) << error;
  first->put("index.html", "first");
  auto second = write_site_atomically(out, {{"index.html", "second"}});
  ASSERT_TRUE(second);
  EXPECT_THAT(*second, ::testing::HasSubstr("một lần dựng khác đang ghi vào"));
  // The same directory named through a symlink is the same lock.
  fs::create_symlink("site", dir.path() / "alias");
  EXPECT_TRUE(write_site_atomically(dir.path() / "alias", {{"index.html", "third"}}));
  ASSERT_FALSE(first->commit());
  first.reset();
  EXPECT_EQ(testing::read_file(out / "index.html"), "first");
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "later"}}));  // the lock is gone with the first
  EXPECT_EQ(testing::read_file(out / "index.html"), "later");
  EXPECT_FALSE(fs::exists(WriteLock::lock_path(out)));
}

TEST(SiteWriter, SafeOutputPaths) {
  EXPECT_TRUE(is_safe_output_path("a/b/index.html"));
  EXPECT_FALSE(is_safe_output_path("/etc/passwd"));
  EXPECT_FALSE(is_safe_output_path("a/../b"));
  EXPECT_FALSE(is_safe_output_path("a//b"));
  EXPECT_FALSE(is_safe_output_path("a\\b"));
  EXPECT_FALSE(is_safe_output_path(""));
}

// Sets a file's modification time to 2001-09-09 so a rewrite would show.
void age(const fs::path& p) {
  struct timespec times[2] = {{1000000000, 0}, {1000000000, 0}};
  ASSERT_EQ(::utimensat(AT_FDCWD, p.c_str(), times, 0), 0);
}
time_t mtime(const fs::path& p) {
  struct stat st {};
  EXPECT_EQ(::stat(p.c_str(), &st), 0);
  return st.st_mtime;
}

TEST(SiteWriter, UnchangedFilesKeepBytesAndModificationTime) {
  TempDir dir;
  auto out = dir.path() / "site";
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "same"}, {"a/b/task.html", "old"}}));
  age(out / "index.html");
  age(out / "a/b/task.html");
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "same"}, {"a/b/task.html", "new"}}));
  EXPECT_EQ(testing::read_file(out / "index.html"), "same");
  EXPECT_EQ(mtime(out / "index.html"), 1000000000);
  EXPECT_EQ(testing::read_file(out / "a/b/task.html"), "new");
  EXPECT_NE(mtime(out / "a/b/task.html"), 1000000000);
  // The old site's directory is gone: the kept file lives on only in the new site.
  struct stat st {};
  ASSERT_EQ(::stat((out / "index.html").c_str(), &st), 0);
  EXPECT_EQ(st.st_nlink, 1u);
}

TEST(SiteWriter, SameSizeDifferentBytesIsRewritten) {
  TempDir dir;
  auto out = dir.path() / "site";
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "aaaa"}}));
  age(out / "index.html");
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "aaab"}}));
  EXPECT_EQ(testing::read_file(out / "index.html"), "aaab");
  EXPECT_NE(mtime(out / "index.html"), 1000000000);
}

TEST(SiteWriter, LiveFilesAreNeverModifiedInPlace) {
  // A reader holding a file of the live site open keeps reading the old bytes
  // while a build replaces the site: old site or new site, never a mix.
  TempDir dir;
  auto out = dir.path() / "site";
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "old page"}, {"kept.html", "kept"}}));
  int fd = ::open((out / "index.html").c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "new page"}, {"kept.html", "kept"}}));
  char buf[16] = {};
  ASSERT_EQ(::pread(fd, buf, sizeof buf, 0), 8);
  ::close(fd);
  EXPECT_EQ(std::string(buf, 8), "old page");
  EXPECT_EQ(testing::read_file(out / "index.html"), "new page");
}

TEST(SiteWriter, NeverCarriesASymlinkOverFromTheOldSite) {
  TempDir dir;
  auto out = dir.path() / "site";
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "x"}}));
  dir.write("elsewhere.txt", "x");
  fs::remove(out / "index.html");
  fs::create_symlink(dir.path() / "elsewhere.txt", out / "index.html");
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "x"}}));
  EXPECT_FALSE(fs::is_symlink(out / "index.html"));
  EXPECT_EQ(testing::read_file(out / "index.html"), "x");
}

TEST(SiteWriter, DoesNotBorrowFromADirectoryItDidNotMake) {
  // An empty or foreign --out never lends files; only a marked site does.
  TempDir dir;
  auto out = dir.path() / "site";
  fs::create_directories(out);
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "x"}}));
  EXPECT_EQ(testing::read_file(out / "index.html"), "x");
  EXPECT_TRUE(fs::exists(out / kSiteMarker));
}

}  // namespace
}  // namespace ck
