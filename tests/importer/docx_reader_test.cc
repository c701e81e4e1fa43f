// The .docx and .odt readers on hand-made documents, one construct each
// (scripts/make-docx-constructs.py writes the .docx files), and on broken
// packages: zip bombs and malformed XML are clear errors, never a crash.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "importer/document_file.h"
#include "importer/document_lowering.h"
#include "importer/importer.h"
#include "support/test_support.h"
#include "support/zip_builder.h"

namespace ck::importer {
namespace {

using ::testing::HasSubstr;

std::string construct(const std::string& name) {
  return (testing::source_dir() / "tests/importer/fixtures/docx/constructs" / (name + ".docx")).string();
}

SourceDocument read(const std::string& name) {
  std::string error;
  auto doc = read_package_document(construct(name), DocumentFormat::Docx, name + ".docx", error);
  EXPECT_TRUE(doc) << error;
  return doc.value_or(SourceDocument{});
}

std::vector<std::string> paragraph_lines(const SourceDocument& d) {
  std::vector<std::string> out;
  for (const auto& b : d.blocks)
    if (b.kind == DocBlock::Kind::Paragraph)
      out.push_back((b.paragraph.numbering.empty() ? "" : b.paragraph.numbering + " ") + b.paragraph.text);
  return out;
}

const char* kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string docx_of(const std::string& body) {
  return testing::make_zip({{"word/document.xml", std::string("<w:document ") + kW + "><w:body>" + body +
                                                      "</w:body></w:document>"}});
}

std::optional<SourceDocument> read_bytes(const std::string& bytes, std::string& error,
                                         DocumentFormat f = DocumentFormat::Docx,
                                         ooxml::PackageLimits limits = {}) {
  return read_package_bytes(bytes, f, "ke-hoach.docx", error, limits);
}

TEST(DocxReader, MergedCellsBecomeSectionsSubRowsAndAgencyLists) {
  std::string error;
  auto doc = read_package_document(construct("plan-merged-cells"), DocumentFormat::Docx, "k.docx", error);
  ASSERT_TRUE(doc) << error;
  const DocTable* appendix = nullptr;
  for (const auto& b : doc->blocks)
    if (b.kind == DocBlock::Kind::Table && grid_width(b.table) == 6) appendix = &b.table;
  ASSERT_NE(appendix, nullptr);
  ASSERT_EQ(appendix->rows.size(), 6u);
  EXPECT_TRUE(appendix->rows[0].header);
  EXPECT_EQ(appendix->rows[1].cells[0].colspan, 6);
  EXPECT_EQ(appendix->rows[2].cells[0].rowspan, 3);
  EXPECT_TRUE(appendix->rows[3].cells[0].merged_above);
  EXPECT_TRUE(appendix->rows[4].cells[0].merged_above);

  ImportOptions o;
  o.file = "k.docx";
  ImportResult r = import_document(*doc, o);
  ASSERT_TRUE(r.ok) << r.diags.format_all();
  auto tasks = nlohmann::json::parse(r.json)["nhiem_vu"];
  ASSERT_EQ(tasks.size(), 4u);
  EXPECT_EQ(tasks[1]["ma"], "nv-1-1");
  EXPECT_EQ(tasks[1]["thuoc"], "nv-1");
  EXPECT_EQ(tasks[1]["co_quan_phoi_hop"], nlohmann::json({"Phòng Văn hóa - Xã hội", "Công an xã"}));
  EXPECT_EQ(tasks[2]["thuoc"], "nv-1");
  EXPECT_EQ(tasks[3]["noi_dung"],
            "Rà soát văn bản quy phạm pháp luật");  // a line break that wrapped the sentence
}

TEST(DocxReader, HeaderBlockAndSignatureGoToFrontMatter) {
  ImportOptions o;
  o.file = "k.docx";
  ImportResult r = import_document(read("plan-merged-cells"), o);
  ASSERT_TRUE(r.ok) << r.diags.format_all();
  EXPECT_EQ(r.meta.issuer, "Ủy ban nhân dân xã Minh Họa");
  EXPECT_EQ(r.meta.number, "12/KH-UBND");
  EXPECT_EQ(r.meta.issued, "2027-01-05");
  EXPECT_EQ(r.meta.place, "Minh Họa");
  EXPECT_EQ(r.meta.title, "Kế hoạch Cải cách hành chính xã Minh Họa năm 2027");
  EXPECT_EQ(r.meta.signer, "Trần Văn Minh");
  EXPECT_EQ(r.meta.signer_role, "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH");
  EXPECT_EQ(r.meta.recipients, (std::vector<std::string>{"UBND thành phố", "Lưu: VT"}));
  EXPECT_THAT(r.markdown, HasSubstr("## I. MỤC ĐÍCH, YÊU CẦU\n\n### 1. Mục đích\n\na) Nâng cao"));
  EXPECT_THAT(r.markdown, HasSubstr("## II. NHIỆM VỤ TRỌNG TÂM"));
}

TEST(DocxReader, RunsSplitMidWordTrackedChangesAndFields) {
  SourceDocument d = read("runs-tracked-fields");
  EXPECT_EQ(paragraph_lines(d), (std::vector<std::string>{"Tổ chức triển khai Kế hoạch",
                                                          "Hoàn thành trước ngày 15/3/2027", "Trang 39"}));
  ASSERT_EQ(d.notes.size(), 2u);
  EXPECT_THAT(d.notes[0].message, HasSubstr("bỏ 1 đoạn chữ bị xóa khi theo dõi thay đổi"));
  EXPECT_THAT(d.notes[1].message, HasSubstr("giữ 1 đoạn chữ chèn thêm"));
}

TEST(DocxReader, FootnotesAreAppendedAsNumberedNotes) {
  EXPECT_EQ(paragraph_lines(read("footnote")),
            (std::vector<std::string>{"Thực hiện Kế hoạch của thành phố[1].",
                                      "[1] Theo Quyết định số 5256/QĐ-UBND."}));
}

TEST(DocxReader, NumberingPrintsAsWordDoes) {
  EXPECT_EQ(
      paragraph_lines(read("numbering")),
      (std::vector<std::string>{"I. MỤC ĐÍCH", "1. Mục đích", "a) Thứ nhất", "b) Thứ hai", "- Gạch đầu dòng",
                                "2. Mục tiêu", "a) Thứ nhất của mục 2", "II. NHIỆM VỤ"}));
  SourceDocument d = read("numbering");
  EXPECT_EQ(d.blocks[0].paragraph.heading, 1);  // the style is based on Heading 1
}

TEST(DocxReader, NestedTableStaysInItsCell) {
  SourceDocument d = read("nested-table");
  ASSERT_EQ(d.blocks.size(), 1u);
  const DocCell& cell = d.blocks[0].table.rows[1].cells[1];
  ASSERT_EQ(cell.tables.size(), 1u);
  EXPECT_EQ(cell.tables[0].rows.size(), 2u);
  EXPECT_THAT(lower_document(d).text,
              HasSubstr("1\t<p>Báo cáo định kỳ</p><p>Quý I Báo cáo quý</p><p>Quý II Báo cáo 6 tháng</p>\t"));
}

TEST(DocxReader, ItalicInsideACellIsEmphasis) {
  std::string error;
  auto d = read_bytes(
      docx_of("<w:p><w:r><w:t xml:space=\"preserve\">Trước ngày 10/12 </w:t></w:r><w:r><w:rPr><w:i/>"
              "</w:rPr><w:t>(báo cáo năm)</w:t></w:r></w:p>"),
      error);
  ASSERT_TRUE(d) << error;
  EXPECT_EQ(lower_document(*d).text, "Trước ngày 10/12 *(báo cáo năm)*\n");
}

TEST(DocxReader, BrokenPackagesAreClearErrors) {
  RecordProperty("robustness_class", "malformed .docx/.odt uploaded to import");
  RecordProperty("robustness_cases", 7);
  RecordProperty("robustness_outcome",
                 "Vietnamese error naming the file and part; no crash, nothing imported");
  struct Bad {
    std::string bytes;
    DocumentFormat format;
    const char* expect;
  };
  std::string deep;
  for (int i = 0; i < 200; ++i) deep += "<w:tbl><w:tr><w:tc>";
  for (int i = 0; i < 200; ++i) deep += "</w:tc></w:tr></w:tbl>";
  std::vector<Bad> cases = {
      {"không phải zip", DocumentFormat::Docx, "không đọc được tệp"},
      {testing::make_zip({{"word/other.xml", "<a/>"}}), DocumentFormat::Docx,
       "thiếu phần \"word/document.xml\""},
      {docx_of("<w:p><w:r><w:t>chưa đóng</w:r></w:p>"), DocumentFormat::Docx,
       "phần \"word/document.xml\" không phải XML hợp lệ (byte"},
      {testing::make_zip({{"word/document.xml", std::string("<w:document ") + kW + "/>"}}),
       DocumentFormat::Docx, "không có thân văn bản"},
      {docx_of(deep), DocumentFormat::Docx, "lồng nhau quá sâu"},
      {testing::make_zip({{"content.xml", "<office:document-content><office:body>"}}), DocumentFormat::Odt,
       "phần \"content.xml\" không phải XML hợp lệ"},
      {testing::make_zip({{"word/document.xml", std::string(8u << 20, ' ')}}), DocumentFormat::Docx,
       "bom nén"},
  };
  for (const auto& c : cases) {
    std::string error;
    EXPECT_FALSE(read_bytes(c.bytes, error, c.format)) << c.expect;
    EXPECT_THAT(error, HasSubstr("ke-hoach.docx")) << error;
    EXPECT_THAT(error, HasSubstr(c.expect)) << error;
  }
}

// LibreOffice's chapter numbering: headings outside any list numbered by the
// text:outline-style of styles.xml, a deeper level starting again after each
// heading above it; a list's header (is-list-header) prints no number.
TEST(OdtReader, HeadingsTakeTheOutlineNumbering) {
  std::string styles =
      "<office:document-styles xmlns:office='o' xmlns:text='t' xmlns:style='s'><office:styles>"
      "<text:outline-style style:name='Outline'>"
      "<text:outline-level-style text:level='1' style:num-format='I' style:num-suffix='.'/>"
      "<text:outline-level-style text:level='2' style:num-format='1' style:num-suffix='.'/>"
      "<text:outline-level-style text:level='3' style:num-format='a' style:num-suffix=')'/>"
      "</text:outline-style></office:styles></office:document-styles>";
  std::string content =
      "<office:document-content xmlns:office='o' xmlns:text='t'><office:body><office:text>"
      "<text:h text:outline-level='1'>MỤC ĐÍCH, YÊU CẦU</text:h>"
      "<text:h text:outline-level='2'>Mục đích</text:h><text:h text:outline-level='3'>Một</text:h>"
      "<text:h text:outline-level='3'>Hai</text:h><text:h text:outline-level='2'>Yêu cầu</text:h>"
      "<text:h text:outline-level='1'>NHIỆM VỤ</text:h><text:h text:outline-level='2'>Chỉ đạo</text:h>"
      "<text:h text:outline-level='3'>Ba</text:h>"
      "<text:h text:outline-level='1' text:is-list-header='true'>Phụ lục</text:h>"
      "</office:text></office:body></office:document-content>";
  std::string error;
  auto d = read_bytes(testing::make_zip({{"content.xml", content}, {"styles.xml", styles}}), error,
                      DocumentFormat::Odt);
  ASSERT_TRUE(d) << error;
  EXPECT_EQ(paragraph_lines(*d), (std::vector<std::string>{"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Một", "b) Hai",
                                                           "2. Yêu cầu", "II. NHIỆM VỤ", "1. Chỉ đạo", "a) Ba",
                                                           "Phụ lục"}));
}

TEST(OdtReader, SpansCoveredCellsListsAndHeaderRows) {
  std::string content =
      "<office:document-content xmlns:office='o' xmlns:text='t' xmlns:table='tb' xmlns:style='s' "
      "xmlns:fo='f'>"
      "<office:automatic-styles><text:list-style style:name='L1'>"
      "<text:list-level-style-number text:level='1' style:num-format='I' style:num-suffix='.'/>"
      "<text:list-level-style-number text:level='2' style:num-format='a' style:num-suffix=')'/>"
      "</text:list-style><style:style style:name='T1' style:family='text'><style:text-properties "
      "fo:font-style='italic'/></style:style></office:automatic-styles>"
      "<office:body><office:text>"
      "<text:list text:style-name='L1'><text:list-item><text:h text:outline-level='1'>MỤC ĐÍCH</text:h>"
      "<text:list><text:list-item><text:p>Một</text:p></text:list-item><text:list-item><text:p>Hai</text:p>"
      "</text:list-item></text:list></text:list-item></text:list>"
      "<text:tracked-changes><text:changed-region><text:deletion><text:p>bỏ</text:p></text:deletion>"
      "</text:changed-region></text:tracked-changes>"
      "<text:list text:style-name='L1' text:continue-numbering='true'><text:list-item><text:p>NHIỆM "
      "VỤ</text:p>"
      "</text:list-item></text:list>"
      "<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>TT</text:p>"
      "</table:table-cell></table:table-row></table:table-header-rows>"
      "<table:table-row><table:table-cell table:number-columns-spanned='2'><text:p>I. Phần</text:p>"
      "</table:table-cell><table:covered-table-cell/></table:table-row>"
      "<table:table-row><table:table-cell table:number-rows-spanned='2'><text:p>3</text:p></table:table-cell>"
      "<table:table-cell><text:p>Việc<text:line-break/>dòng hai <text:span "
      "text:style-name='T1'>nghiêng</text:span>"
      "</text:p></table:table-cell></table:table-row>"
      "<table:table-row><table:covered-table-cell/><table:table-cell><text:p>Dòng "
      "con</text:p></table:table-cell>"
      "</table:table-row></table:table>"
      "</office:text></office:body></office:document-content>";
  std::string error;
  auto d = read_bytes(testing::make_zip({{"content.xml", content}}), error, DocumentFormat::Odt);
  ASSERT_TRUE(d) << error;
  EXPECT_EQ(paragraph_lines(*d),
            (std::vector<std::string>{"I. MỤC ĐÍCH", "a) Một", "b) Hai", "II. NHIỆM VỤ"}));
  ASSERT_EQ(d->notes.size(), 1u);
  const DocTable& t = d->blocks.back().table;
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_TRUE(t.rows[0].header);
  EXPECT_EQ(t.rows[1].cells.size(), 1u);
  EXPECT_EQ(t.rows[1].cells[0].colspan, 2);
  EXPECT_EQ(t.rows[2].cells[1].paragraphs[0].text, "Việc\ndòng hai nghiêng");
  ASSERT_EQ(t.rows[2].cells[1].paragraphs[0].italic_spans.size(), 1u);
  ASSERT_EQ(t.rows[3].cells.size(), 2u);
  EXPECT_TRUE(t.rows[3].cells[0].merged_above);
  EXPECT_EQ(t.rows[3].cells[0].paragraphs[0].text, "3");
}

}  // namespace
}  // namespace ck::importer

