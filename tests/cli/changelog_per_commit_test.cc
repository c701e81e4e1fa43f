// A plan's changelog has one entry per commit (issue #13): the four-commit
// case — import, a status change, `git revert HEAD`, another status change —
// gives four entries, each named after its own commit, newest first, each
// listing what that commit changed. (It used to give 30 entries all named
// after the last commit: the revert's tree was read after being freed.)
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;
using testing::shell_quote;

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(ChangelogPerCommit, RevertCaseGivesOneEntryPerCommit) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  const std::string plan = "data/xa-thu/kh-2026.json";
  std::string json = dir.read(plan);
  ASSERT_NE(json.find("\"dang_thuc_hien\""), std::string::npos);
  const std::string git = "cd " + shell_quote(dir.path()) + " && git -c user.email=x@y ";
  auto run = [&](const std::string& cmd) {
    auto r = testing::run_command(cmd);
    ASSERT_EQ(r.exit_code, 0) << cmd << "\n" << r.output;
  };
  run(git + "init -q && cd " + shell_quote(dir.path()) + " && git add -A && git -c user.name=An -c user.email=x@y commit -qm 'Nhập kế hoạch'");
  std::string started = json;
  started.replace(started.find("\"dang_thuc_hien\""), 16, "\"chua_bat_dau\"");
  dir.write(plan, started);
  run(git + "-c user.name=Binh commit -qam 'Lùi lại nhiệm vụ'");
  run(git + "-c user.name=Cuong revert --no-edit HEAD");
  std::string planned = json;
  planned.replace(planned.find("\"dang_thuc_hien\""), 16, "\"huy_bo\"");
  dir.write(plan, planned);
  run(git + "-c user.name=Dung commit -qam 'Hủy nhiệm vụ'");

  auto r = testing::run_command(testing::congkhai_binary() + " build --source " + shell_quote(dir.path()) + " --out " +
                                shell_quote(dir.path() / "out") + " --today 2026-03-01");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::string page = testing::read_file(dir.path() / "out/xa-thu/kh-2026/nhat-ky/index.html");
  EXPECT_EQ(count(page, "<li class=\"change"), 4u) << page;
  // Newest first, each under its own author.
  std::vector<std::string> authors;
  std::regex head("<p class=\"change-head\"><time[^>]*>[^<]*</time> · ([^<·]+?)(?: ·|</p>)");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), head); it != std::sregex_iterator(); ++it)
    authors.push_back((*it)[1]);
  EXPECT_THAT(authors, ::testing::ElementsAre("Dung", "Cuong", "Binh", "An"));
  // The revert's entry says what it undid.
  auto revert = page.find("Revert &quot;Lùi lại nhiệm vụ&quot;");
  ASSERT_NE(revert, std::string::npos);
  EXPECT_NE(page.find("<del>Chưa bắt đầu</del> → <ins>Đang thực hiện</ins>", revert), std::string::npos);
  // The import lists its three tasks in one entry, told in the portal's words (the plan's first appearance).
  auto import = page.find("Kế hoạch được đưa lên cổng");
  ASSERT_NE(import, std::string::npos);
  EXPECT_EQ(count(page.substr(import), "Thêm nhiệm vụ"), 3u);
}

}  // namespace
}  // namespace ck
