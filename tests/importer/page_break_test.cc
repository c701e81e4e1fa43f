// Rows cut by a page break (issue 15): the rest of a row on the next page is
// joined to it — mid-sentence cuts, lower-case starts, agency names cut in two,
// a row with no text — while a real sub-row stays a sub-row, and when the
// importer is not sure it warns quoting both source lines. No task is left
// with an empty text and no piece of a name becomes an agency.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "importer/test_util.h"

namespace ck::importer {
namespace {

using test::kHeader;
using test::tsv;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

std::string table(std::initializer_list<std::string> rows) {
  std::string out = kHeader + "\n";
  for (const auto& r : rows) out += r + "\n";
  return out;
}

TEST(PageBreak, SentenceAndAgencyCutUnderAHeadingRowAreJoined) {
  RecordProperty("robustness_class", "page-break continuation rows in an appendix table");
  RecordProperty("robustness_cases", 4);
  RecordProperty("robustness_outcome",
                 "joined to the row above; no empty task, no name fragment as an agency");
  Diagnostics d;
  TaskList t = test::tasks_of(
      table({tsv({"1", "Kiểm soát thủ tục hành chính", "", "", "", ""}),
             tsv({"", "Niêm yết công khai thủ tục hành chính tại Trung", "Văn phòng HĐND và UBND", "Các cơ",
                  "Thường xuyên", "Báo cáo"}),
             "5", kHeader,
             tsv({"", "tâm Phục vụ hành chính công xã.", "Các phòng chuyên môn", "quan, đơn vị liên quan", "",
                  ""}),
             tsv({"", "Tiếp nhận hồ sơ trực tuyến", "Trung tâm Phục vụ hành", "", "Quý I/2026", "Báo cáo"}),
             kHeader, tsv({"", "", "chính công", "", "", ""})}),
      d);
  ASSERT_EQ(t.tasks.size(), 3u) << test::warnings(d);
  EXPECT_EQ(t.tasks[1].text,
            "Niêm yết công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã.");
  EXPECT_THAT(t.tasks[1].lead, ElementsAre("Văn phòng HĐND và UBND", "Các phòng chuyên môn"));
  EXPECT_THAT(t.tasks[1].partners, ElementsAre("Các cơ quan, đơn vị liên quan"));
  EXPECT_EQ(t.tasks[1].deadline, "Thường xuyên");
  EXPECT_THAT(t.tasks[2].lead, ElementsAre("Trung tâm Phục vụ hành chính công"));
  for (const auto& task : t.tasks) EXPECT_FALSE(task.text.empty()) << task.id;
  EXPECT_THAT(test::warnings(d), Not(HasSubstr("mảnh tên"))) << test::warnings(d);
}

TEST(PageBreak, ARealSubRowAfterAPageHeaderStaysASubRow) {
  Diagnostics d;
  TaskList t = test::tasks_of(
      table({tsv({"3", "Kiểm tra nội bộ", "", "", "", ""}),
             tsv({"", "Kiểm tra việc niêm yết.", "Văn phòng HĐND và UBND", "", "Quý I/2026", ""}), kHeader,
             tsv({"", "Kiểm tra Bộ phận một cửa.", "Văn phòng HĐND và UBND", "", "Quý II/2026", ""})}),
      d);
  ASSERT_EQ(t.tasks.size(), 3u);
  EXPECT_EQ(t.tasks[2].parent_id, "nv-3");
  EXPECT_EQ(d.warning_count(), 0u) << test::warnings(d);
}

TEST(PageBreak, WhenUnsureItWarnsQuotingBothLines) {
  Diagnostics d;
  TaskList t = test::tasks_of(
      table({tsv({"3", "Kiểm tra nội bộ", "", "", "", ""}),
             tsv({"", "Kiểm tra việc niêm yết thủ tục hành chính tại", "Văn phòng HĐND và UBND", "", "", ""}),
             kHeader, tsv({"", "Bộ phận một cửa", "Công an xã", "", "Quý II/2026", ""})}),
      d);
  ASSERT_EQ(t.tasks.size(), 3u);
  std::string w = test::warnings(d);
  EXPECT_THAT(
      w, HasSubstr("t.txt:5: cảnh báo: dòng không số ngay sau tiêu đề trang có cơ quan, thời hạn riêng"));
  EXPECT_THAT(w, HasSubstr("dòng 3: “Kiểm tra việc niêm yết thủ tục hành chính tại Văn phòng HĐND và UBND”"));
  EXPECT_THAT(w, HasSubstr("dòng 5: “Bộ phận một cửa Công an xã Quý II/2026”"));
}

TEST(PageBreak, ALowerCaseRowWithoutAPageHeaderIsJoinedWithAWarning) {
  Diagnostics d;
  TaskList t = test::tasks_of(table({tsv({"1", "Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của",
                                          "Văn phòng HĐND và UBND", "", "Quý I/2026", ""}),
                                     tsv({"", "Ủy ban nhân dân xã", "", "", "", ""}),
                                     tsv({"", "và công bố kết quả.", "", "", "", ""})}),
                              d);
  ASSERT_EQ(t.tasks.size(), 1u);
  EXPECT_EQ(
      t.tasks[0].text,
      "Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã và công bố kết quả.");
  EXPECT_THAT(test::warnings(d),
              HasSubstr("t.txt:4: cảnh báo: dòng không số có ô nội dung bắt đầu bằng chữ thường"));
}

TEST(PageBreak, ANameFragmentLeftInACellIsReported) {
  Diagnostics d;
  TaskList t = test::tasks_of(
      table({tsv({"1", "Việc một.", "Trung tâm Phục vụ hành", "", "Quý I/2026", ""}),
             tsv({"2", "Việc hai.", "Trung tâm Phục vụ hành chính công", "quan", "Quý I/2026", ""})}),
      d);
  ASSERT_EQ(t.tasks.size(), 2u);
  std::string w = test::warnings(d);
  EXPECT_THAT(w, HasSubstr("t.txt:2: cảnh báo: nhiệm vụ 1: cơ quan “Trung tâm Phục vụ hành” là phần đầu của "
                           "“Trung tâm Phục vụ hành chính công” — có thể là mảnh tên bị ngắt trang"));
  EXPECT_THAT(w, HasSubstr("t.txt:3: cảnh báo: nhiệm vụ 2: cơ quan “quan” bắt đầu bằng chữ thường"));
  // The cells are marked "not compared with the original", which keeps the fragments off the agency pages.
  EXPECT_EQ(t.tasks[0].unverified, (std::vector<std::string>{"co_quan_chu_tri"}));
  EXPECT_EQ(t.tasks[1].unverified, (std::vector<std::string>{"co_quan_phoi_hop"}));
}

TEST(PageBreak, AGroupAfterVaIsNotAFragment) {
  Diagnostics d;
  TaskList t = test::tasks_of(
      table({tsv({"1", "Việc một.", "Phòng Văn hóa - Xã hội và các cơ quan, đơn vị liên quan", "", "Quý I/2026", ""})}),
      d);
  ASSERT_EQ(t.tasks[0].lead.size(), 2u);
  EXPECT_THAT(test::warnings(d), Not(HasSubstr("mảnh tên")));
}

}  // namespace
}  // namespace ck::importer
