// A cell OCR read uncertainly (DocCell::uncertain, set by the PDF reader for a
// word under the confidence threshold) becomes its task's "can_doi_chieu"
// entry: the data model's name of the field, so the portal marks that cell
// "Chưa đối chiếu với bản gốc" until a clerk compares it and removes the name.
// Through the one lowering and table reader: a cell cut by a page break and
// joined to the row above carries its doubt into that row's field.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "importer/importer.h"

namespace ck::importer {
namespace {

using nlohmann::json;

DocCell cell(const std::string& text, bool uncertain = false) {
  DocCell c;
  if (!text.empty()) {
    DocParagraph p;
    p.text = text;
    c.paragraphs.push_back(p);
  }
  c.uncertain = uncertain;
  return c;
}

DocRow header_row() {
  DocRow r;
  for (const char* h : {"TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
                        "Sản phẩm"})
    r.cells.push_back(cell(h));
  r.header = true;
  return r;
}

DocRow task_row(std::vector<DocCell> cells) {
  DocRow r;
  r.cells = std::move(cells);
  r.where = "trang 1";
  return r;
}

SourceDocument scanned_plan(DocTable table) {
  SourceDocument d;
  for (const char* text : {"KẾ HOẠCH", "Cải cách hành chính năm 2026"}) {
    DocParagraph p;
    p.text = text;
    d.add(p);
  }
  d.add(std::move(table));
  return d;
}

json import_json(const SourceDocument& d) {
  ImportOptions o{"ke-hoach.pdf", "ke-hoach.pdf", {}};
  o.from_scan = true;
  ImportResult r = import_document(d, o);
  EXPECT_TRUE(r.ok) << r.diags.format_all();
  return r.ok ? json::parse(r.json) : json();
}

TEST(UnverifiedCells, EachUncertainCellNamesItsFieldInCanDoiChieu) {
  DocTable t;
  t.rows.push_back(header_row());
  t.rows.push_back(task_row({cell("1"), cell("Ban hành Kế hoạch cải cách hành chính."), cell("Phòng Văn hóa - Xã hội", true),
                             cell("Các cơ quan, đơn vị liên quan"), cell("Quý 1/2026", true), cell("Kế hoạch")}));
  t.rows.push_back(task_row({cell("2", true), cell("Kiểm tra công tác cải cách hành chính.", true),
                             cell("Văn phòng HĐND và UBND"), cell(""), cell("Quý IV/2026"), cell("Báo cáo", true)}));
  t.rows.push_back(task_row({cell("3"), cell("Tuyên truyền cải cách hành chính."), cell("Phòng Văn hóa - Xã hội"),
                             cell(""), cell("Thường xuyên"), cell("")}));
  json j = import_json(scanned_plan(t));
  ASSERT_EQ(j["nhiem_vu"].size(), 3u);
  EXPECT_EQ(j["nhiem_vu"][0]["can_doi_chieu"], json({"co_quan_chu_tri", "thoi_han"}));
  EXPECT_EQ(j["nhiem_vu"][1]["can_doi_chieu"], json({"so", "noi_dung", "san_pham"}));
  // A cell read for certain is not marked: a task with none has no key at all.
  EXPECT_FALSE(j["nhiem_vu"][2].contains("can_doi_chieu"));
}

// The header printed again on the next page, then the rest of task 1's text
// (starting lower-case, so a page-break continuation): the doubt about that
// rest is a doubt about task 1's text.
TEST(UnverifiedCells, ARowCutByAPageBreakCarriesItsDoubtIntoTheRowAbove) {
  DocTable t;
  t.rows.push_back(header_row());
  t.rows.push_back(task_row({cell("1"), cell("Rà soát thủ tục hành chính tại Trung"), cell("Văn phòng HĐND và UBND"),
                             cell(""), cell("Quý II/2026"), cell("")}));
  t.rows.push_back(header_row());
  t.rows.push_back(task_row(
      {cell(""), cell("tâm Phục vụ hành chính công.", true), cell(""), cell(""), cell(""), cell("")}));
  t.rows.push_back(task_row({cell("2"), cell("Kiểm tra công tác cải cách hành chính."), cell("Văn phòng HĐND và UBND"),
                             cell(""), cell("Quý IV/2026"), cell("")}));
  json j = import_json(scanned_plan(t));
  ASSERT_EQ(j["nhiem_vu"].size(), 2u);
  EXPECT_EQ(j["nhiem_vu"][0]["noi_dung"], "Rà soát thủ tục hành chính tại Trung tâm Phục vụ hành chính công.");
  EXPECT_EQ(j["nhiem_vu"][0]["can_doi_chieu"], json({"noi_dung"}));
  EXPECT_FALSE(j["nhiem_vu"][1].contains("can_doi_chieu"));
}

// Columns are found by their header's names, not their position: a table
// printing the deadline before the agencies still names the right fields.
TEST(UnverifiedCells, FieldsFollowTheHeaderNotThePosition) {
  DocTable t;
  DocRow h;
  for (const char* name : {"STT", "Nội dung", "Thời hạn hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm"})
    h.cells.push_back(cell(name));
  h.header = true;
  t.rows.push_back(h);
  t.rows.push_back(task_row({cell("1"), cell("Ban hành Kế hoạch."), cell("Tháng 01/2026", true),
                             cell("Phòng Văn hóa - Xã hội"), cell("Công an xã", true), cell("Kế hoạch")}));
  json j = import_json(scanned_plan(t));
  ASSERT_EQ(j["nhiem_vu"].size(), 1u);
  EXPECT_EQ(j["nhiem_vu"][0]["thoi_han"], "Tháng 01/2026");
  EXPECT_EQ(j["nhiem_vu"][0]["can_doi_chieu"], json({"co_quan_phoi_hop", "thoi_han"}));
}

}  // namespace
}  // namespace ck::importer
