// Issue #13: import a plan, change a status, `git revert HEAD`, change
// another status. The revert's tree is its grandparent's, which TreeReader
// found in its older slot and did not promote: the next commit's tree evicted
// it while the walk still held it as the "before" side (use after free, 30
// tasks reported as added by the last commit, exit 139 with a warm cache).
#include <gtest/gtest.h>

#include "git_builder.h"
#include "history/history.h"
#include "history/history_index.h"
#include "support/history_json.h"
#include "support/test_support.h"

namespace ck {
namespace {

using testing::Files;
using testing::GitBuilder;
using testing::TempDir;

std::string plan_json(int tasks, const std::map<std::string, std::string>& status) {
  std::string out = "{\n  \"nhiem_vu\": [\n";
  for (int i = 1; i <= tasks; ++i) {
    std::string id = "nv-" + std::to_string(i);
    out += "    {\"ma\": \"" + id + "\", \"so\": \"" + std::to_string(i) + "\", \"noi_dung\": \"Nhiệm vụ " +
           std::to_string(i) + ".\", \"thoi_han\": \"Quý IV/2026\"";
    if (auto it = status.find(id); it != status.end()) out += ", \"trang_thai\": \"" + it->second + "\"";
    out += i < tasks ? "},\n" : "}\n";
  }
  return out + "  ]\n}\n";
}

struct FourCommits {
  TempDir dir;
  std::vector<git_oid> ids;  // import, status, revert, status
};

void make_four_commits(FourCommits& r) {
  history::GitLibrary lib;
  GitBuilder git(r.dir.path());
  Files files{{"content/xa-thu/kh-2026.md", "---\ntieu_de: Kế hoạch\n---\nNội dung.\n"},
              {"data/xa-thu/kh-2026.json", plan_json(30, {})}};
  r.ids.push_back(git.commit(files, {}, "Nhập kế hoạch", 1767225600));
  Files imported = files;
  files["data/xa-thu/kh-2026.json"] = plan_json(30, {{"nv-1", "dang_thuc_hien"}});
  r.ids.push_back(git.commit(files, {r.ids.back()}, "Nhiệm vụ 1 đang thực hiện", 1767312000));
  r.ids.push_back(git.commit(imported, {r.ids.back()}, "Revert \"Nhiệm vụ 1 đang thực hiện\"", 1767398400));
  files = imported;
  files["data/xa-thu/kh-2026.json"] = plan_json(30, {{"nv-2", "hoan_thanh"}});
  r.ids.push_back(git.commit(files, {r.ids.back()}, "Nhiệm vụ 2 hoàn thành", 1767484800));
  git.set_head(r.ids.back());
}

void expect_one_entry_per_commit(const History& h) {
  ASSERT_EQ(h.commits.size(), 4u);
  EXPECT_EQ(h.commits[0].summary, "Nhập kế hoạch");
  EXPECT_EQ(h.commits[3].summary, "Nhiệm vụ 2 hoàn thành");
  HistoryIndex index(h);
  auto log = index.task_changes_for_plan("xa-thu", "kh-2026");
  ASSERT_EQ(log.size(), 33u);
  for (size_t i = 0; i < 30; ++i) {
    EXPECT_EQ(log[i]->commit, 0u);
    EXPECT_EQ(log[i]->kind, ChangeKind::Added);
  }
  EXPECT_EQ(log[30]->commit, 1u);
  EXPECT_EQ(log[30]->task_id, "nv-1");
  EXPECT_EQ(log[30]->fields, (std::vector<FieldChange>{{"trang_thai", "chua_cap_nhat", "dang_thuc_hien"}}));
  EXPECT_EQ(log[31]->commit, 2u);
  EXPECT_EQ(log[31]->task_id, "nv-1");
  EXPECT_EQ(log[31]->fields, (std::vector<FieldChange>{{"trang_thai", "dang_thuc_hien", "chua_cap_nhat"}}));
  EXPECT_EQ(log[32]->commit, 3u);
  EXPECT_EQ(log[32]->task_id, "nv-2");
  EXPECT_EQ(log[32]->fields, (std::vector<FieldChange>{{"trang_thai", "chua_cap_nhat", "hoan_thanh"}}));
  EXPECT_EQ(index.narrative_for_plan("xa-thu", "kh-2026").size(), 1u);
}

TEST(Revert, OneChangelogEntryPerCommit) {
  FourCommits r;
  make_four_commits(r);
  History cold = read_history(r.dir.path(), {});
  expect_one_entry_per_commit(cold);
  EXPECT_TRUE(cold.notes.empty());
}

TEST(Revert, CacheFilledBeforeTheRevertGivesTheColdHistory) {
  FourCommits r;
  make_four_commits(r);
  std::string cold = testing::history_json(read_history(r.dir.path(), {}));
  for (size_t at = 0; at < 3; ++at) {
    TempDir cache;
    HistoryOptions early;
    early.cache_dir = cache.path();
    early.start_commit = history::oid_hex(r.ids[at]);
    read_history(r.dir.path(), early);
    HistoryOptions warm;
    warm.cache_dir = cache.path();
    History h = read_history(r.dir.path(), warm);
    EXPECT_TRUE(h.from_cache) << "cache at commit " << at;
    EXPECT_EQ(h.walked_commits, 3 - at);
    expect_one_entry_per_commit(h);
    EXPECT_EQ(testing::history_json(h), cold) << "cache at commit " << at;
  }
  RecordProperty("robustness_class", "git revert, bộ nhớ đệm lịch sử từ trước khi revert");
  RecordProperty("robustness_cases", 4);
  RecordProperty("robustness_outcome",
                 "one change per commit, right names; warm history byte-identical to cold");
}

}  // namespace
}  // namespace ck
