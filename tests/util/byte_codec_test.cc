// The caches' byte encoding (util/byte_codec.h): string lengths in 7-bit
// groups, and a reader that fails rather than read past its input.
#include "util/byte_codec.h"

#include <gtest/gtest.h>

namespace ck {
namespace {

TEST(ByteCodec, StringsOfEveryLengthClass) {
  ByteWriter w;
  const std::vector<size_t> sizes = {0, 1, 127, 128, 16383, 16384, 1 << 21};
  for (size_t n : sizes) w.str(std::string(n, 'x'));
  w.u64(42);
  const std::string bytes = w.take();
  EXPECT_EQ(bytes.size(), 0 + 1 + 127 + 128 + 16383 + 16384 + (1 << 21) + 1 + 1 + 1 + 2 + 2 + 3 + 4 + 8u);
  ByteReader r(bytes);
  for (size_t n : sizes) EXPECT_EQ(r.str(), std::string(n, 'x'));
  EXPECT_EQ(r.u64(), 42u);
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.at_end());
}

TEST(ByteCodec, LengthsNoWriterMadeFail) {
  {
    const std::string huge = std::string(11, '\x80') + "\x01";  // more than 64 bits of length
    ByteReader r(huge);
    r.str();
    EXPECT_FALSE(r.ok());
  }
  {
    ByteReader r("\x85\x01abc");  // 133 bytes announced, 3 there
    r.str();
    EXPECT_FALSE(r.ok());
  }
  {
    ByteReader r("\x80");  // the length itself cut short
    r.str();
    EXPECT_FALSE(r.ok());
  }
}

}  // namespace
}  // namespace ck
