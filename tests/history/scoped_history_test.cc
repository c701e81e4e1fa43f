// `build --commune`'s history read (HistoryOptions::scope) on the plan-move
// fixture (scripts/make_history_fixture.py): xa-thu/kh-2026 → xa-thu/kh-moi →
// xa-khac/kh-moi, with changes between the moves. The random repositories of
// HistoryDifferential.ScopedReadsAreTheFullHistoryCutDown cover the rest.
#include <gtest/gtest.h>

#include "history/git_handles.h"
#include "history/history_cache.h"
#include "history/history_fixture.h"
#include "support/history_json.h"
#include "history/history_scope.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

History read(const fs::path& repo, const HistoryScope* scope, const fs::path& cache = {},
             const std::string& start = "") {
  HistoryOptions o;
  o.scope = scope;
  o.cache_dir = cache;
  o.start_commit = start;
  return read_history(repo, o);
}

std::string cut_down(History h, const HistoryScope& scope) {
  keep_scope(h, scope);
  return testing::history_json(h);
}

bool has_change(const History& h, const std::string& summary, const std::string& commune,
                const std::string& plan) {
  for (const auto& c : h.task_changes)
    if (h.commits.at(c.commit).summary == summary && c.commune == commune && c.plan == plan) return true;
  return false;
}

TEST(ScopedHistory, APlanMovedIntoTheCommuneBringsItsHistoryFromItsFirstName) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "plan-move");
  const History full = read(repo, nullptr);
  HistoryScope khac{.communes = {"xa-khac"}};
  History h = read(repo, &khac);
  EXPECT_EQ(testing::history_json(h), cut_down(full, khac));
  // Changes made while the plan was xa-thu/kh-2026 and xa-thu/kh-moi, and both moves of both files.
  EXPECT_TRUE(has_change(h, "Cập nhật nhiệm vụ 1", "xa-thu", "kh-2026"));
  EXPECT_TRUE(has_change(h, "Cập nhật nhiệm vụ 2", "xa-thu", "kh-moi"));
  EXPECT_TRUE(has_change(h, "Cập nhật nhiệm vụ 3", "xa-khac", "kh-moi"));
  EXPECT_EQ(h.plan_renames.size(), 4u);

  // The commune it left keeps what happened there, not what came after the move.
  HistoryScope thu{.communes = {"xa-thu"}};
  History left = read(repo, &thu);
  EXPECT_EQ(testing::history_json(left), cut_down(full, thu));
  EXPECT_TRUE(has_change(left, "Cập nhật nhiệm vụ 2", "xa-thu", "kh-moi"));
  EXPECT_FALSE(has_change(left, "Cập nhật nhiệm vụ 3", "xa-khac", "kh-moi"));

  // A commune that only implements the moved plan follows it the same way.
  HistoryScope other{.communes = {"xa-khong-co"}, .plans = {{"xa-khac", "kh-moi"}}};
  EXPECT_EQ(testing::history_json(read(repo, &other)), cut_down(full, other));
  EXPECT_TRUE(has_change(read(repo, &other), "Cập nhật nhiệm vụ 1", "xa-thu", "kh-2026"));
}

TEST(ScopedHistory, EachScopeHasItsOwnCacheAndNoneIsReadForAnother) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "plan-move");
  TempDir cache;
  HistoryScope khac{.communes = {"xa-khac"}}, thu{.communes = {"xa-thu"}};
  EXPECT_FALSE(read(repo, nullptr, cache.path()).from_cache);
  EXPECT_FALSE(read(repo, &khac, cache.path()).from_cache);  // the full cache is not a scoped one
  EXPECT_TRUE(read(repo, &khac, cache.path()).from_cache);
  EXPECT_FALSE(read(repo, &thu, cache.path()).from_cache);
  EXPECT_TRUE(read(repo, nullptr, cache.path()).from_cache);  // still there, untouched
  EXPECT_TRUE(fs::exists(history::cache_file(cache.path(), khac.key())));

  // A scoped cache put where the full one goes is refused by its "scope" field, and vice versa.
  fs::copy_file(history::cache_file(cache.path(), khac.key()), history::cache_file(cache.path()),
                fs::copy_options::overwrite_existing);
  EXPECT_FALSE(read(repo, nullptr, cache.path()).from_cache);
  fs::copy_file(history::cache_file(cache.path()), history::cache_file(cache.path(), thu.key()),
                fs::copy_options::overwrite_existing);
  History again = read(repo, &thu, cache.path());
  EXPECT_FALSE(again.from_cache);
  EXPECT_EQ(testing::history_json(again), testing::history_json(read(repo, &thu)));
  RecordProperty("robustness_class", "history cache of another scope (--commune) or of the full history");
  RecordProperty("robustness_cases", 3);
  RecordProperty("robustness_outcome", "never read for another scope; history read again");
}

TEST(ScopedHistory, AMoveIntoTheScopeAfterTheCachedCommitReadsItsHistoryAgain) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "plan-move");
  HistoryScope khac{.communes = {"xa-khac"}};
  const std::string cold = testing::history_json(read(repo, &khac));
  // Cached two commits back, before the plan came to xa-khac: its earlier history is not in that cache.
  auto before = testing::run_command("git -C '" + repo.string() + "' rev-parse HEAD~2");
  ASSERT_EQ(before.exit_code, 0) << before.output;
  TempDir cache;
  History then = read(repo, &khac, cache.path(), before.output.substr(0, 40));
  EXPECT_TRUE(then.task_changes.empty());
  History now = read(repo, &khac, cache.path());
  EXPECT_EQ(testing::history_json(now), cold);
  EXPECT_FALSE(now.from_cache);  // read again from the start

  // New commits, in the scope and outside it, extend the cache.
  const std::string git = "git -C '" + repo.string() + "' -c user.name=T -c user.email=t@x.invalid ";
  auto edit = testing::run_command(
      "sed -i '0,/dang_thuc_hien/s//hoan_thanh/' '" + (repo / "data/xa-khac/kh-moi.json").string() + "' && " +
      git + "commit -qam 'Hoàn thành' && mkdir -p '" + (repo / "data/xa-thu").string() +
      "' && echo '{\"co_quan\": []}' > '" + (repo / "data/xa-thu/_co_quan.json").string() + "' && " + git +
      "add -A && " + git + "commit -qm 'Cơ quan'");
  ASSERT_EQ(edit.exit_code, 0) << edit.output;
  History extended = read(repo, &khac, cache.path());
  EXPECT_TRUE(extended.from_cache);
  EXPECT_EQ(extended.walked_commits, 2u);
  EXPECT_TRUE(has_change(extended, "Hoàn thành", "xa-khac", "kh-moi"));
  EXPECT_EQ(testing::history_json(extended), testing::history_json(read(repo, &khac)));
}

}  // namespace
}  // namespace ck
