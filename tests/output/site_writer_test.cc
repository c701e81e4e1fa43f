#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "output/site_writer.h"
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
  struct stat st{};
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
  struct stat st{};
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
