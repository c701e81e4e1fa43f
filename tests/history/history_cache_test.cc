// The cache: a rebuild walks only new commits, and gives what a full read gives.
#include "history/history_cache.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "history/history.h"
#include "history/history_json.h"
#include "history_fixture.h"

namespace ck {
namespace {

using testing::TempDir;

History cached(const std::filesystem::path& repo, const std::filesystem::path& cache) {
  HistoryOptions o;
  o.cache_dir = cache;
  return read_history(repo, o);
}

// What must not depend on whether the cache was used.
void expect_same_history(History a, const History& full) {
  EXPECT_EQ(history::history_json(a), history::history_json(full));
  EXPECT_EQ(a.head, full.head);
  EXPECT_EQ(a.state, full.state);
  EXPECT_EQ(a.warning, full.warning);
}

TEST(HistoryCache, RebuildWalksOnlyNewCommits) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "linear");
  auto cache = dir.path() / "build" / "cache";
  History first = cached(repo, cache);
  EXPECT_EQ(first.walked_commits, 5u);
  EXPECT_FALSE(first.from_cache);
  EXPECT_TRUE(std::filesystem::exists(cache / "history-cache.json"));

  History again = cached(repo, cache);
  EXPECT_EQ(again.walked_commits, 0u);
  EXPECT_TRUE(again.from_cache);
  expect_same_history(again, first);

  testing::extend_fixture(repo, "progress");
  History one_more = cached(repo, cache);
  EXPECT_EQ(one_more.walked_commits, 1u);
  EXPECT_TRUE(one_more.from_cache);
  EXPECT_EQ(one_more.cache_note, "");
  EXPECT_EQ(one_more.commits.size(), first.commits.size() + 1);
  expect_same_history(one_more, read_history(repo, {}));

  testing::extend_fixture(repo, "progress");
  testing::extend_fixture(repo, "progress");
  History two_more = cached(repo, cache);
  EXPECT_EQ(two_more.walked_commits, 2u);
  expect_same_history(two_more, read_history(repo, {}));
}

TEST(HistoryCache, RewrittenHistoryIsReadAgain) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "linear");
  auto cache = dir.path() / "cache";
  cached(repo, cache);
  testing::rewrite_fixture(repo);  // the last commit replaced: the cached head is gone from the chain
  History h = cached(repo, cache);
  EXPECT_FALSE(h.from_cache);
  EXPECT_EQ(h.walked_commits, 5u);
  EXPECT_EQ(h.cache_note, "lịch sử git đã bị viết lại (rebase hoặc force push): đọc lại toàn bộ lịch sử");
  expect_same_history(h, read_history(repo, {}));
  EXPECT_EQ(h.commits.back().summary, "Hủy nhiệm vụ 2 (viết lại lịch sử)");
}

TEST(HistoryCache, InvalidHeadAcrossRuns) {
  // Broken at the cached head, fixed in the next commit: the fix is compared
  // with the last valid version, exactly as a full read does.
  TempDir dir;
  auto repo = testing::make_fixture(dir, "linear");
  auto cache = dir.path() / "cache";
  cached(repo, cache);
  testing::extend_fixture(repo, "break-json");
  History broken = cached(repo, cache);
  EXPECT_EQ(broken.walked_commits, 1u);
  ASSERT_EQ(broken.notes.size(), 1u);
  EXPECT_NE(broken.notes[0].find("không phải JSON hợp lệ"), std::string::npos);
  testing::extend_fixture(repo, "fix-json");
  History fixed = cached(repo, cache);
  EXPECT_EQ(fixed.walked_commits, 1u);
  History full = read_history(repo, {});
  expect_same_history(fixed, full);
  // The broken middle value ("chua_bat_dau") was never seen.
  const TaskChange& last = full.task_changes.back();
  EXPECT_EQ(last.task_id, "nv-2");
  EXPECT_EQ(last.fields, (std::vector<FieldChange>{{"trang_thai", "chua_cap_nhat", "dang_thuc_hien"}}));
}

TEST(HistoryCache, DamagedOrForeignCachesAreIgnored) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "linear");
  auto cache = dir.path() / "cache";
  std::filesystem::create_directories(cache);
  std::ofstream(cache / "history-cache.json") << "{\"format\": 1, \"source\": ";
  History h = cached(repo, cache);
  EXPECT_FALSE(h.from_cache);
  EXPECT_EQ(h.walked_commits, 5u);
  // A cache written for another repository is not used for this one.
  auto other = testing::make_fixture(dir, "merge", "other");
  History o = cached(other, cache);
  EXPECT_FALSE(o.from_cache);
  expect_same_history(o, read_history(other, {}));
  // Indices out of range in a tampered cache: rebuilt, not trusted.
  History again = cached(other, cache);
  ASSERT_TRUE(again.from_cache);
  std::string text = testing::read_file(cache / "history-cache.json");
  auto j = nlohmann::json::parse(text);
  j["history"]["task_changes"][0][0] = 99;
  std::ofstream(cache / "history-cache.json") << j.dump();
  EXPECT_FALSE(cached(other, cache).from_cache);
}

TEST(HistoryCache, JsonRoundTrip) {
  TempDir dir;
  History h = read_history(testing::make_fixture(dir, "deadline"), {});
  auto parsed = history::parse_history_json(history::history_json(h));
  ASSERT_TRUE(parsed);
  History back = *parsed;
  EXPECT_EQ(back.commits, h.commits);
  EXPECT_EQ(back.task_changes, h.task_changes);
  EXPECT_EQ(back.narrative_changes, h.narrative_changes);
  EXPECT_EQ(back.commits[2].reason, "Theo Quyết định số 75/QĐ-UBND");
}

}  // namespace
}  // namespace ck

namespace ck {
namespace {

// A larger generated history (bench/history/make_bench_repo.py: merges,
// deadline moves, minor fixes, narrative edits across 12 plans): the cache
// and the number of threads change nothing.
TEST(HistoryCache, GeneratedHistorySameWithAndWithoutCacheAndThreads) {
  TempDir dir;
  auto repo = dir.path() / "bench";
  auto r = testing::run_command("python3 '" +
                                (testing::source_dir() / "bench/history/make_bench_repo.py").string() +
                                "' '" + repo.string() + "' --commits 400 --communes 3 --plans 4");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  HistoryOptions one;
  one.threads = 1;
  History full = read_history(repo, one);
  EXPECT_EQ(full.walked_commits, 400u);
  EXPECT_GT(full.task_changes.size(), 400u);
  HistoryOptions four;
  four.threads = 4;
  expect_same_history(read_history(repo, four), full);

  auto cache = dir.path() / "cache";
  auto at = [&](const std::string& rev) {
    auto c = testing::run_command("git -C '" + repo.string() + "' checkout -q " + rev);
    ASSERT_EQ(c.exit_code, 0) << c.output;
  };
  at("main~150");  // first-parent ancestors: 250 commits
  History part = cached(repo, cache);
  EXPECT_EQ(part.walked_commits, 250u);
  at("main");
  History rest = cached(repo, cache);
  EXPECT_EQ(rest.walked_commits, 150u);
  EXPECT_TRUE(rest.from_cache);
  expect_same_history(rest, full);
}

}  // namespace
}  // namespace ck
