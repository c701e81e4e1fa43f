#include "util/replace_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

TEST(ReplaceFile, WritesANewFileAndReplacesAnOldOne) {
  TempDir dir;
  std::string error;
  ASSERT_TRUE(replace_file(dir.path() / "a.json", "one", error)) << error;
  ASSERT_TRUE(replace_file(dir.path() / "a.json", "two", error)) << error;
  EXPECT_EQ(dir.read("a.json"), "two");
  EXPECT_EQ(fs::status(dir.path() / "a.json").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);  // no temp left
}

// A link at the target (or at the old fixed temp name) is never written through.
TEST(ReplaceFile, ReplacesALinkInsteadOfWritingThroughIt) {
  TempDir dir;
  dir.write("elsewhere.txt", "keep");
  fs::create_symlink(dir.path() / "elsewhere.txt", dir.path() / "a.md");
  fs::create_symlink(dir.path() / "elsewhere.txt", dir.path() / "a.md.tmp");
  std::string error;
  ASSERT_TRUE(replace_file(dir.path() / "a.md", "new", error)) << error;
  EXPECT_FALSE(fs::is_symlink(dir.path() / "a.md"));
  EXPECT_EQ(dir.read("a.md"), "new");
  EXPECT_EQ(dir.read("elsewhere.txt"), "keep");
}

TEST(ReplaceFile, AMissingFolderIsAnErrorNamingIt) {
  TempDir dir;
  std::string error;
  EXPECT_FALSE(replace_file(dir.path() / "khong-co/a.md", "x", error));
  EXPECT_THAT(error, ::testing::HasSubstr("khong-co"));
}

}  // namespace
}  // namespace ck
