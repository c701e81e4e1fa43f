// The one lowering from the neutral document structure into the importer's
// text form: merged cells, multi-paragraph cells, layout tables.
#include "importer/document_lowering.h"

#include <gtest/gtest.h>

#include "importer/importer.h"

namespace ck::importer {
namespace {

DocParagraph para(std::string text, std::string numbering = "") {
  DocParagraph p;
  p.text = std::move(text);
  p.numbering = std::move(numbering);
  return p;
}

DocCell cell(std::initializer_list<std::string> paragraphs) {
  DocCell c;
  for (const auto& t : paragraphs) c.paragraphs.push_back(para(t));
  return c;
}

DocRow row(std::vector<DocCell> cells, std::string where = "") {
  DocRow r;
  r.cells = std::move(cells);
  r.where = std::move(where);
  return r;
}

TEST(DocumentLowering, ParagraphsBecomeLinesWithTheirNumbering) {
  SourceDocument d;
  d.add(para("MỤC ĐÍCH, YÊU CẦU", "I."));
  d.add(para("Dòng một\nDòng hai"));
  LoweredText t = lower_document(d);
  EXPECT_EQ(t.text, "I. MỤC ĐÍCH, YÊU CẦU\nDòng một\nDòng hai\n");
  ASSERT_EQ(t.where.size(), 3u);
}

TEST(DocumentLowering, TaskTableRowsAreTabSeparatedWithSpansAndMergesResolved) {
  DocTable t;
  t.rows.push_back(row({cell({"TT"}), cell({"Nội dung"}), cell({"Cơ quan chủ trì"}),
                        cell({"Cơ quan phối hợp"}), cell({"Thời hạn"}), cell({"Sản phẩm"})}));
  DocCell section = cell({"I. Cải cách thể chế"});
  section.colspan = 6;
  t.rows.push_back(row({section}));
  DocCell number = cell({"3"});
  number.rowspan = 2;
  DocCell lead = cell({"Phòng A"});
  lead.rowspan = 2;
  t.rows.push_back(row({number, cell({"Kiểm tra"}), lead, cell({}), cell({}), cell({})}));
  DocCell number_below = number, lead_below = lead;
  number_below.merged_above = lead_below.merged_above = true;
  t.rows.push_back(row({number_below, cell({"Kiểm tra <nội bộ> & hồ sơ"}), lead_below,
                        cell({"- Phòng B;", "- Phòng C"}), cell({"Quý I/2026"}), cell({"Báo cáo"})},
                       "bảng 1, dòng 4"));
  SourceDocument d;
  d.add(t);
  LoweredText low = lower_document(d);
  EXPECT_EQ(low.text,
            "TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn\tSản phẩm\n"
            "I. Cải cách thể chế\t\t\t\t\t\n"
            "3\tKiểm tra\tPhòng A\t\t\t\n"
            "\tKiểm tra &lt;nội bộ&gt; &amp; hồ sơ\tPhòng A\t<p>- Phòng B;</p><p>- Phòng C</p>\tQuý "
            "I/2026\tBáo cáo\n");
  EXPECT_EQ(low.where[3], "bảng 1, dòng 4");
}

TEST(DocumentLowering, NarrowTablesAreLayoutReadLeftCellFirst) {
  DocTable t;
  t.rows.push_back(
      row({cell({"ỦY BAN NHÂN DÂN", "XÃ MINH HỌA", "Số: /KH-UBND"}),
           cell({"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Minh Họa, ngày 05 tháng 01 năm 2027"})}));
  SourceDocument d;
  d.add(t);
  EXPECT_EQ(lower_document(d).text,
            "ỦY BAN NHÂN DÂN\nXÃ MINH HỌA\nSố: /KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Minh Họa, ngày 05 tháng 01 năm 2027\n");
}

TEST(DocumentLowering, ImportDocumentNamesThePlaceAndReportsTheReadersNotes) {
  SourceDocument d;
  d.add(para("KẾ HOẠCH"));
  d.add(para("Cải cách hành chính năm 2027"));
  d.add(para("MỤC ĐÍCH", "I."));
  DocTable t;
  t.rows.push_back(row({cell({"TT"}), cell({"Nội dung"}), cell({"Cơ quan chủ trì"}),
                        cell({"Cơ quan phối hợp"}), cell({"Thời hạn"}), cell({"Sản phẩm"})}));
  t.rows.push_back(row({cell({"1"}), cell({"Việc"}), cell({}), cell({}), cell({"Quý I/2027"}), cell({})},
                       "bảng 1, dòng 2"));
  d.add(t);
  d.notes.push_back({"đoạn 4", "bỏ 1 đoạn bị xóa khi theo dõi thay đổi"});
  ImportOptions o;
  o.file = "k.docx";
  ImportResult r = import_document(d, o);
  std::string all = r.diags.format_all();
  EXPECT_NE(all.find("k.docx (bảng 1, dòng 2): cảnh báo: nhiệm vụ 1 không có cơ quan chủ trì"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("k.docx (đoạn 4): cảnh báo: bỏ 1 đoạn bị xóa"), std::string::npos) << all;
}

}  // namespace
}  // namespace ck::importer
