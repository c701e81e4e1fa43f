#include "output/site_writer.h"

#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <random>
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
  // Beside the output, only the spare: no staging leftovers.
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir.path())) names.insert(e.path().filename().string());
  EXPECT_EQ(names, (std::set<std::string>{"site", ".site.spare"}));
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
  // No staging or lock left behind; the spare is unreadable to the web server.
  EXPECT_EQ(names, (std::set<std::string>{"2026-a", ".2026-a.spare", "notes.txt"}));
  EXPECT_EQ(fs::status(www / "releases/.2026-a.spare").permissions(), fs::perms::owner_all);
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
  // The kept file is the old site's file: it lives on in the new site and in the spare.
  struct stat st {};
  ASSERT_EQ(::stat((out / "index.html").c_str(), &st), 0);
  EXPECT_EQ(st.st_nlink, 2u);
  EXPECT_EQ(testing::read_file(spare_path(out) / "a/b/task.html"), "old");
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

unsigned long long inode_of(const fs::path& p) {
  struct stat st {};
  return ::lstat(p.c_str(), &st) == 0 ? st.st_ino : 0;
}

// The site a swap replaced is the next build's staging directory: the third
// build's site is the first build's folder, reconciled.
TEST(SiteWriter, TheNextBuildStagesIntoTheSpare) {
  TempDir dir;
  auto out = dir.path() / "site";
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "1"}, {"a/old.html", "1"}, {"b", "file"}}));
  const auto first_root = inode_of(out);
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "2"}, {"a/old.html", "1"}, {"b", "file"}}));
  EXPECT_EQ(inode_of(spare_path(out)), first_root);
  EXPECT_EQ(fs::status(spare_path(out)).permissions(), fs::perms::owner_all);
  const fs::perms live_mode = fs::status(out).permissions();
  // A file becomes a folder, a folder's files go, a file is new.
  ASSERT_FALSE(write_site_atomically(out, {{"index.html", "3"}, {"b/index.html", "folder"}, {"c.html", "3"}}));
  EXPECT_EQ(inode_of(out), first_root);
  EXPECT_EQ(fs::status(out).permissions(), live_mode);  // the spare's 0700 is not what readers get
  std::set<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(out)) files.insert(fs::relative(e.path(), out).string());
  EXPECT_EQ(files, (std::set<std::string>{"index.html", "b", "b/index.html", "c.html", kSiteMarker}));
  EXPECT_EQ(testing::read_file(out / "b/index.html"), "folder");
}

// A spare that is not ours (no marker) is neither used nor removed.
TEST(SiteWriter, AForeignFolderNamedLikeTheSpareIsLeftAlone) {
  TempDir dir;
  auto out = dir.path() / "site";
  dir.write(".site.spare/notes.txt", "someone's");
  for (const char* v : {"1", "2", "3"}) ASSERT_FALSE(write_site_atomically(out, {{"index.html", v}}));
  EXPECT_EQ(testing::read_file(out / "index.html"), "3");
  EXPECT_EQ(dir.read(".site.spare/notes.txt"), "someone's");
  EXPECT_FALSE(fs::exists(dir.path() / ".site.spare/index.html"));
}

// Differential: random sites written one after another, against the plainest
// reference there is (the map of files given). After each build the site is
// exactly the map; every file of the site it replaced still has its bytes
// (held by hard links made before the build: nothing was written through a
// link); a file whose bytes did not change keeps its inode; and beside the
// output there is only the spare. Some builds carry files over by stamp, as
// the pipeline does, and some fail, leaving the site as it was.
TEST(SiteWriter, RandomRebuildsThroughTheSpareEqualWhatWasGiven) {
  TempDir dir;
  const fs::path out = dir.path() / "site", held = dir.path() / "held";
  const std::vector<std::string> universe = {"index.html", "a",   "a/index.html", "a/b",   "a/b/c.html", "a/b/d.html",
                                             "x/y/z.html", "x/y", "x",            "e.css", "f/g.json"};
  std::mt19937 random(20261203);
  SiteFiles live;
  int steps = 0, failed = 0, carried = 0, kept_inodes = 0;
  for (int step = 0; step < 300; ++step) {
    // A random site: a path is dropped when a chosen file stands on one of its folders.
    SiteFiles next;
    for (const auto& path : universe)
      if (random() % 2) next[path] = std::string(1, "123"[random() % 3]);
    for (auto it = next.begin(); it != next.end();) {
      bool blocked = false;
      for (size_t slash = it->first.find('/'); slash != std::string::npos; slash = it->first.find('/', slash + 1))
        blocked |= next.count(it->first.substr(0, slash)) > 0;
      it = blocked ? next.erase(it) : std::next(it);
    }
    // Hold the live site's files, to see afterwards that none was written through.
    fs::remove_all(held);
    const SiteFiles before = live;
    std::map<std::string, unsigned long long> inodes;
    for (const auto& [path, bytes] : live) {
      fs::create_directories((held / path).parent_path());
      ASSERT_EQ(::link((out / path).c_str(), (held / path).c_str()), 0) << path;
      inodes[path] = inode_of(out / path);
    }
    const bool fail = random() % 10 == 0;
    std::string error;
    auto site = StagedSite::open(out, error);
    ASSERT_TRUE(site) << error;
    for (const auto& [path, bytes] : next) {
      auto was = live.find(path);
      if (was != live.end() && was->second == bytes && random() % 2 && site->carry(path, *stamp_of(out / path)))
        ++carried;
      else
        site->put(path, bytes);
    }
    if (fail) site->put("../escape.html", "x");
    auto result = site->commit();
    site.reset();
    ASSERT_EQ(result.has_value(), fail) << "step " << step << ": " << result.value_or("");
    if (fail) ++failed;
    else live = next;
    ++steps;
    // The site is exactly the map.
    SiteFiles now;
    for (const auto& e : fs::recursive_directory_iterator(out)) {
      const std::string rel = fs::relative(e.path(), out).string();
      if (e.is_directory()) {
        EXPECT_FALSE(fs::is_empty(e.path())) << "step " << step << ": empty folder " << rel;
      } else if (rel != kSiteMarker) {
        now[rel] = testing::read_file(e.path());
      }
    }
    ASSERT_EQ(now, live) << "step " << step;
    // Nothing was written through a link to the old live site.
    for (const auto& [path, inode] : inodes) {
      ASSERT_EQ(testing::read_file(held / path), before.at(path)) << "step " << step << ": written through " << path;
      if (auto it = live.find(path); it != live.end() && !fail) {
        if (it->second == before.at(path)) {
          EXPECT_EQ(inode_of(out / path), inode) << "step " << step << ": " << path << " lost its file";
          ++kept_inodes;
        }
      }
    }
    std::set<std::string> beside;
    for (const auto& e : fs::directory_iterator(dir.path())) beside.insert(e.path().filename().string());
    beside.erase("held");
    EXPECT_TRUE(beside == (std::set<std::string>{"site"}) || beside == (std::set<std::string>{"site", ".site.spare"}))
        << "step " << step << ": " << ::testing::PrintToString(beside);
  }
  EXPECT_GT(carried, 50);
  EXPECT_GT(failed, 10);
  EXPECT_GT(kept_inodes, 100);
  RecordProperty("steps", steps);
}

}  // namespace
}  // namespace ck
