// read_history on fixture repositories (scripts/make_history_fixture.py).
#include <gtest/gtest.h>
#include <unistd.h>

#include "history/history.h"
#include "history/history_index.h"
#include "history_fixture.h"

namespace ck {
namespace {

using testing::make_fixture;
using testing::TempDir;

History read(const std::filesystem::path& dir) { return read_history(dir, HistoryOptions{}); }

std::vector<std::string> summaries(const History& h) {
  std::vector<std::string> out;
  for (const auto& c : h.commits) out.push_back(c.summary);
  return out;
}

const TaskChange* find(const History& h, size_t commit, const std::string& task) {
  for (const auto& c : h.task_changes)
    if (c.commit == commit && c.task_id == task) return &c;
  return nullptr;
}

TEST(ReadHistory, FixtureToolsArePresent) {
  // The fixtures need python3 and git; without them the history tests must fail, not skip.
  EXPECT_EQ(testing::run_command("python3 --version").exit_code, 0);
  EXPECT_EQ(testing::run_command("git --version").exit_code, 0);
}

TEST(ReadHistory, LinearHistoryFieldByField) {
  TempDir dir;
  History h = read(make_fixture(dir, "linear"));
  EXPECT_EQ(h.state, History::State::Ok);
  EXPECT_EQ(h.warning, "");
  EXPECT_EQ(h.walked_commits, 5u);
  // The README-only commit changed no plan: walked, not kept.
  EXPECT_EQ(summaries(h),
            (std::vector<std::string>{
                "Công bố kế hoạch cải cách hành chính năm 2026", "Cập nhật tiến độ nhiệm vụ 1",
                "Hoàn thành nhiệm vụ 1; thêm cơ quan chủ trì nhiệm vụ 2", "Thêm nhiệm vụ 4, bỏ nhiệm vụ 3"}));
  EXPECT_EQ(h.head, "47dd5a495c66777c174ea09eee01da9e7f6ac47e");  // deterministic fixture ids
  EXPECT_EQ(h.commits[0].id, "1d02c158cff7ab686f93bb7942f88f8d88ce816c");
  EXPECT_EQ(h.commits[0].author, "Nguyễn Thị Hoà");
  EXPECT_EQ(h.commits[1].author, "Trần Văn Đức");
  EXPECT_EQ(h.commits[1].email, "duc@xa-thu.invalid");
  EXPECT_EQ(h.commits[1].tz_minutes, -300);
  EXPECT_EQ(commit_local_time(h.commits[1]), "2026-02-10 20:30 -05:00");
  EXPECT_EQ(commit_local_date(h.commits[2]).iso(), "2026-03-02");
  EXPECT_EQ(h.commits[0].parent_count, 0);

  ASSERT_EQ(h.task_changes.size(), 3u + 1u + 2u + 2u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(h.task_changes[i].kind, ChangeKind::Added);
  EXPECT_EQ(h.task_changes[0].commune, "xa-thu");
  EXPECT_EQ(h.task_changes[0].plan, "kh-2026");
  const TaskChange* progress = find(h, 1, "nv-1");
  ASSERT_TRUE(progress);
  EXPECT_EQ(progress->fields,
            (std::vector<FieldChange>{{"trang_thai", "chua_cap_nhat", "dang_thuc_hien"},
                                      {"tien_do", "", "30"},
                                      {"cap_nhat", "", "2026-02-10: Đã dự thảo kế hoạch."}}));
  const TaskChange* agencies = find(h, 2, "nv-2");
  ASSERT_TRUE(agencies);
  EXPECT_EQ(agencies->fields, (std::vector<FieldChange>{{"co_quan_chu_tri", "Văn phòng HĐND và UBND",
                                                         "Văn phòng HĐND và UBND; Công an xã"}}));
  EXPECT_EQ(find(h, 3, "nv-4")->kind, ChangeKind::Added);
  EXPECT_EQ(find(h, 3, "nv-3")->kind, ChangeKind::Removed);

  ASSERT_EQ(h.narrative_changes.size(), 2u);
  EXPECT_EQ(h.narrative_changes[0].kind, ChangeKind::Added);
  const NarrativeChange& text = h.narrative_changes[1];
  EXPECT_EQ(text.commit, 2u);
  EXPECT_EQ(text.front_matter, (std::vector<FieldChange>{{"so_hieu", "/KH-UBND", "12/KH-UBND"}}));
  EXPECT_EQ(text.diff,
            "@@ dòng 7 @@\n ## I. MỤC ĐÍCH, YÊU CẦU\n \n-Nâng cao chất lượng phục vụ người dân.\n"
            "+Nâng cao chất lượng phục vụ người dân, doanh nghiệp.\n \n ## II. NHIỆM VỤ\n");
  EXPECT_TRUE(h.notes.empty());
}

TEST(ReadHistory, MergesCountOnceOnTheFirstParentChain) {
  TempDir dir;
  History h = read(make_fixture(dir, "merge"));
  EXPECT_EQ(h.walked_commits, 3u);
  EXPECT_EQ(summaries(h), (std::vector<std::string>{"Công bố kế hoạch cải cách hành chính năm 2026",
                                                    "Cập nhật nhiệm vụ 3", "Hợp nhất nhánh cap-nhat"}));
  EXPECT_EQ(h.commits[2].parent_count, 2);
  ASSERT_EQ(h.task_changes.size(), 3u + 1u + 2u);
  EXPECT_EQ(find(h, 1, "nv-3")->fields,
            (std::vector<FieldChange>{{"trang_thai", "chua_cap_nhat", "dang_thuc_hien"}}));
  // The branch's two commits arrive once, as the merge's changes.
  EXPECT_EQ(find(h, 2, "nv-1")->fields,
            (std::vector<FieldChange>{{"trang_thai", "chua_cap_nhat", "dang_thuc_hien"}}));
  EXPECT_EQ(
      find(h, 2, "nv-2")->fields,
      (std::vector<FieldChange>{{"trang_thai", "chua_cap_nhat", "dang_thuc_hien"}, {"tien_do", "", "50"}}));
  EXPECT_EQ(find(h, 2, "nv-3"), nullptr);
  HistoryIndex index(h);
  EXPECT_EQ(index.for_task("xa-thu", "kh-2026", "nv-1").size(), 2u);
}

TEST(ReadHistory, ExactRenamesKeepTheHistory) {
  TempDir dir;
  History h = read(make_fixture(dir, "rename"));
  ASSERT_EQ(h.plan_renames.size(), 2u);
  EXPECT_EQ(h.plan_renames[0], (PlanRename{1, false, "xa-thu", "kh-2026", "xa-thu", "kh-2026-moi"}));
  EXPECT_EQ(h.plan_renames[1], (PlanRename{1, true, "xa-thu", "kh-2026", "xa-thu", "kh-2026-moi"}));
  EXPECT_EQ(summaries(h)[1], "Đổi tên tệp kế hoạch");
  // The rename commit itself changed no task.
  for (const auto& c : h.task_changes) EXPECT_NE(c.commit, 1u);
  HistoryIndex index(h);
  auto nv1 = index.for_task("xa-thu", "kh-2026-moi", "nv-1");
  ASSERT_EQ(nv1.size(), 3u);
  EXPECT_EQ(nv1[0]->plan, "kh-2026");  // recorded under the name it had then
  EXPECT_EQ(nv1[0]->kind, ChangeKind::Added);
  EXPECT_EQ(nv1[1]->plan, "kh-2026-moi");
  EXPECT_EQ(nv1[1]->fields, (std::vector<FieldChange>{{"trang_thai", "chua_cap_nhat", "dang_thuc_hien"}}));
  EXPECT_EQ(nv1[2]->kind, ChangeKind::Removed);  // moved and edited at once: removed here …
  auto moved = index.for_task("xa-khac", "kh-2026", "nv-1");
  ASSERT_EQ(moved.size(), 1u);  // … and added there, with no earlier history
  EXPECT_EQ(moved[0]->kind, ChangeKind::Added);
  EXPECT_EQ(index.narrative_for_plan("xa-thu", "kh-2026-moi").size(), 1u);  // the Markdown followed too
}

TEST(ReadHistory, InvalidJsonInTheMiddleIsNotedAndSkipped) {
  TempDir dir;
  History h = read(make_fixture(dir, "invalid-json"));
  ASSERT_EQ(h.notes.size(), 1u);
  EXPECT_EQ(h.notes[0],
            "commit " + short_commit_id(h.commits[1].id) +
                ": data/xa-thu/kh-2026.json không phải JSON hợp lệ (dòng 52, cột 1), bỏ qua phiên bản này");
  for (const auto& c : h.task_changes) EXPECT_NE(c.commit, 1u);
  // The fix is compared with the last valid version: both edits show up there.
  EXPECT_EQ(find(h, 2, "nv-1")->fields,
            (std::vector<FieldChange>{{"trang_thai", "chua_cap_nhat", "dang_thuc_hien"}}));
  EXPECT_EQ(find(h, 2, "nv-2")->fields, (std::vector<FieldChange>{{"tien_do", "", "20"}}));
  EXPECT_EQ(h.task_changes.size(), 5u);
}

TEST(ReadHistory, TaskIdRenames) {
  TempDir dir;
  History h = read(make_fixture(dir, "id-rename"));
  ASSERT_EQ(h.task_renames.size(), 1u);
  EXPECT_EQ(h.task_renames[0], (TaskRename{1, "xa-thu", "kh-2026", "nv-2", "nv-2a"}));
  HistoryIndex index(h);
  auto nv2 = index.for_task("xa-thu", "kh-2026", "nv-2a");
  ASSERT_EQ(nv2.size(), 3u);
  EXPECT_EQ(nv2[0]->task_id, "nv-2");
  EXPECT_EQ(nv2[0]->kind, ChangeKind::Added);
  EXPECT_EQ(nv2[1]->fields, (std::vector<FieldChange>{{"ma", "nv-2", "nv-2a"}, {"tien_do", "", "10"}}));
  EXPECT_EQ(nv2[2]->commit, 2u);
  auto nv3b = index.for_task("xa-thu", "kh-2026", "nv-3b");  // renamed without ma_cu: a new task
  ASSERT_EQ(nv3b.size(), 1u);
  EXPECT_EQ(nv3b[0]->kind, ChangeKind::Added);
  EXPECT_EQ(index.for_task("xa-thu", "kh-2026", "nv-3").back()->kind, ChangeKind::Removed);
}

TEST(ReadHistory, MinorTrailer) {
  TempDir dir;
  History h = read(make_fixture(dir, "minor"));
  ASSERT_EQ(h.commits.size(), 4u);
  EXPECT_TRUE(h.commits[1].minor);
  EXPECT_FALSE(h.commits[2].minor);
  EXPECT_TRUE(h.commits[3].minor);                         // "Thay-đổi: nhỏ"
  EXPECT_EQ(h.commits[3].reason, "Ghi đúng tên báo cáo");  // "Lý-do:"
  HistoryIndex index(h);
  EXPECT_EQ(index.recent_commits("", 10), (std::vector<size_t>{2, 0}));
  EXPECT_EQ(index.recent_commits("", 10, true), (std::vector<size_t>{3, 2, 1, 0}));
  EXPECT_EQ(index.recent_commits("xa-thu", 1), (std::vector<size_t>{2}));
  EXPECT_TRUE(index.recent_commits("xa-khac", 10).empty());
  // Minor changes stay in the task's own timeline.
  EXPECT_EQ(index.for_task("xa-thu", "kh-2026", "nv-3").size(), 2u);
}

TEST(ReadHistory, EmptyRepository) {
  TempDir dir;
  History h = read(make_fixture(dir, "empty"));
  EXPECT_EQ(h.state, History::State::Empty);
  EXPECT_EQ(h.warning,
            "Kho git chưa có commit nào nên chưa có lịch sử thay đổi. Lịch sử bắt đầu từ commit đầu tiên.");
  EXPECT_TRUE(h.commits.empty());
}

TEST(ReadHistory, NotARepository) {
  TempDir dir;
  dir.write("site/data/xa/kh.json", "{\"nhiem_vu\": []}");
  History h = read(dir.path() / "site");
  EXPECT_EQ(h.state, History::State::NotARepository);
  EXPECT_NE(h.warning.find("không nằm trong một kho git"), std::string::npos) << h.warning;
  // The warning is shown on public pages: it must not reveal the build machine's path.
  EXPECT_EQ(h.warning.find(dir.path().string()), std::string::npos) << h.warning;
  EXPECT_TRUE(h.commits.empty());
  EXPECT_EQ(read(dir.path() / "does-not-exist").state, History::State::NotARepository);
}

TEST(ReadHistory, SourceInASubdirectoryOfTheRepository) {
  TempDir dir;
  auto repo = make_fixture(dir, "linear");
  // Move the site into site/ and commit: paths are then relative to site/.
  auto r = testing::run_command(
      "cd '" + repo.string() +
      "' && mkdir site && git mv content data site/ && "
      "GIT_AUTHOR_DATE=2026-04-01T09:00:00+07:00 GIT_COMMITTER_DATE=2026-04-01T09:00:00+07:00 "
      "git -c user.name=T -c user.email=t@x.invalid commit -q -m 'Chuyển vào site/'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  History h = read(repo / "site");
  EXPECT_EQ(h.state, History::State::Ok);
  // Everything appeared under site/ in the last commit; nothing before it is under site/.
  ASSERT_EQ(h.commits.size(), 1u);
  EXPECT_EQ(h.commits[0].summary, "Chuyển vào site/");
  EXPECT_EQ(h.task_changes.size(), 3u);  // nv-1, nv-2, nv-4 added here
  EXPECT_EQ(h.task_changes[0].commune, "xa-thu");
  History root = read(repo);
  EXPECT_EQ(root.commits.size(), 5u);  // at the root, the move removes everything
}

TEST(ReadHistory, ShallowCloneIsReadAsFarAsItGoes) {
  TempDir dir;
  auto full = make_fixture(dir, "linear");
  auto shallow = testing::shallow_clone(full, dir, 3);
  History h = read(shallow);
  EXPECT_EQ(h.state, History::State::Shallow);
  ASSERT_TRUE(h.shallow_boundary);
  EXPECT_EQ(h.shallow_boundary->summary, "Hoàn thành nhiệm vụ 1; thêm cơ quan chủ trì nhiệm vụ 2");
  EXPECT_EQ(
      h.warning,
      "Kho git là bản sao nông (shallow clone): lịch sử thay đổi không đầy đủ. Lịch sử chỉ có từ commit " +
          short_commit_id(h.shallow_boundary->id) +
          " ngày 02/03/2026. Các thay đổi trước đó không được hiển thị. Khi dựng trang trên CI, hãy lấy toàn "
          "bộ lịch sử (GitHub Actions: fetch-depth: 0; hoặc chạy git fetch --unshallow).");
  EXPECT_EQ(h.walked_commits, 2u);
  // The baseline's tasks are not claimed as added by it; what followed is known.
  EXPECT_EQ(summaries(h), (std::vector<std::string>{"Thêm nhiệm vụ 4, bỏ nhiệm vụ 3"}));
  ASSERT_EQ(h.task_changes.size(), 2u);
  HistoryIndex index(h);
  EXPECT_FALSE(index.first_done_commit("xa-thu", "kh-2026", "nv-1"));  // done before the boundary
  History one = read(testing::shallow_clone(full, dir, 1, "depth1"));
  EXPECT_EQ(one.state, History::State::Shallow);
  EXPECT_EQ(one.walked_commits, 0u);
  EXPECT_TRUE(one.task_changes.empty());
}

TEST(ReadHistory, IllustrativeCommune) {
  TempDir dir;
  History h = read(make_fixture(dir, "illustrative"));
  EXPECT_EQ(h.state, History::State::Ok);
  // 13 steps; those of 20/08 and 29/09 arrived as two returned forms each, each form applied in a commit of
  // its own (the agencies' uploads into bao-cao/ touch no plan and are not in the plan's history).
  EXPECT_EQ(h.commits.size(), 15u);
  EXPECT_TRUE(h.notes.empty());
  HistoryIndex index(h);
  EXPECT_EQ(index.first_done_commit("minh-hoa", "cchc-2026", "nv-1"), 1u);
  Slippage s = index.slippage("minh-hoa", "cchc-2026", "nv-16", {2026, 2026});
  EXPECT_EQ(s.first_text, "Quý II/2026");
  ASSERT_EQ(s.moves.size(), 1u);
  EXPECT_EQ(s.moves[0].to_text, "Quý IV/2026");
  EXPECT_EQ(s.moves[0].days, 184);  // 30/06 → 31/12
  EXPECT_NE(s.moves[0].reason.find("Quý IV/2026"), std::string::npos);
}

}  // namespace
}  // namespace ck

namespace ck {
namespace {

// A checkout owned by another user (a container's non-root user over a root-owned clone): git refuses it
// until it is named in safe.directory, and the warning says so instead of "not a repository".
TEST(ReadHistory, ARepositoryOwnedByAnotherUserSaysSafeDirectory) {
  if (geteuid() != 0) GTEST_SKIP() << "needs root to give the repository to another user";
  TempDir dir;
  auto repo = make_fixture(dir, "linear");
  ASSERT_EQ(testing::run_command("chown -R 54321:54321 '" + repo.string() + "'").exit_code, 0);
  History h = read_history(repo, HistoryOptions{});
  EXPECT_EQ(h.state, History::State::NotARepository);
  EXPECT_NE(h.warning.find("thuộc một người dùng khác"), std::string::npos) << h.warning;
  EXPECT_NE(h.warning.find("safe.directory"), std::string::npos) << h.warning;
  EXPECT_EQ(h.warning.find(repo.string()), std::string::npos) << h.warning;  // no machine path on pages
}

}  // namespace
}  // namespace ck
