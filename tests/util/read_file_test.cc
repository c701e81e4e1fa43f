// read_whole_file: the bytes as they are, whatever the size the file reports.
#include "util/read_file.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/test_support.h"

namespace ck {
namespace {

TEST(ReadWholeFile, BytesAsTheyAre) {
  testing::TempDir dir;
  std::string bytes;
  for (int i = 0; i < 200000; ++i) bytes += static_cast<char>(i * 7);  // NULs included; more than one read
  std::ofstream(dir.path() / "a.bin", std::ios::binary) << bytes;
  EXPECT_EQ(read_whole_file(dir.path() / "a.bin"), bytes);
  std::ofstream(dir.path() / "empty");
  EXPECT_EQ(read_whole_file(dir.path() / "empty"), "");
}

TEST(ReadWholeFile, MissingOrAFolderIsNullopt) {
  testing::TempDir dir;
  EXPECT_FALSE(read_whole_file(dir.path() / "khong-co"));
  EXPECT_FALSE(read_whole_file(dir.path()));
}

// A file that reports no size (procfs) is read to its end.
TEST(ReadWholeFile, AFileWithoutASizeIsReadToItsEnd) {
  auto status = read_whole_file("/proc/self/status");
  ASSERT_TRUE(status);
  EXPECT_NE(status->find("\nPid:"), std::string::npos);
}

}  // namespace
}  // namespace ck
