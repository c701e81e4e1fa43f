#include "util/read_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/test_support.h"

namespace ck {
namespace {

using testing::TempDir;

TEST(ReadWholeFile, GivesEveryByteAsWritten) {
  TempDir dir;
  std::string bytes;
  for (size_t i = 0; i < 300'000; ++i) bytes.push_back(static_cast<char>(i * 7919 % 256));  // NULs too, past one chunk
  std::ofstream(dir.path() / "cache.bin", std::ios::binary) << bytes;
  EXPECT_EQ(read_whole_file(dir.path() / "cache.bin"), bytes);
  std::ofstream(dir.path() / "empty", std::ios::binary).flush();
  EXPECT_EQ(read_whole_file(dir.path() / "empty"), std::string());
}

TEST(ReadWholeFile, NothingForWhatIsNotAReadableFile) {
  TempDir dir;
  EXPECT_EQ(read_whole_file(dir.path() / "missing"), std::nullopt);
  EXPECT_EQ(read_whole_file(dir.path()), std::nullopt);  // a folder
}

// A file whose size stat does not know (proc files say 0) is still read to its end.
TEST(ReadWholeFile, ReadsAFileWhoseSizeIsNotKnownAhead) {
  auto status = read_whole_file("/proc/self/status");
  ASSERT_TRUE(status);
  EXPECT_NE(status->find("Name:"), std::string::npos);
  EXPECT_NE(status->find("VmRSS:"), std::string::npos);  // well past the start
}

}  // namespace
}  // namespace ck
