// Issue #13: the size limit of working-tree files applies to versions read
// from history. A 60 MB file committed and reverted once gave a 687 MB site;
// now such a version is skipped with a note naming the commit and the file,
// like an invalid version: the next version is compared with the last one kept.
#include <gtest/gtest.h>

#include "git_builder.h"
#include "history/history.h"
#include "support/history_json.h"
#include "load/source_file.h"
#include "support/test_support.h"

namespace ck {
namespace {

using testing::Files;
using testing::GitBuilder;
using testing::TempDir;

std::string plan(const std::string& text) {
  return "{\"nhiem_vu\": [{\"ma\": \"nv-1\", \"noi_dung\": \"" + text +
         "\", \"trang_thai\": \"dang_thuc_hien\"}]}\n";
}

struct Repo {
  TempDir dir;
  std::vector<std::string> ids;
  size_t big_json = 0, big_md = 0;
};

// Import, a huge version of both files, its revert, a status change.
void make_repo(Repo& r, size_t huge) {
  history::GitLibrary lib;
  GitBuilder git(r.dir.path());
  std::vector<git_oid> ids;
  Files small{{"content/xa-thu/kh-2026.md", "---\ntieu_de: Kế hoạch\n---\nNội dung.\n"},
              {"data/xa-thu/kh-2026.json", plan("Nhiệm vụ 1.")}};
  ids.push_back(git.commit(small, {}, "Nhập kế hoạch", 1767225600));
  Files big = small;
  big["data/xa-thu/kh-2026.json"] = plan(std::string(huge, 'x'));
  big["content/xa-thu/kh-2026.md"] += std::string(huge, 'y') + "\n";
  ids.push_back(git.commit(big, {ids.back()}, "Thêm tệp rất lớn", 1767312000));
  r.big_json = big["data/xa-thu/kh-2026.json"].size();
  r.big_md = big["content/xa-thu/kh-2026.md"].size();
  ids.push_back(git.commit(small, {ids.back()}, "Revert \"Thêm tệp rất lớn\"", 1767398400));
  Files done = small;
  done["data/xa-thu/kh-2026.json"] =
      plan("Nhiệm vụ 1.").replace(plan("Nhiệm vụ 1.").find("dang_thuc_hien"), 14, "hoan_thanh");
  ids.push_back(git.commit(done, {ids.back()}, "Hoàn thành", 1767484800));
  git.set_head(ids.back());
  for (const auto& id : ids) r.ids.push_back(history::oid_hex(id));
}

TEST(BlobLimit, DefaultIsTheWorkingTreeLimit) {
  EXPECT_EQ(HistoryOptions{}.max_blob_bytes, kMaxSourceFileBytes);
}

TEST(BlobLimit, TooLargeVersionsAreSkippedWithANote) {
  Repo r;
  make_repo(r, 5000);
  HistoryOptions options;
  options.max_blob_bytes = 4000;
  History h = read_history(r.dir.path(), options);
  std::string big = r.ids[1].substr(0, 7);
  auto note = [&](const std::string& path, size_t bytes) {
    return "commit " + big + ": " + path + " quá lớn (" + std::to_string(bytes) +
           " byte, tối đa 4000 byte), bỏ qua phiên bản này";
  };
  EXPECT_EQ(h.notes, (std::vector<std::string>{note("content/xa-thu/kh-2026.md", r.big_md),
                                               note("data/xa-thu/kh-2026.json", r.big_json)}));
  // Import, the note's commit, the status change; the revert restored what was kept: nothing to show.
  ASSERT_EQ(h.commits.size(), 3u);
  EXPECT_EQ(h.commits[1].id, r.ids[1]);
  ASSERT_EQ(h.task_changes.size(), 2u);
  EXPECT_EQ(h.task_changes[1].fields,
            (std::vector<FieldChange>{{"trang_thai", "dang_thuc_hien", "hoan_thanh"}}));
  EXPECT_EQ(h.narrative_changes.size(), 1u);  // added; no diff of a version that was skipped
  for (const auto& c : h.task_changes)
    for (const auto& f : c.fields) EXPECT_LT(f.after.size() + f.before.size(), 100u);
  RecordProperty("robustness_class", "tệp quá lớn trong lịch sử git (JSON, Markdown)");
  RecordProperty("robustness_cases", 2);
  RecordProperty("robustness_outcome", "version skipped with a Vietnamese note naming commit and file");
}

// A cache filled when a file's newest version was too large remembers the
// newest version kept, Markdown as JSON: the next run compares with it (it
// compared the Markdown with nothing, and reported the plan's text as added).
TEST(BlobLimit, CacheFilledAtATooLargeVersionGivesTheColdHistory) {
  Repo r;
  make_repo(r, 5000);
  HistoryOptions options;
  options.max_blob_bytes = 4000;
  std::string cold = testing::history_json(read_history(r.dir.path(), options));
  for (const std::string& at : r.ids) {
    TempDir cache;
    HistoryOptions early = options;
    early.cache_dir = cache.path();
    early.start_commit = at;
    read_history(r.dir.path(), early);
    HistoryOptions warm = options;
    warm.cache_dir = cache.path();
    EXPECT_EQ(testing::history_json(read_history(r.dir.path(), warm)), cold) << "cache at " << at;
  }
}

TEST(BlobLimit, ARealSixteenMegabyteLimit) {
  Repo r;
  make_repo(r, kMaxSourceFileBytes + 1);
  History h = read_history(r.dir.path(), {});
  ASSERT_EQ(h.notes.size(), 2u);
  EXPECT_NE(h.notes[1].find("data/xa-thu/kh-2026.json quá lớn (17 MB, tối đa 16 MB)"), std::string::npos)
      << h.notes[1];
  ASSERT_EQ(h.task_changes.size(), 2u);
}

}  // namespace
}  // namespace ck
