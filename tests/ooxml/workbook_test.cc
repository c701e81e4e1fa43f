#include "ooxml/workbook.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ooxml/make_zip.h"

namespace ck::ooxml {
namespace {

using ::testing::HasSubstr;

const char* kRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const char* kWorkbookRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
    R"(<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";

std::string workbook_xml(bool date1904 = false) {
  return std::string(R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                     R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)") +
         (date1904 ? R"(<workbookPr date1904="1"/>)" : "") +
         R"(<sheets><sheet name="Tiên Lãng" sheetId="1" r:id="rId1"/><sheet name="Ẩn" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>)";
}

// Styles: 0 general, 1 built-in date (14), 2 custom dd/mm/yyyy, 3 built-in 0%, 4 custom "0.0%", 5 a colour,
// not a date.
const char* kStyles =
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3">)"
    R"(<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/>)"
    R"(<numFmt numFmtId="166" formatCode="[Red]0;&quot;day&quot;"/></numFmts><cellXfs count="6">)"
    R"(<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="9"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>)";

const char* kShared =
    R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Hoàn thành</t></si>)"
    R"(<si><r><rPr><b/></rPr><t>Đang </t></r><r><t xml:space="preserve">thực hiện</t></r><rPh><t>ふりがな</t></rPh></si></sst>)";

std::string sheet(const std::string& rows, const std::string& tail = "") {
  return R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
         rows + "</sheetData>" + tail + "</worksheet>";
}

std::string package(const std::string& sheet1, const std::string& sheet2 = sheet(""), bool date1904 = false) {
  return make_zip({{"_rels/.rels", kRels},
                   {"xl/workbook.xml", workbook_xml(date1904)},
                   {"xl/_rels/workbook.xml.rels", kWorkbookRels},
                   {"xl/sharedStrings.xml", kShared},
                   {"xl/styles.xml", kStyles},
                   {"xl/worksheets/sheet1.xml", sheet1},
                   {"xl/worksheets/sheet2.xml", sheet2}});
}

Workbook read(const std::string& bytes, const WorkbookLimits& limits = {}) {
  auto zip = ZipArchive::open_bytes(bytes, {}, "bieu-mau.xlsx");
  return read_workbook(zip, limits);
}

std::string error_of(const std::string& bytes, const WorkbookLimits& limits = {}) {
  try {
    read(bytes, limits);
  } catch (const PackageError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(Workbook, ReadsEveryKindOfCellAsExcelAndLibreOfficeWriteThem) {
  auto book = read(package(sheet(
      R"(<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><t>40%</t></is></c>)"
      R"(<c r="D2"><v>40</v></c><c r="E2" s="3"><v>0.4</v></c><c r="F2" t="b"><v>1</v></c><c r="G2" t="e"><v>#DIV/0!</v></c>)"
      R"(<c r="H2" t="str"><f>A2&amp;"!"</f><v>Hoàn thành!</v></c><c r="I2"><f>1/0</f><v></v></c><c r="J2" s="2"/></row>)"
      R"(<row><c><v>1</v></c><c><v>2</v></c></row>)")));
  ASSERT_EQ(book.sheets.size(), 2u);
  const Worksheet& s = book.sheets[0];
  EXPECT_EQ(s.name, "Tiên Lãng");
  EXPECT_FALSE(s.hidden);
  EXPECT_TRUE(book.sheets[1].hidden);
  EXPECT_EQ(book.find("Ẩn"), &book.sheets[1]);
  EXPECT_EQ(s.at(2, 1).text, "Hoàn thành");
  EXPECT_EQ(s.at(2, 2).text, "Đang thực hiện");  // rich-text runs joined, phonetic run left out
  EXPECT_EQ(s.at(2, 3).kind, CellValue::Kind::Text);
  EXPECT_EQ(s.at(2, 3).text, "40%");
  EXPECT_EQ(s.at(2, 4).kind, CellValue::Kind::Number);
  EXPECT_EQ(s.at(2, 4).number, 40);
  EXPECT_FALSE(s.at(2, 4).percent_style);
  EXPECT_TRUE(s.at(2, 5).percent_style);
  EXPECT_EQ(s.at(2, 5).number, 0.4);
  EXPECT_EQ(s.at(2, 6).kind, CellValue::Kind::Boolean);
  EXPECT_EQ(s.at(2, 7).kind, CellValue::Kind::Error);
  EXPECT_EQ(s.at(2, 7).text, "#DIV/0!");
  EXPECT_TRUE(s.at(2, 8).formula);
  EXPECT_EQ(s.at(2, 8).text, "Hoàn thành!");  // the cached value
  EXPECT_TRUE(s.at(2, 9).formula);
  EXPECT_EQ(s.at(2, 9).kind, CellValue::Kind::Empty);  // openpyxl: a formula never computed
  EXPECT_EQ(s.cells.count({2, 10}), 0u);               // a styled empty cell is not stored
  EXPECT_EQ(s.at(3, 1).number, 1);                     // no r= attributes: rows and columns counted
  EXPECT_EQ(s.at(3, 2).number, 2);
  EXPECT_EQ(s.max_row, 3);
  EXPECT_EQ(s.max_col, 9);
}

TEST(Workbook, DatesFromSerialNumbersInBothSystemsAndFromStyles) {
  std::string rows =
      R"(<row r="1"><c r="A1" s="1"><v>46034</v></c><c r="B1" s="2"><v>46034.75</v></c><c r="C1" s="4"><v>0.425</v></c>)"
      R"(<c r="D1" s="5"><v>46034</v></c><c r="E1" t="d"><v>2026-01-12</v></c></row>)";
  auto book = read(package(sheet(rows)));
  const Worksheet& s = book.sheets[0];
  EXPECT_TRUE(s.at(1, 1).date_style);
  EXPECT_TRUE(s.at(1, 2).date_style);
  EXPECT_TRUE(s.at(1, 3).percent_style);
  EXPECT_FALSE(s.at(1, 3).date_style);
  EXPECT_FALSE(s.at(1, 4).date_style);  // "[Red]0;"day"": the d is quoted text
  EXPECT_TRUE(s.at(1, 5).date_style);
  EXPECT_EQ(s.at(1, 5).text, "2026-01-12");
  EXPECT_EQ(book.serial_date(46034)->iso(), "2026-01-12");
  EXPECT_EQ(book.serial_date(46034.75)->iso(), "2026-01-12");
  EXPECT_EQ(book.serial_date(61)->iso(), "1900-03-01");
  EXPECT_FALSE(book.serial_date(60));  // Excel's 29/02/1900, a day that never was
  EXPECT_FALSE(book.serial_date(-1));
  EXPECT_FALSE(book.serial_date(1e300));
  auto mac = read(package(sheet(rows), sheet(""), true));
  EXPECT_TRUE(mac.date1904);
  EXPECT_EQ(mac.serial_date(44572)->iso(), "2026-01-12");  // 1462 days fewer
}

TEST(Workbook, MergedRangesAndCellReferences) {
  auto book = read(package(
      sheet(R"(<row r="6"><c r="N6" t="s"><v>0</v></c></row>)",
            R"(<mergeCells count="2"><mergeCell ref="N6:N7"/><mergeCell ref="C1:P1"/></mergeCells>)")));
  ASSERT_EQ(book.sheets[0].merged.size(), 2u);
  EXPECT_TRUE(book.sheets[0].merged[0].contains(7, 14));
  EXPECT_FALSE(book.sheets[0].merged[0].contains(8, 14));
  EXPECT_EQ(cell_ref(12, 7), "G12");
  EXPECT_EQ(cell_ref(1, 27), "AA1");
  EXPECT_EQ(cell_ref(1048576, 16384), "XFD1048576");
  EXPECT_EQ(parse_cell_ref("G12"), (std::pair<int, int>{12, 7}));
  EXPECT_EQ(parse_cell_ref("$AA$1"), (std::pair<int, int>{1, 27}));
  for (const char* bad : {"", "12", "G", "g12", "XFE1", "A0", "A1048577", "A1B", "AAAA1"})
    EXPECT_FALSE(parse_cell_ref(bad)) << bad;
}

TEST(Workbook, HugeSheetsBrokenPartsAndOtherFilesAreClearErrors) {
  RecordProperty("robustness_class", "malformed or oversized .xlsx workbook");
  WorkbookLimits small;
  small.max_rows = 100;
  small.max_cols = 10;
  small.max_cells = 50;
  WorkbookLimits few_strings;
  few_strings.max_shared_strings = 1;
  int cases = 0;
  auto expect = [&](const std::string& bytes, const std::string& message, const WorkbookLimits& limits) {
    ++cases;
    EXPECT_THAT(error_of(bytes, limits), HasSubstr(message));
  };
  expect(
      package(sheet(R"(<row r="101"><c r="A101"><v>1</v></c></row>)")),
      "bieu-mau.xlsx: trang 'Tiên Lãng': có dữ liệu ở dòng 101, quá 100 dòng — xoá các dòng thừa rồi gửi lại",
      small);
  expect(package(sheet(R"(<row r="1"><c r="K1"><v>1</v></c></row>)")),
         "trang 'Tiên Lãng', ô K1: có dữ liệu ở cột thứ 11, quá 10 cột", small);
  std::string many;
  for (int r = 1; r <= 6; ++r)
    many += "<row r=\"" + std::to_string(r) + "\">" + std::string(10, ' ') +
            "<c><v>1</v></c><c><v>1</v></c><c><v>1</v></c><c><v>1</v></c><c><v>1</v></c>"
            "<c><v>1</v></c><c><v>1</v></c><c><v>1</v></c><c><v>1</v></c></row>";
  expect(package(sheet(many)), "bảng tính có quá 50 ô có dữ liệu", small);
  expect(package(sheet("")), "bảng tính có quá nhiều chuỗi chữ (hơn 1)", few_strings);
  WorkbookLimits normal;
  expect(package(sheet(R"(<row r="1"><c r="A1" t="s"><v>7</v></c></row>)")),
         "trang 'Tiên Lãng', ô A1: chỉ tới chuỗi chữ số \"7\" không có trong tệp — tệp bị hỏng", normal);
  expect(package(sheet(R"(<row r="1"><c r="A1"><v>bốn</v></c></row>)")),
         "ô A1: giá trị số \"bốn\" không đọc được", normal);
  expect(package(sheet(R"(<row r="2"><c r="A1"><v>1</v></c></row>)")),
         "ô có địa chỉ \"A1\" không hợp lệ ở dòng 2", normal);
  expect(package("<worksheet><sheetData><row>"),
         "bieu-mau.xlsx: phần \"xl/worksheets/sheet1.xml\" không phải XML hợp lệ", normal);
  expect(package(sheet("", R"(<mergeCells><mergeCell ref="A1:"/></mergeCells>)")),
         "vùng gộp ô \"A1:\" không hợp lệ", normal);
  expect(make_zip({{"word/document.xml", "<w:document/>"}}),
         "thiếu phần \"xl/workbook.xml\" — không phải bảng tính Excel (.xlsx)", normal);
  expect(make_zip({{"xl/workbook.xml", workbook_xml()}}), "trang 'Tiên Lãng': không tìm thấy nội dung trang",
         normal);
  // A zip bomb: one part that inflates far past its compressed size.
  expect(make_zip({{"_rels/.rels", kRels}, {"xl/workbook.xml", std::string(70u << 20, ' ')}}),
         "quá lớn khi giải nén", normal);
  RecordProperty("robustness_cases", cases);
  RecordProperty("robustness_outcome", "PackageError naming the file, sheet and cell");
}

}  // namespace
}  // namespace ck::ooxml
