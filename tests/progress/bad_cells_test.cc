// Every kind of bad cell in a returned form is an error located at its sheet
// and cell, all reported in one run, and nothing is written.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "progress/form_fixture.h"

namespace ck {
namespace {

using testing::FormRepo;
using ::testing::HasSubstr;

TEST(ProgressBadCells, EveryClassIsALocatedErrorAndNothingIsWritten) {
  RecordProperty("robustness_class", "bad cells in a returned progress form");
  FormRepo r;
  auto form = r.export_form();
  auto before = r.plan();
  // Columns: K status, L progress, M completion date, N what was done, O evidence, P reason; tasks on rows
  // 6-8.
  auto a = r.fill(form, R"js({"merge": ["N7:N8"], "cells": [
    {"task": "nv-1", "column": "Trạng thái mới", "value": "Quá hạn"},
    {"task": "nv-1", "column": "Tiến độ (%)", "value": "150"},
    {"task": "nv-1", "column": "Ngày hoàn thành", "value": "31/02/2026"},
    {"task": "nv-1", "column": "Lý do (khi lùi trạng thái hoặc giảm tiến độ)", "value": "=1+1", "as": "formula"},
    {"task": "nv-2", "column": "Trạng thái mới", "value": "Hoàn thành"},
    {"task": "nv-2", "column": "Tiến độ (%)", "value": 80, "as": "number"},
    {"task": "nv-2-1", "column": "Tiến độ (%)", "value": 0.425, "as": "percent"},
    {"task": "nv-2-1", "column": "Ngày hoàn thành", "value": "2027-01-01", "as": "date"},
    {"task": "nv-2-1", "column": "Minh chứng (số văn bản, đường dẫn)", "value": "Công văn 1/UBND"},
    {"row": 9, "column": "Kết quả thực hiện", "value": "Một dòng thêm vào"}]})js",
                  "a.xlsx");
  auto ra = r.apply(a, "--commit");
  EXPECT_EQ(ra.exit_code, 1);
  const std::vector<std::string> expected_a = {
      "Trang 'kh-2026', ô K6: trạng thái \"Quá hạn\" không có trong danh sách — chọn một trong: Chưa bắt "
      "đầu, Đang "
      "thực hiện, Hoàn thành, Hủy bỏ, Điều chỉnh",
      "Trang 'kh-2026', ô L6: tiến độ phải là số nguyên từ 0 đến 100 (đang là \"150\")",
      "Trang 'kh-2026', ô M6: ngày hoàn thành \"31/02/2026\" không phải ngày — ghi dạng ngày/tháng/năm, ví "
      "dụ 15/03/2026",
      "Trang 'kh-2026', ô P6: ô có công thức chưa tính ra giá trị — ghi thẳng giá trị thay cho công thức",
      "Trang 'kh-2026', ô N7: các ô N7:N8 bị gộp — bỏ gộp ô (Merge) để mỗi nhiệm vụ có ô riêng",
      "Trang 'kh-2026', ô L7: nhiệm vụ \"Hoàn thành\" thì tiến độ là 100 (đang là 80) — sửa tiến độ hoặc "
      "trạng thái",
      "Trang 'kh-2026', ô L8: tiến độ phải là số nguyên từ 0 đến 100 (đang là \"42.5%\")",
      "Trang 'kh-2026', ô M8: ngày hoàn thành 01/01/2027 chưa tới (hôm nay là 22/11/2026) — ghi ngày đã hoàn "
      "thành thật",
      "Trang 'kh-2026', ô N8: có minh chứng nhưng chưa ghi kết quả thực hiện — ghi ngắn gọn việc đã làm",
      "Trang 'kh-2026', ô K9: dòng này không có mã nhiệm vụ (dòng thêm vào?) — điền vào dòng của nhiệm vụ có "
      "sẵn, "
      "không thêm dòng",
  };
  for (const auto& e : expected_a) EXPECT_THAT(ra.output, HasSubstr(e));
  EXPECT_THAT(ra.output,
              HasSubstr("a.xlsx: " + std::to_string(expected_a.size()) + " lỗi, chưa thay đổi gì:"));

  auto b = r.fill(form, R"js({"cells": [
    {"task": "nv-1", "column": "Ngày hoàn thành", "value": "2026-01-12", "as": "date"},
    {"task": "nv-2", "column": "Tiến độ (%)", "value": "30"},
    {"task": "nv-2-1", "column": "Trạng thái mới", "value": "Hủy bỏ"}]})js",
                  "b.xlsx");
  auto rb = r.apply(b);
  EXPECT_EQ(rb.exit_code, 1);
  const std::vector<std::string> expected_b = {
      "Trang 'kh-2026', ô M6: chỉ ghi ngày hoàn thành khi trạng thái là \"Hoàn thành\" — chọn trạng thái đó, "
      "hoặc xoá ngày",
      "Trang 'kh-2026', ô P7: tiến độ giảm từ 40% xuống 30% — ghi lý do vào cột Lý do",
      "Trang 'kh-2026', ô P8: trạng thái đổi từ \"Chưa cập nhật\" sang \"Hủy bỏ\" — ghi lý do vào cột Lý do",
  };
  for (const auto& e : expected_b) EXPECT_THAT(rb.output, HasSubstr(e));

  // Not a workbook at all: a clear error naming the file.
  r.write("../notes.xlsx", "Báo cáo quý III\n");
  auto rc = r.apply(r.dir.path() / "notes.xlsx");
  EXPECT_EQ(rc.exit_code, 1);
  EXPECT_THAT(rc.output, HasSubstr("notes.xlsx: không đọc được tệp (không phải tệp .docx/.xlsx/.odt hợp lệ"));

  EXPECT_EQ(r.plan(), before);
  EXPECT_THAT(r.git("log --format=%s").output, ::testing::Not(HasSubstr("Cập nhật tiến độ")));
  RecordProperty("robustness_cases", static_cast<int>(expected_a.size() + expected_b.size() + 1));
  RecordProperty("robustness_outcome", "located Vietnamese error, nothing written");
}

}  // namespace
}  // namespace ck
