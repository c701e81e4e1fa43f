#include <gmock/gmock.h>
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace ck
