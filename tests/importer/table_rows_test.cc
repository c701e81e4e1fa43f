#include "importer/table_rows.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "importer/tasks.h"
#include "importer/test_util.h"

namespace ck::importer {
namespace {

using test::kHeader;
using test::tasks_of;
using test::text;
using test::tsv;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(TableHeader, RecognisedByShapeWhateverTheSpelling) {
  for (const char* first : {"TT", "STT", "Stt", "Số TT", "stt."}) {
    EXPECT_TRUE(read_header({first, "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm"}).has_value())
        << first;
  }
  EXPECT_FALSE(read_header({"TT", "Nội dung", "Chủ trì", "Phối hợp"}).has_value());  // fewer than five cells
  EXPECT_FALSE(read_header({"1", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm"}).has_value());
}

TEST(TableHeader, ColumnsFoundByNameInAnyOrder) {
  auto c = read_header({"STT", "Nội dung nhiệm vụ", "Thời hạn hoàn thành", "Đơn vị chủ trì",
                        "Đơn vị phối hợp", "Sản phẩm dự kiến hoàn thành"});
  ASSERT_TRUE(c.has_value());
  EXPECT_THAT(c->at, ElementsAre(0, 1, 3, 4, 2, 5));
  EXPECT_TRUE(c->extra.empty());
}

TEST(TableHeader, UnnamedColumnsTakeTheirUsualPlaceAndExtraColumnsAreKept) {
  auto c = read_header({"TT", "A", "B", "C", "D", "E", "Ghi chú"});
  ASSERT_TRUE(c.has_value());
  EXPECT_THAT(c->at, ElementsAre(0, 1, 2, 3, 4, 5));
  EXPECT_THAT(c->extra, ElementsAre(6));
}

TEST(TableRows, RepeatedHeaderRowsAreSkipped) {
  Diagnostics d;
  Table t = read_table(
      read_lines(text({kHeader, tsv({"1", "Việc một", "Phòng Kinh tế", "", "Quý I/2026", "Báo cáo"}), "",
                       kHeader, tsv({"2", "Việc hai", "Công an xã", "", "Quý II/2026", ""})})),
      "t.txt", d);
  EXPECT_EQ(t.header_rows, 2u);
  ASSERT_EQ(t.tasks.size(), 2u);
  EXPECT_EQ(t.tasks[1].cells[kText], "Việc hai");
  EXPECT_EQ(t.continuation_rows, 0u);
  EXPECT_EQ(d.items().size(), 0u) << test::warnings(d);
}

TEST(TableRows, SectionRowsInTheirThreeShapes) {
  Diagnostics d;
  TaskList l = tasks_of(
      text({kHeader, tsv({"I. Cải cách thể chế", "", "", "", "", ""}),
            tsv({"1", "Việc", "Phòng Kinh tế", "", "Quý I/2026", ""}),
            tsv({"II", "Cải cách TTHC", "", "", "", ""}), tsv({"2", "Việc", "Phòng Kinh tế", "", "", ""}),
            tsv({"", "III. Cải cách công vụ", "", "", "", ""}),
            tsv({"3", "Việc", "Phòng Kinh tế", "", "", ""})}),
      d);
  ASSERT_EQ(l.sections.size(), 3u);
  EXPECT_EQ(l.sections[0].id, "i");
  EXPECT_EQ(l.sections[0].title, "Cải cách thể chế");
  EXPECT_EQ(l.sections[1].number, "II");
  EXPECT_EQ(l.sections[1].title, "Cải cách TTHC");
  EXPECT_EQ(l.sections[2].id, "iii");
  ASSERT_EQ(l.tasks.size(), 3u);
  EXPECT_EQ(l.tasks[0].section_id, "i");
  EXPECT_EQ(l.tasks[2].section_id, "iii");
}

TEST(TableRows, TrailingDotsAndSpacesOnNumbers) {
  Diagnostics d;
  TaskList l = tasks_of(text({kHeader, tsv({"1.", "Việc một.", "Phòng Kinh tế ", "", "Cả năm 2026 ", ""}),
                              tsv({" 2 ", "Việc hai", "Phòng Kinh tế", "", "", ""})}),
                        d);
  ASSERT_EQ(l.tasks.size(), 2u);
  EXPECT_EQ(l.tasks[0].number, "1");
  EXPECT_EQ(l.tasks[0].id, "nv-1");
  EXPECT_EQ(l.tasks[0].text, "Việc một.");  // the text's own dot stays
  EXPECT_EQ(l.tasks[0].deadline, "Cả năm 2026");
  EXPECT_EQ(l.tasks[1].id, "nv-2");
}

TEST(TableRows, HierarchicalAndLetteredNumbering) {
  Diagnostics d;
  TaskList l = tasks_of(
      text({kHeader, tsv({"1", "Nhóm một", "", "", "", ""}), tsv({"1.1", "Việc", "Phòng A", "", "", ""}),
            tsv({"1.2.", "Việc", "Phòng A", "", "", ""}), tsv({"2", "Nhóm hai", "", "", "", ""}),
            tsv({"a)", "Việc", "Phòng A", "", "", ""}), tsv({"b", "Việc", "Phòng A", "", "", ""})}),
      d);
  ASSERT_EQ(l.tasks.size(), 6u);
  std::vector<std::string> ids, parents;
  for (auto& t : l.tasks) {
    ids.push_back(t.id);
    parents.push_back(t.parent_id);
  }
  EXPECT_THAT(ids, ElementsAre("nv-1", "nv-1-1", "nv-1-2", "nv-2", "nv-2-a", "nv-2-b"));
  EXPECT_THAT(parents, ElementsAre("", "nv-1", "nv-1", "", "nv-2", "nv-2"));
  EXPECT_EQ(l.tasks[4].number, "a)");
  EXPECT_EQ(d.items().size(), 0u) << test::warnings(d);
}

TEST(TableRows, SubRowsUnderAHeadingRow) {
  // Bạch Long Vĩ task 3: "Kiểm tra nội bộ" with no agency, then its rows.
  Diagnostics d;
  TaskList l = tasks_of(text({kHeader, tsv({"3", "Kiểm tra nội bộ", "", "", "", ""}),
                              tsv({"", "Kiểm tra công tác CCHC", "Văn phòng UBND đặc khu",
                                   "Các đơn vị có liên quan", "Cả năm 2026", "Kế hoạch"}),
                              tsv({"", "- Kiểm tra công vụ", "Phòng Nội vụ", "", "Quý II/2026", ""}),
                              tsv({"4", "Việc khác", "Phòng A", "", "", ""})}),
                        d);
  ASSERT_EQ(l.tasks.size(), 4u);
  EXPECT_EQ(l.tasks[1].id, "nv-3-1");
  EXPECT_EQ(l.tasks[1].parent_id, "nv-3");
  EXPECT_EQ(l.tasks[1].number, "");
  EXPECT_THAT(l.tasks[1].lead, ElementsAre("Văn phòng UBND đặc khu"));
  EXPECT_EQ(l.tasks[2].id, "nv-3-2");
  EXPECT_EQ(l.tasks[2].text, "- Kiểm tra công vụ");
  EXPECT_EQ(l.tasks[3].id, "nv-4");
  EXPECT_EQ(d.items().size(), 0u) << test::warnings(d);  // a heading row with sub-rows needs no agency
}

TEST(TableRows, SubRowIdsNeverTakeANumberedRowsId) {
  Diagnostics d;
  TaskList l = tasks_of(text({kHeader, tsv({"3", "Nhóm", "", "", "", ""}),
                              tsv({"", "Dòng con", "Phòng A", "", "Quý I/2026", ""}),
                              tsv({"3.1", "Việc có số", "Phòng B", "", "", ""})}),
                        d);
  ASSERT_EQ(l.tasks.size(), 3u);
  EXPECT_EQ(l.tasks[1].id, "nv-3-2");
  EXPECT_EQ(l.tasks[2].id, "nv-3-1");
}

TEST(TableRows, RowContinuedAfterAPageBreakJoinsItsCells) {
  Diagnostics d;
  TaskList l = tasks_of(text({kHeader,
                              tsv({"10", "Văn bản quy phạm; phối hợp hoạt động", "Văn phòng HĐND và UBND", "",
                                   "Cả năm 2026", "Quyết định của UBND xã"}),
                              "", kHeader, tsv({"", "giữa các cơ quan chuyên môn.", "", "", "", ""}),
                              tsv({"11", "Việc sau", "Phòng A", "", "", ""})}),
                        d);
  ASSERT_EQ(l.tasks.size(), 2u);
  EXPECT_EQ(l.tasks[0].text, "Văn bản quy phạm; phối hợp hoạt động giữa các cơ quan chuyên môn.");
  EXPECT_EQ(d.items().size(), 0u) << test::warnings(d);
}

TEST(TableRows, WordCutByAPageBreakIsJoinedWithASpaceNeverMended) {
  // Tiên Lãng task 16: "… theo" / "đổi thi hành …" stays "theo đổi", as printed.
  Diagnostics d;
  TaskList l =
      tasks_of(text({kHeader,
                     tsv({"16", "Việc", "Phòng A", "", "Cả năm 2026",
                          "<ul style=\"list-style-type: none\"> - Kế hoạch; - Báo cáo tổ chức, theo"}),
                     kHeader, tsv({"", "", "", "", "", "đổi thi hành pháp luật."})}),
               d);
  ASSERT_EQ(l.tasks.size(), 1u);
  EXPECT_THAT(l.tasks[0].products, ElementsAre("Kế hoạch", "Báo cáo tổ chức, theo đổi thi hành pháp luật."));
}

TEST(TableRows, ListCellContinuedOnTheNextPageGetsMoreItems) {
  Diagnostics d;
  TaskList l = tasks_of(
      text(
          {kHeader, tsv({"15", "Việc", "Phòng A", "", "Cả năm 2026", "- Hội nghị tập huấn."}), kHeader,
           tsv({"", "", "", "", "", "<ul style=\"list-style-type: none\"> - Kế hoạch và Báo cáo kết quả."})}),
      d);
  ASSERT_EQ(l.tasks.size(), 1u);
  EXPECT_THAT(l.tasks[0].products, ElementsAre("Hội nghị tập huấn.", "Kế hoạch và Báo cáo kết quả."));
}

TEST(TableRows, AgencyCellContinuedOnTheNextPage) {
  // Tiên Lãng task 31: "… tổ chức xã hội" / "- nghề nghiệp và tổ chức khác …" is one description.
  Diagnostics d;
  TaskList l = tasks_of(
      text({kHeader, tsv({"31", "Kiểm kê", "Phòng Kinh tế", "Cơ quan nhà nước, tổ chức xã hội", "", ""}),
            kHeader, tsv({"", "", "", "- nghề nghiệp và tổ chức khác", "", ""})}),
      d);
  ASSERT_EQ(l.tasks.size(), 1u);
  EXPECT_THAT(l.tasks[0].partners,
              ElementsAre("Cơ quan nhà nước, tổ chức xã hội - nghề nghiệp và tổ chức khác"));
}

TEST(TableRows, UnplaceableUnnumberedRowJoinsTheRowAboveWithAWarning) {
  Diagnostics d;
  TaskList l = tasks_of(text({kHeader, tsv({"1", "Việc một", "Phòng A", "", "Quý I/2026", ""}),
                              tsv({"", "phần tiếp theo", "", "", "", ""})}),
                        d);
  ASSERT_EQ(l.tasks.size(), 1u);
  EXPECT_EQ(l.tasks[0].text, "Việc một phần tiếp theo");
  EXPECT_THAT(test::warnings(d), HasSubstr("t.txt:3: cảnh báo: dòng không số"));
}

TEST(TableRows, UnnumberedRowWithItsOwnAgencyUnderACompleteTaskIsASubRowWithAWarning) {
  Diagnostics d;
  TaskList l = tasks_of(text({kHeader, tsv({"1", "Việc một", "Phòng A", "", "Quý I/2026", ""}),
                              tsv({"", "Việc con", "Phòng B", "", "Quý II/2026", ""})}),
                        d);
  ASSERT_EQ(l.tasks.size(), 2u);
  EXPECT_EQ(l.tasks[1].id, "nv-1-1");
  EXPECT_EQ(l.tasks[1].parent_id, "nv-1");
  EXPECT_THAT(test::warnings(d), HasSubstr("t.txt:3: cảnh báo: dòng không số có cơ quan chủ trì"));
}

TEST(TableRows, StrayTextAndPageNumbersBetweenRows) {
  Diagnostics d;
  Table t = read_table(
      read_lines(text({kHeader, tsv({"1", "Việc một", "Phòng A", "", "Quý I/2026", "Báo cáo"}), "12",
                       "chữ lạc ra ngoài ô", tsv({"2", "Việc hai", "Phòng A", "", "", ""})})),
      "t.txt", d);
  ASSERT_EQ(t.tasks.size(), 2u);
  EXPECT_EQ(t.tasks[0].cells[kProducts], "Báo cáo chữ lạc ra ngoài ô");
  EXPECT_THAT(test::warnings(d), HasSubstr("t.txt:3: cảnh báo: bỏ số trang “12”"));
  EXPECT_THAT(test::warnings(d), HasSubstr("t.txt:4: cảnh báo: dòng chữ giữa bảng"));
}

TEST(TableRows, ExtraColumnsAreKeptInTheTaskText) {
  Diagnostics d;
  std::string header = tsv({"STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm", "Ghi chú"});
  TaskList l =
      tasks_of(text({header, tsv({"1", "Việc một", "Phòng A", "", "Quý I/2026", "", "Đã có kinh phí"})}), d);
  ASSERT_EQ(l.tasks.size(), 1u);
  EXPECT_EQ(l.tasks[0].text, "Việc một\n\nGhi chú: Đã có kinh phí");
  EXPECT_THAT(test::warnings(d),
              HasSubstr("t.txt:1: cảnh báo: cột “Ghi chú” không có trong mô hình dữ liệu"));
}

TEST(TableRows, CellsBeyondTheHeaderJoinTheLastCell) {
  Diagnostics d;
  TaskList l =
      tasks_of(text({kHeader, tsv({"1", "Việc", "Phòng A", "", "Quý I/2026", "Báo cáo", "thừa"})}), d);
  ASSERT_EQ(l.tasks.size(), 1u);
  EXPECT_THAT(l.tasks[0].products, ElementsAre("Báo cáo thừa"));
  EXPECT_THAT(test::warnings(d), HasSubstr("nhiều ô hơn tiêu đề"));
}

TEST(TableRows, RepeatedNumbersGetDistinctIds) {
  Diagnostics d;
  TaskList l = tasks_of(text({kHeader, tsv({"5", "Việc", "Phòng A", "", "", ""}),
                              tsv({"5", "Việc khác", "Phòng A", "", "", ""})}),
                        d);
  ASSERT_EQ(l.tasks.size(), 2u);
  EXPECT_EQ(l.tasks[0].id, "nv-5");
  EXPECT_EQ(l.tasks[1].id, "nv-5-lan-2");
  EXPECT_THAT(test::warnings(d), HasSubstr("t.txt:3: cảnh báo: mã “nv-5” đã dùng"));
}

TEST(TableRows, HtmlInCellsBecomesMarkdown) {
  Diagnostics d;
  TaskList l = tasks_of(text({kHeader, tsv({"2", "<p>Xây dựng báo cáo.</p><p>Gửi Sở Nội vụ.</p>", "Phòng A",
                                            "", "trước ngày 10/12 <i>(đơn vị gửi trước ngày 05/12)</i>",
                                            "<ul><li>Báo cáo quý</li><li>Báo cáo năm</li></ul>"})}),
                        d);
  ASSERT_EQ(l.tasks.size(), 1u);
  EXPECT_EQ(l.tasks[0].text, "Xây dựng báo cáo.\n\nGửi Sở Nội vụ.");
  EXPECT_EQ(l.tasks[0].deadline, "trước ngày 10/12 *(đơn vị gửi trước ngày 05/12)*");
  EXPECT_THAT(l.tasks[0].products, ElementsAre("Báo cáo quý", "Báo cáo năm"));
}

TEST(TableRows, MultiAgencyAndMultiProductCells) {
  Diagnostics d;
  TaskList l = tasks_of(
      text({kHeader, tsv({"20", "Công khai TTHC", "Văn phòng HĐND và UBND; Trung tâm Phục vụ hành chính công",
                          "Phòng Văn hóa - Xã hội và các cơ quan, đơn vị liên quan", "Thường xuyên",
                          "Kế hoạch; Báo cáo kết quả triển khai"})}),
      d);
  ASSERT_EQ(l.tasks.size(), 1u);
  EXPECT_THAT(l.tasks[0].lead, ElementsAre("Văn phòng HĐND và UBND", "Trung tâm Phục vụ hành chính công"));
  EXPECT_THAT(l.tasks[0].partners, ElementsAre("Phòng Văn hóa - Xã hội", "các cơ quan, đơn vị liên quan"));
  EXPECT_THAT(l.tasks[0].products, ElementsAre("Kế hoạch", "Báo cáo kết quả triển khai"));
}

TEST(TableRows, TaskWithoutLeadAgencyIsReported) {
  Diagnostics d;
  tasks_of(text({kHeader, tsv({"7", "Việc", "", "", "Quý I/2026", ""})}), d);
  EXPECT_THAT(test::warnings(d), HasSubstr("t.txt:2: cảnh báo: nhiệm vụ 7 không có cơ quan chủ trì"));
}

TEST(TaskNumber, Shapes) {
  std::string n;
  EXPECT_TRUE(read_task_number("12.", n));
  EXPECT_EQ(n, "12");
  EXPECT_TRUE(read_task_number("1.2", n));
  EXPECT_TRUE(read_task_number("3a", n));
  EXPECT_TRUE(read_task_number("đ)", n));
  EXPECT_EQ(n, "đ)");
  EXPECT_FALSE(read_task_number("I", n));
  EXPECT_FALSE(read_task_number("Ghi chú", n));
  EXPECT_FALSE(read_task_number("", n));
}

}  // namespace
}  // namespace ck::importer
