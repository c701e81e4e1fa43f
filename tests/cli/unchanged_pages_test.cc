// After an editor commits a change to one task, a rebuild into the same folder
// rewrites the pages that show it and keeps every other file as it was — the
// same file (a hard link from the old site), the same modification time — so
// an upload or a CDN skips them. The commit is named on the home page and in
// manifest.json, not in every footer, or every page would change each commit.
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

FileId id_of(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return {};
  return {st.st_ino, static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec};
}

TEST(UnchangedPages, KeepTheirFileWhenAnotherTaskIsEdited) {
  TempDir dir;
  const fs::path repo = testing::make_fixture(dir, "linear"), site = dir.path() / "site";
  auto build = [&] {
    return testing::run_command(testing::congkhai_binary() + " build --source " + testing::shell_quote(repo) +
                                " --out " + testing::shell_quote(site) + " --today 2026-04-30");
  };
  auto first = build();
  ASSERT_EQ(first.exit_code, 0) << first.output;
  const std::string head_before = testing::run_command("git -C " + testing::shell_quote(repo) + " rev-parse --short=7 HEAD").output.substr(0, 7);
  EXPECT_THAT(testing::read_file(site / "index.html"), ::testing::HasSubstr(head_before));
  EXPECT_THAT(testing::read_file(site / "xa-thu/kh-2026/nv-1/index.html"), ::testing::Not(::testing::HasSubstr(head_before)));

  const std::vector<std::string> untouched = {"xa-thu/kh-2026/nv-1/index.html", "xa-thu/kh-2026/nv-4/index.html",
                                              "xa-thu/chi-tieu/index.html", "static/style.css"};
  std::map<std::string, FileId> before;
  for (const auto& path : untouched) before[path] = id_of(site / path);
  const FileId edited_before = id_of(site / "xa-thu/kh-2026/nv-2/index.html");
  const std::string edited_page = testing::read_file(site / "xa-thu/kh-2026/nv-2/index.html");

  testing::extend_fixture(repo, "progress");  // one commit: task nv-2's status and progress
  auto second = build();
  ASSERT_EQ(second.exit_code, 0) << second.output;
  for (const auto& path : untouched) EXPECT_EQ(id_of(site / path), before[path]) << path << " was rewritten";
  EXPECT_NE(id_of(site / "xa-thu/kh-2026/nv-2/index.html"), edited_before);
  EXPECT_NE(testing::read_file(site / "xa-thu/kh-2026/nv-2/index.html"), edited_page);
  const std::string head_after = testing::run_command("git -C " + testing::shell_quote(repo) + " rev-parse HEAD").output.substr(0, 40);
  EXPECT_THAT(testing::read_file(site / "manifest.json"), ::testing::HasSubstr(head_after));
}

}  // namespace
}  // namespace ck
