// A rebuild into the same folder keeps every file whose bytes did not change:
// the same file (a hard link from the old site) with the same modification
// time, so an upload or a CDN skips it. Every page footer names the source
// commit (issue #8's provenance), so a new commit changes the pages; files
// that do not name it, like the theme's assets, stay as they were.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/stat.h>

#include "history/history_fixture.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

struct FileId {
  ino_t inode = 0;
  long long mtime_ns = 0;
  bool operator==(const FileId&) const = default;
};

std::map<std::string, FileId> ids_under(const fs::path& root) {
  std::map<std::string, FileId> ids;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    struct stat st {};
    if (!e.is_regular_file() || ::stat(e.path().c_str(), &st) != 0) continue;
    ids[fs::relative(e.path(), root).string()] = {st.st_ino, st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec};
  }
  return ids;
}

TEST(UnchangedFiles, KeepTheirFileAndTimeWhenTheSiteIsRebuilt) {
  TempDir dir;
  const fs::path repo = testing::make_fixture(dir, "linear"), site = dir.path() / "site";
  auto build = [&] {
    return testing::run_command(testing::congkhai_binary() + " build --source " + testing::shell_quote(repo) +
                                " --out " + testing::shell_quote(site) + " --today 2026-04-30");
  };
  auto first = build();
  ASSERT_EQ(first.exit_code, 0) << first.output;
  const auto before = ids_under(site);
  ASSERT_GT(before.size(), 30u);

  auto same = build();  // same commit, same day: nothing to rewrite
  ASSERT_EQ(same.exit_code, 0) << same.output;
  EXPECT_EQ(ids_under(site), before);

  testing::extend_fixture(repo, "progress");  // one commit: task nv-2's status and progress
  auto next = build();
  ASSERT_EQ(next.exit_code, 0) << next.output;
  const auto after = ids_under(site);
  for (const char* asset : {"static/style.css", "static/search.js"}) EXPECT_EQ(after.at(asset), before.at(asset)) << asset;
  EXPECT_NE(after.at("xa-thu/kh-2026/nv-2/index.html"), before.at("xa-thu/kh-2026/nv-2/index.html"));
  const std::string head = testing::run_command("git -C " + testing::shell_quote(repo) + " rev-parse --short=7 HEAD").output.substr(0, 7);
  EXPECT_THAT(testing::read_file(site / "xa-thu/kh-2026/nv-1/index.html"), ::testing::HasSubstr(head))
      << "every footer names the commit the site was built from";
}

}  // namespace
}  // namespace ck
