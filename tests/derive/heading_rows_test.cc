// A heading row (model/task_kind.h) is not a task: its status and progress
// summarise its sub-rows (derive/status.h summarize_rows, docs/data-model.md),
// it is never counted, and the agency index lists neither it nor groups.
#include <gtest/gtest.h>

#include "derive/agencies.h"
#include "derive/derived_site.h"
#include "derive/status.h"

namespace ck {
namespace {

StatusInfo sub(TaskStatus s, std::optional<int> progress = std::nullopt) {
  StatusInfo info;
  info.status = s;
  info.progress = progress;
  return info;
}

TEST(HeadingSummary, NothingReportedIsNoReportWithoutProgress) {
  StatusInfo h = summarize_rows({sub(TaskStatus::NoReport), sub(TaskStatus::NoReport)});
  EXPECT_EQ(h.status, TaskStatus::NoReport);
  EXPECT_FALSE(h.progress);
  EXPECT_EQ(h.row, RowKind::Heading);
  EXPECT_EQ(summarize_rows({}).status, TaskStatus::NoReport);
}

TEST(HeadingSummary, AllDoneIsDoneAndALateOneMakesItLate) {
  EXPECT_EQ(summarize_rows({sub(TaskStatus::DoneOnTime), sub(TaskStatus::DoneOnTime)}).status, TaskStatus::DoneOnTime);
  EXPECT_EQ(summarize_rows({sub(TaskStatus::DoneOnTime), sub(TaskStatus::Done)}).status, TaskStatus::Done);
  EXPECT_EQ(summarize_rows({sub(TaskStatus::DoneOnTime), sub(TaskStatus::DoneLate)}).status, TaskStatus::DoneLate);
  // A cancelled sub-row is left out.
  EXPECT_EQ(summarize_rows({sub(TaskStatus::DoneOnTime), sub(TaskStatus::Cancelled)}).status, TaskStatus::DoneOnTime);
  EXPECT_EQ(summarize_rows({sub(TaskStatus::Done)}).progress, 100);
}

TEST(HeadingSummary, SomeDoneOrInProgressIsInProgress) {
  // Minh Họa task 4: 4 (1) in progress at 50 %, 4 (2) done at 100 %.
  StatusInfo h = summarize_rows({sub(TaskStatus::InProgress, 50), sub(TaskStatus::DoneOnTime, 100)});
  EXPECT_EQ(h.status, TaskStatus::InProgress);
  EXPECT_EQ(h.progress, 75);
  EXPECT_EQ(summarize_rows({sub(TaskStatus::Done), sub(TaskStatus::NoReport)}).status, TaskStatus::InProgress);
  EXPECT_EQ(summarize_rows({sub(TaskStatus::NotStarted), sub(TaskStatus::DueSoon)}).status, TaskStatus::InProgress);
}

TEST(HeadingSummary, AllNotStartedIsNotStartedAndAnOverdueSubRowMakesItOverdue) {
  EXPECT_EQ(summarize_rows({sub(TaskStatus::NotStarted), sub(TaskStatus::NotStarted)}).status, TaskStatus::NotStarted);
  EXPECT_EQ(summarize_rows({sub(TaskStatus::Overdue), sub(TaskStatus::DoneOnTime)}).status, TaskStatus::Overdue);
}

TEST(HeadingSummary, ProgressIsTheMeanOfTheSubRowsThatReportOne) {
  StatusInfo h = summarize_rows({sub(TaskStatus::InProgress, 20), sub(TaskStatus::InProgress), sub(TaskStatus::NoReport)});
  EXPECT_EQ(h.progress, 20);
}

TEST(HeadingSummary, CountsSkipHeadingAndEmptyRows) {
  StatusCounts counts;
  counts.add(sub(TaskStatus::NoReport));
  StatusInfo heading = summarize_rows({sub(TaskStatus::NoReport)});
  counts.add(heading);
  StatusInfo empty;
  empty.row = RowKind::Empty;
  counts.add(empty);
  EXPECT_EQ(counts.total, 1);
}

Task row(std::string id, std::string text, std::string parent, std::vector<std::string> lead, std::string deadline,
         ReportedStatus status = ReportedStatus::NoReport, std::optional<int> progress = std::nullopt) {
  Task t;
  t.id = std::move(id);
  t.text = std::move(text);
  t.parent_id = std::move(parent);
  t.lead = std::move(lead);
  t.deadline = parse_deadline(deadline, PlanPeriod{2026, 2026});
  t.status = status;
  t.progress = progress;
  return t;
}

Portal portal_with_heading() {
  Portal portal;
  Commune c;
  c.id = "minh-hoa";
  c.name = "Xã Minh Họa";
  Plan p;
  p.id = "cchc-2026";
  p.period = {2026, 2026};
  p.tasks = {row("nv-4", "Kiểm tra công tác cải cách hành chính", "", {}, ""),
             row("nv-4.1", "Kiểm tra các cơ quan", "nv-4", {"Văn phòng HĐND và UBND"}, "Quý IV/2026",
                 ReportedStatus::InProgress, 50),
             row("nv-4.2", "Tự kiểm tra", "nv-4", {"Trung tâm Phục vụ hành chính công"}, "Quý IV/2026",
                 ReportedStatus::Done, 100),
             row("nv-5", "", "", {"Công an xã"}, "Quý IV/2026")};
  p.tasks[2].completed = CivilDate{2026, 6, 25};
  p.tasks[1].partners = {"Các cơ quan, đơn vị liên quan", "Phòng Văn hóa - Xã hội"};
  c.plans.push_back(std::move(p));
  portal.communes.push_back(std::move(c));
  return portal;
}

TEST(HeadingRows, TheDerivedStatusOfAHeadingSummarisesItsSubRows) {
  Portal portal = portal_with_heading();
  DerivedSite derived(portal, nullptr, DeriveOptions{CivilDate{2026, 6, 15}});
  const Plan& p = portal.communes[0].plans[0];
  const StatusInfo& heading = derived.statuses().at(&p.tasks[0]);
  EXPECT_EQ(heading.row, RowKind::Heading);
  EXPECT_EQ(heading.status, TaskStatus::InProgress);
  EXPECT_EQ(heading.progress, 75);
  EXPECT_EQ(derived.statuses().at(&p.tasks[3]).row, RowKind::Empty);
  StatusCounts counts;
  for (const auto& t : p.tasks) counts.add(derived.statuses().at(&t));
  EXPECT_EQ(counts.total, 2);
}

TEST(HeadingRows, TheAgencyIndexListsRealAgenciesOfTasksOnly) {
  Portal portal = portal_with_heading();
  AgencyIndex index(portal.communes[0]);
  std::vector<std::string> names;
  for (const auto& a : index.agencies()) names.push_back(a.agency.name);
  // Not the group "Các cơ quan, đơn vị liên quan"; not "Công an xã", which leads only an empty row.
  EXPECT_EQ(names, (std::vector<std::string>{"Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công",
                                             "Văn phòng HĐND và UBND"}));
  EXPECT_EQ(index.id_for("Các cơ quan, đơn vị liên quan"), "");
  EXPECT_EQ(index.id_for("Phòng Văn hóa - Xã hội"), "phong-van-hoa-xa-hoi");
  EXPECT_EQ(index.id_for("Công an xã"), "");  // no page, so no link to one
}

// #15: a name in a cell read from a scan and not yet compared with the original (an OCR misreading, a name cut by
// a page break) is never published as an agency page — unless the commune's registry knows that name.
TEST(HeadingRows, AnUnverifiedAgencyCellGetsNoPageUnlessTheRegistryKnowsTheName) {
  Portal portal = portal_with_heading();
  Commune& c = portal.communes[0];
  c.agencies.push_back(Agency{"van-phong", "Văn phòng HĐND và UBND", {}});
  Task& checked = c.plans[0].tasks[1];  // lead "Văn phòng HĐND và UBND", partners incl. "Phòng Văn hóa - Xã hội"
  Task& misread = c.plans[0].tasks[2];  // lead "Trung tâm Phục vụ hành chính công"
  checked.unverified_fields = {"co_quan_chu_tri", "co_quan_phoi_hop"};
  misread.unverified_fields = {"co_quan_chu_tri"};
  AgencyIndex index(c);
  std::vector<std::string> names;
  for (const auto& a : index.agencies()) names.push_back(a.agency.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Văn phòng HĐND và UBND"}));
  ASSERT_NE(index.find("van-phong"), nullptr);
  EXPECT_EQ(index.find("van-phong")->leads.size(), 1u);  // the registry knows it: listed, unverified or not
  EXPECT_EQ(index.id_for("Trung tâm Phục vụ hành chính công"), "");
  EXPECT_EQ(index.id_for("Phòng Văn hóa - Xã hội"), "");
  // Once compared and the mark removed, the page is back.
  misread.unverified_fields.clear();
  EXPECT_EQ(AgencyIndex(c).id_for("Trung tâm Phục vụ hành chính công"), "trung-tam-phuc-vu-hanh-chinh-cong");
}

}  // namespace
}  // namespace ck
