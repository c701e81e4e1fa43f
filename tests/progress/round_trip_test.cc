// The spreadsheet round trip end to end (issue #16): export a form, fill it
// as Excel would (openpyxl) or re-save it with LibreOffice, apply it; the
// plan's JSON changes by exactly the expected bytes, the commit carries the
// reasons, the site's history shows them, and a second apply changes nothing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "progress/form_fixture.h"

namespace ck {
namespace {

using testing::FormRepo;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::q;

// nv-1 done with a date and evidence (a date cell, a two-line evidence
// cell), nv-2 at 0.6 in a percent cell, the sub-row nv-2-1 at "40%" typed as text.
const char* kFill = R"js({"cells": [
  {"task": "nv-1", "column": "Trạng thái mới", "value": "Hoàn thành"},
  {"task": "nv-1", "column": "Tiến độ (%)", "value": 100, "as": "number"},
  {"task": "nv-1", "column": "Ngày hoàn thành", "value": "2026-01-12", "as": "date"},
  {"task": "nv-1", "column": "Kết quả thực hiện", "value": "Đã ban hành Kế hoạch số 12/KH-UBND."},
  {"task": "nv-1", "column": "Minh chứng (số văn bản, đường dẫn)", "value": "Kế hoạch số 12/KH-UBND\nhttps://example.vn/kh-12"},
  {"task": "nv-2", "column": "Tiến độ (%)", "value": 0.6, "as": "percent"},
  {"task": "nv-2", "column": "Kết quả thực hiện", "value": "Đã kiểm tra 6 đơn vị."},
  {"task": "nv-2-1", "column": "Trạng thái mới", "value": "Đang thực hiện"},
  {"task": "nv-2-1", "column": "Tiến độ (%)", "value": "40%"}]})js";

std::string replaced(std::string s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? s : s.replace(at, from.size(), to);
}

// The minimal plan with kFill applied: new keys in the schema's order with
// their neighbours' indentation, the inline cap_nhat array kept inline.
std::string expected_after_fill() {
  std::string s = testing::minimal_plan_json();
  s = replaced(s, R"(      "san_pham": ["Kế hoạch của UBND xã"]
)",
               R"(      "san_pham": ["Kế hoạch của UBND xã"],
      "trang_thai": "hoan_thanh",
      "tien_do": 100,
      "ngay_hoan_thanh": "2026-01-12",
      "cap_nhat": [
        {
          "ngay": "2026-11-22",
          "noi_dung": "Đã ban hành Kế hoạch số 12/KH-UBND.",
          "minh_chung": [
            "Kế hoạch số 12/KH-UBND",
            "https://example.vn/kh-12"
          ]
        }
      ]
)");
  s = replaced(s, R"("tien_do": 40,)", R"("tien_do": 60,)");
  s = replaced(s, R"(["Báo cáo số 1/BC-UBND"]}])",
               R"(["Báo cáo số 1/BC-UBND"]}, {"ngay": "2026-11-22", "noi_dung": "Đã kiểm tra 6 đơn vị."}])");
  s = replaced(s, R"(      "thoi_han": "Thường xuyên"
)",
               R"(      "thoi_han": "Thường xuyên",
      "trang_thai": "dang_thuc_hien",
      "tien_do": 40
)");
  return s;
}

// The subject is what citizens read in the changelog and feeds: it names the agency the form was exported for
// (a hidden cell), never the uploaded file's name, which stays in the "Bieu-mau:" trailer.
TEST(ProgressRoundTrip, AnAgencysFormIsCommittedUnderTheAgencysNameNotTheFileName) {
  FormRepo r;
  auto form = r.export_form("vp.xlsx", "--agency van-phong-hdnd-va-ubnd");
  auto filled = r.fill(form, R"js({"cells": [
  {"task": "nv-2-1", "column": "Tiến độ (%)", "value": "40%"}]})js", "bao-cao-van-phong.xlsx");
  auto applied = r.apply(filled, "--commit --author 'Văn phòng <vp@example.vn>'");
  ASSERT_EQ(applied.exit_code, 0) << applied.output;
  EXPECT_EQ(r.git("log -1 --format=%s").output, "Cập nhật tiến độ 1 nhiệm vụ theo báo cáo của Văn phòng HĐND và UBND\n");
  auto body = r.git("log -1 --format=%B").output;
  EXPECT_THAT(body, HasSubstr("Bieu-mau: bao-cao-van-phong.xlsx"));
  EXPECT_EQ(body.find("bao-cao-van-phong.xlsx"), body.rfind("bao-cao-van-phong.xlsx"));  // only the trailer
}

