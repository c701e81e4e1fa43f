// The names shown for commit authors follow the repository's .mailmap (git's
// format, read through libgit2), also when the history comes from the cache;
// without a .mailmap, names are as recorded. Nothing else of a commit changes.
#include <gtest/gtest.h>

#include <fstream>

#include "history/history.h"
#include "history_fixture.h"

namespace ck {
namespace {

using testing::make_fixture;
using testing::TempDir;

TEST(Mailmap, AuthorNamesAreMappedAndTheCacheKeepsTheRecordedOnes) {
  TempDir dir, cache;
  auto repo = make_fixture(dir, "linear");
  HistoryOptions options;
  options.cache_dir = cache.path();
  History plain = read_history(repo, options);
  ASSERT_EQ(plain.commits.at(1).author, "Trần Văn Đức");

  // Not committed: libgit2 reads the work tree's .mailmap, as git log does.
  { std::ofstream(repo / ".mailmap") << "Phòng Văn hóa - Xã hội <duc@xa-thu.invalid>\n"; }
  History mapped = read_history(repo, options);  // from the cache written above
  EXPECT_TRUE(mapped.from_cache);
  EXPECT_EQ(mapped.commits.at(1).author, "Phòng Văn hóa - Xã hội");
  EXPECT_EQ(mapped.commits.at(1).email, "duc@xa-thu.invalid");
  EXPECT_EQ(mapped.commits.at(0).author, "Nguyễn Thị Hoà");  // not in the map: as recorded
  EXPECT_EQ(mapped.commits.at(1).time, plain.commits.at(1).time);
  EXPECT_EQ(mapped.commits.at(1).id, plain.commits.at(1).id);

  std::filesystem::remove(repo / ".mailmap");
  EXPECT_EQ(read_history(repo, options).commits.at(1).author, "Trần Văn Đức");
}

}  // namespace
}  // namespace ck