namespace ck::importer {
namespace {

TEST(DocxReader, ARowDeletedWithTrackedChangesIsDroppedAndNoted) {
  std::string row1 = "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>";
  std::string gone =
      "<w:tr><w:trPr><w:del w:id='3' w:author='A'/></w:trPr><w:tc><w:p><w:del w:id='4' w:author='A'>"
      "<w:r><w:delText>2</w:delText></w:r></w:del></w:p></w:tc></w:tr>";
  std::string error;
  auto d = read_bytes(docx_of("<w:tbl>" + row1 + gone + "</w:tbl>"), error);
  ASSERT_TRUE(d) << error;
  EXPECT_EQ(d->blocks[0].table.rows.size(), 1u);
  ASSERT_EQ(d->notes.size(), 1u);
  EXPECT_THAT(d->notes[0].message, HasSubstr("bỏ 1 đoạn chữ bị xóa"));
}

}  // namespace
}  // namespace ck::importer

namespace ck::importer {
namespace {

TEST(DocxReader, AHeadingStyleWithoutANumberIsAMarkdownHeading) {
  auto heading = [](const std::string& text, int level) {
    return "<w:p><w:pPr><w:outlineLvl w:val='" + std::to_string(level) + "'/></w:pPr><w:r><w:t>" + text +
           "</w:t></w:r></w:p>";
  };
  auto para = [](const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; };
  std::string error;
  auto d =
      read_bytes(docx_of(para("KẾ HOẠCH") + para("Cải cách hành chính năm 2027") + heading("MỤC ĐÍCH", 0) +
                         heading("Mục đích chung", 1) + para("Nâng cao chất lượng phục vụ.") +
                         heading("TỔ CHỨC THỰC HIỆN", 0) + para("Các phòng thực hiện.")),
                 error);
  ASSERT_TRUE(d) << error;
  ImportOptions o;
  o.file = "k.docx";
  ImportResult r = import_document(*d, o);
  ASSERT_TRUE(r.ok) << r.diags.format_all();
  EXPECT_THAT(r.markdown, HasSubstr("## MỤC ĐÍCH\n\n### Mục đích chung\n\nNâng cao chất lượng phục vụ.\n\n"
                                    "## TỔ CHỨC THỰC HIỆN\n\nCác phòng thực hiện."));
  EXPECT_EQ(r.summary.narrative_headings, 2u);
  EXPECT_EQ(r.meta.title, "Kế hoạch Cải cách hành chính năm 2027");
}

}  // namespace
}  // namespace ck::importer