TEST(ProgressRoundTrip, OpenpyxlFormChangesTheJsonExactlyAndCommitsWithTheUploader) {
  FormRepo r;
  auto filled = r.fill(r.export_form(), kFill);
  auto applied = r.apply(filled, "--commit --author 'Phòng Văn hóa - Xã hội <vhxh@example.vn>'");
  ASSERT_EQ(applied.exit_code, 0) << applied.output;
  EXPECT_THAT(applied.output,
              HasSubstr("Nhiệm vụ 1: Trạng thái Chưa cập nhật → Hoàn thành; Tiến độ — → 100%; "
                        "Ngày hoàn thành — → 12/01/2026"));
  EXPECT_THAT(
      applied.output,
      HasSubstr("Nhiệm vụ 2: Tiến độ 40% → 60%; Thêm cập nhật ngày 22/11/2026: Đã kiểm tra 6 đơn vị."));
  EXPECT_THAT(applied.output,
              HasSubstr("Nhiệm vụ 2 (1): Trạng thái Chưa cập nhật → Đang thực hiện; Tiến độ — → 40%"));
  EXPECT_EQ(r.plan(), expected_after_fill());

  auto log = r.git("log -1 --format='%an <%ae>%n%B'").output;
  EXPECT_THAT(log, HasSubstr("Phòng Văn hóa - Xã hội <vhxh@example.vn>"));
  EXPECT_THAT(log, HasSubstr("Cập nhật tiến độ 3 nhiệm vụ theo báo cáo tiến độ\n"));
  EXPECT_THAT(log, HasSubstr("Bieu-mau: filled.xlsx"));
  EXPECT_EQ(r.git("status --porcelain --untracked-files=no").output, "");  // the index follows the commit

  auto again = r.apply(filled, "--commit");
  EXPECT_EQ(again.exit_code, 0) << again.output;
  EXPECT_THAT(again.output,
              HasSubstr("filled.xlsx: không có gì thay đổi (3 dòng đã điền trùng với dữ liệu hiện có"));
  EXPECT_EQ(r.plan(), expected_after_fill());
  EXPECT_THAT(r.git("log --format=%s").output, Not(HasSubstr("tiến độ 0 nhiệm vụ")));
}

TEST(ProgressRoundTrip, FormResavedByLibreOfficeAppliesTheSame) {
  FormRepo r;
  auto filled = r.fill(r.export_form(), kFill);
  auto resaved = testing::resaved_by_libreoffice(filled);
  // LibreOffice's own XML: not the bytes openpyxl wrote.
  ASSERT_NE(testing::read_file(resaved), testing::read_file(filled));
  auto applied = r.apply(resaved);
  ASSERT_EQ(applied.exit_code, 0) << applied.output;
  EXPECT_EQ(r.plan(), expected_after_fill());
}

TEST(ProgressRoundTrip, DryRunSaysWhatWouldChangeAndWritesNothing) {
  FormRepo r;
  auto filled = r.fill(r.export_form(), kFill);
  auto before = r.plan();
  auto dry = r.apply(filled, "--dry-run");
  ASSERT_EQ(dry.exit_code, 0) << dry.output;
  EXPECT_THAT(dry.output, HasSubstr("Nhiệm vụ 2: Tiến độ 40% → 60%"));
  EXPECT_THAT(dry.output, HasSubstr("--dry-run: chưa ghi gì."));
  EXPECT_EQ(r.plan(), before);
  EXPECT_THAT(r.git("log --format=%s").output, Not(HasSubstr("Cập nhật tiến độ")));
}

TEST(ProgressRoundTrip, RowsResortedFilteredAndExtraSheetsStillApply) {
  FormRepo r;
  auto filled = r.fill(r.export_form(), R"js({"sort_desc": true, "extra_sheets": ["Ghi chú"], "cells": [
    {"task": "nv-2", "column": "Tiến độ (%)", "value": "55"}]})js");
  auto applied = r.apply(filled);
  ASSERT_EQ(applied.exit_code, 0) << applied.output;
  EXPECT_THAT(r.plan(), HasSubstr(R"("tien_do": 55,)"));
}

