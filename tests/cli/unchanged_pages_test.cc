// A rebuild into the same folder keeps every file whose bytes did not change:
// the same file (a hard link from the old site) with the same modification
// time, so an upload or a CDN skips it. Each page footer names the last commit
// that changed the page's own data (render/page_commit.h), so a commit that
// edits one task rewrites that task's page and the pages that list or count
// it, and no other task's page. With the page record (cli/page_record.h) the
// pages of an unchanged commune are not even made again.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <set>

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
                                " --out " + testing::shell_quote(site) + " --today 2026-04-30 --cache-dir " +
                                testing::shell_quote(dir.path() / "cache"));
  };
  auto first = build();
  ASSERT_EQ(first.exit_code, 0) << first.output;
  const auto before = ids_under(site);
  ASSERT_GT(before.size(), 30u);

  auto same = build();  // same commit, same day: nothing to rewrite, every commune page carried over
  ASSERT_EQ(same.exit_code, 0) << same.output;
  EXPECT_EQ(ids_under(site), before);
  EXPECT_THAT(same.output, ::testing::HasSubstr("giữ nguyên"));

  testing::extend_fixture(repo, "progress");  // one commit: task nv-2's status and progress
  auto next = build();
  ASSERT_EQ(next.exit_code, 0) << next.output;
  const auto after = ids_under(site);
  std::set<std::string> rewritten;
  for (const auto& [path, id] : after)
    if (!before.contains(path) || before.at(path) != id) rewritten.insert(path);
  EXPECT_TRUE(rewritten.contains("xa-thu/kh-2026/nv-2/index.html"));
  EXPECT_TRUE(rewritten.contains("xa-thu/kh-2026/index.html"));  // the plan's table shows the new status
  // The other tasks' pages, the reading guide and the theme's assets are the files they were.
  for (const char* kept : {"xa-thu/kh-2026/nv-1/index.html", "xa-thu/kh-2026/nv-4/index.html", "cach-doc/index.html",
                           "static/style.css", "static/search.js"})
    EXPECT_FALSE(rewritten.contains(kept)) << kept;
  // Nothing outside the edited plan's pages, what lists or counts its tasks, and the build-wide files.
  for (const auto& path : rewritten) {
    const bool expected = path.starts_with("xa-thu/kh-2026/") || path.starts_with("xa-thu/") || path == "index.html" ||
                          path == "manifest.json" || path.starts_with("du-lieu/") || path.ends_with(".xml") ||
                          path.starts_with("qua-han/") || path.starts_with("sap-den-han/") || path.starts_with("search/");
    EXPECT_TRUE(expected) << path;
    EXPECT_FALSE(path.starts_with("xa-thu/kh-2026/nv-") && !path.starts_with("xa-thu/kh-2026/nv-2/")) << path;
  }
}

}  // namespace
}  // namespace ck