namespace ck::importer {
namespace {

TEST(DocxReader, AHeaderBlockTypedWithTabStopsIsReadAsTwoColumns) {
  ImportOptions o;
  o.file = "k.docx";
  ImportResult r = import_document(read("plan-tab-header"), o);
  ASSERT_TRUE(r.ok) << r.diags.format_all();
  EXPECT_EQ(r.meta.issuer, "Ủy ban nhân dân xã Minh Họa");
  EXPECT_EQ(r.meta.number, "12/KH-UBND");
  EXPECT_EQ(r.meta.issued, "2027-01-05");
  EXPECT_EQ(r.meta.place, "Minh Họa");
  EXPECT_THAT(r.json, HasSubstr("\"noi_dung\": \"a) Rà soát văn bản\""));
}

}  // namespace
}  // namespace ck::importer

namespace ck::importer {
namespace {

// Found by fuzz/docx_fuzz.cc: pugixml passes broken UTF-8 through, and the JSON writer threw on it.
TEST(DocxReader, BrokenUtf8IsAContentErrorNotACrash) {
  std::string error;
  auto d = read_bytes(
      docx_of("<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>Cải cách \xC4 năm 2027</w:t>"
              "</w:r></w:p>"),
      error);
  ASSERT_TRUE(d) << error;
  ImportOptions o;
  o.file = "k.docx";
  ImportResult r = import_document(*d, o);
  EXPECT_FALSE(r.ok);
  EXPECT_THAT(r.diags.format_all(),
              HasSubstr("k.docx (đoạn 2): lỗi: văn bản có chữ không phải UTF-8 hợp lệ"));
}

}  // namespace
}  // namespace ck::importer