TEST(ProgressRoundTrip, AStaleFormIsAConflictPerTaskAndNothingIsWritten) {
  FormRepo r;
  auto form = r.export_form();
  // Someone else reports on nv-2 after the form went out.
  r.write("data/xa-thu/kh-2026.json",
          replaced(testing::minimal_plan_json(), R"("tien_do": 40,)", R"("tien_do": 50,)"));
  r.git("commit -qam 'Cập nhật nhiệm vụ 2'");
  auto before = r.plan();
  auto filled = r.fill(form, kFill);
  auto applied = r.apply(filled, "--commit");
  EXPECT_EQ(applied.exit_code, 1) << applied.output;
  EXPECT_THAT(
      applied.output,
      HasSubstr("Trang 'kh-2026', ô C7: Nhiệm vụ 2 đã được cập nhật sau khi xuất biểu mẫu (nay là trạng thái "
                "\"Đang thực hiện\", tiến độ 50%) — không ghi đè; xuất biểu mẫu mới, điền lại dòng này"));
  EXPECT_THAT(applied.output, HasSubstr("1 nhiệm vụ xung đột"));
  EXPECT_THAT(applied.output, Not(HasSubstr("Nhiệm vụ 1 đã được cập nhật")));
  EXPECT_EQ(r.plan(), before);
  // A fresh form for the same report goes through.
  auto refilled = r.fill(r.export_form("form2.xlsx"), kFill, "filled2.xlsx");
  EXPECT_EQ(r.apply(refilled).exit_code, 0);
}

TEST(ProgressRoundTrip, StepsBackNeedAReasonThatReachesTheHistoryPageAndFeed) {
  FormRepo r;
  auto back = r.fill(r.export_form(), R"js({"cells": [
    {"task": "nv-2", "column": "Trạng thái mới", "value": "Chưa bắt đầu"},
    {"task": "nv-2", "column": "Tiến độ (%)", "value": 10, "as": "number"}]})js");
  auto refused = r.apply(back);
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_THAT(refused.output,
              HasSubstr("Trang 'kh-2026', ô P7: trạng thái lùi từ \"Đang thực hiện\" về \"Chưa bắt "
                        "đầu\" — ghi lý do vào cột Lý do"));

  auto with_reason = r.fill(r.export_form(), R"js({"cells": [
    {"task": "nv-2", "column": "Trạng thái mới", "value": "Chưa bắt đầu"},
    {"task": "nv-2", "column": "Tiến độ (%)", "value": 10, "as": "number"},
    {"task": "nv-2", "column": "Lý do (khi lùi trạng thái hoặc giảm tiến độ)", "value": "Kiểm tra lại từ đầu theo Công văn 45/UBND."}]})js",
                            "reason.xlsx");
  auto applied = r.apply(with_reason, "--commit --author 'Văn phòng HĐND và UBND <vp@example.vn>'");
  ASSERT_EQ(applied.exit_code, 0) << applied.output;
  EXPECT_THAT(
      r.git("log -1 --format=%B").output,
      HasSubstr("Ly-do: Nhiệm vụ 2: Kiểm tra lại từ đầu theo Công văn 45/UBND.\nBieu-mau: reason.xlsx"));

  auto site = r.dir.path() / "site";
  testing::must(testing::congkhai_binary() + " build --source " + q(r.repo) + " --out " + q(site) +
                " --today 2026-11-22");
  std::string task_page = testing::read_file(site / "xa-thu/kh-2026/nv-2/index.html");
  EXPECT_THAT(task_page, HasSubstr("Kiểm tra lại từ đầu theo Công văn 45/UBND."));
  EXPECT_THAT(task_page, HasSubstr("Chưa bắt đầu"));
  std::string feed = testing::read_file(site / "xa-thu/kh-2026/thay-doi.xml");
  EXPECT_THAT(feed, HasSubstr("Kiểm tra lại từ đầu theo Công văn 45/UBND."));
  EXPECT_THAT(feed, HasSubstr("Cập nhật tiến độ 1 nhiệm vụ theo báo cáo tiến độ"));
  EXPECT_THAT(feed, Not(HasSubstr("reason.xlsx")));  // the file's name is for git, not for readers
}

}  // namespace
}  // namespace ck
