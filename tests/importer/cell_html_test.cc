#include "importer/cell_html.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace ck::importer {
namespace {

using ::testing::ElementsAre;

TEST(CellHtml, ItalicBecomesEmphasis) {
  EXPECT_EQ(cell_line("trước ngày 10/12 <i>(các cơ quan gửi trước ngày 05/12)</i>"),
            "trước ngày 10/12 *(các cơ quan gửi trước ngày 05/12)*");
  EXPECT_EQ(cell_line("<em>a</em> <b>b</b> <strong>c</strong>"), "*a* **b** **c**");
}

TEST(CellHtml, UlWithDashItemsBecomesList) {
  EXPECT_EQ(cell_markdown(
                "<ul style=\"list-style-type: none\"> - Đổi mới thu, chi trên địa bàn - Kiểm soát chi. - Rà "
                "soát Quy chế; Công tác quản lý. "),
            "- Đổi mới thu, chi trên địa bàn\n- Kiểm soát chi.\n- Rà soát Quy chế; Công tác quản lý.");
}

TEST(CellHtml, LiItemsBecomeList) {
  EXPECT_EQ(cell_markdown("<ul><li>Kế hoạch</li><li>Báo cáo</li></ul>"), "- Kế hoạch\n- Báo cáo");
}

TEST(CellHtml, ParagraphsAndBreaksSeparate) {
  EXPECT_EQ(cell_markdown("<p>Đoạn một.</p><p>Đoạn hai.</p>"), "Đoạn một.\n\nĐoạn hai.");
  EXPECT_EQ(cell_line("Quý I/2026<br>Quý III/2026"), "Quý I/2026 Quý III/2026");
}

TEST(CellHtml, SingleLeadingDashIsAOneItemList) {
  EXPECT_EQ(cell_markdown("- Tiếp tục triển khai rà soát"), "- Tiếp tục triển khai rà soát");
}

TEST(CellHtml, HyphenatedNamesAreNotItemBreaks) {
  EXPECT_THAT(split_dash_items("- Phối hợp với Phòng Văn hóa - Xã hội và Phòng Kinh tế - Hạ tầng"),
              ElementsAre("Phối hợp với Phòng Văn hóa - Xã hội và Phòng Kinh tế - Hạ tầng"));
  EXPECT_THAT(split_dash_items("- các tổ chức chính trị - xã hội - Báo cáo"),
              ElementsAre("các tổ chức chính trị - xã hội", "Báo cáo"));
}

TEST(CellHtml, ProductsSplitOnSemicolon) {
  EXPECT_THAT(cell_items("Kế hoạch; Báo cáo kết quả triển khai"),
              ElementsAre("Kế hoạch", "Báo cáo kết quả triển khai"));
}

TEST(CellHtml, ProductsCommaIsNotASeparator) {
  EXPECT_THAT(cell_items("Báo kết quả rà soát, văn bản đề nghị thẩm định chất lượng,"),
              ElementsAre("Báo kết quả rà soát, văn bản đề nghị thẩm định chất lượng,"));
}

TEST(CellHtml, ProductsListDropsSeparatingSemicolonKeepsOtherPunctuation) {
  EXPECT_THAT(
      cell_items(
          "<ul style=\"list-style-type: none\"> - Kế hoạch triển khai; - Văn bản hướng dẫn; - Hội nghị, "
          "tọa đàm. - Báo cáo theo quy định."),
      ElementsAre("Kế hoạch triển khai", "Văn bản hướng dẫn", "Hội nghị, tọa đàm.",
                  "Báo cáo theo quy định."));
}

TEST(CellHtml, DashItemThenUlContinuationAreTwoProducts) {
  // Tiên Lãng task 15: the second product comes after a page break, in its own <ul>.
  EXPECT_THAT(
      cell_items(
          "- Hội nghị tập huấn về kiểm tra văn bản QPPL. <ul style=\"list-style-type: none\"> - Kế hoạch "
          "và Báo cáo kết quả."),
      ElementsAre("Hội nghị tập huấn về kiểm tra văn bản QPPL.", "Kế hoạch và Báo cáo kết quả."));
}

TEST(CellHtml, EntitiesDecoded) {
  EXPECT_EQ(cell_line("Sở Nội vụ &amp; Sở Tư pháp&nbsp; &lt;x&gt;"), "Sở Nội vụ & Sở Tư pháp <x>");
}

TEST(CellHtml, LessThanThatIsNotATagStays) {
  EXPECT_EQ(cell_line("tỷ lệ < 5% và 3 <4"), "tỷ lệ < 5% và 3 <4");
}

TEST(CellHtml, UnknownTagsStrippedAndReported) {
  std::vector<std::string> unknown;
  EXPECT_EQ(cell_line("<span>a</span> <blink>b</blink> <font>c</font>", &unknown), "a b c");
  EXPECT_THAT(unknown, ElementsAre("<blink>", "</blink>"));
}

TEST(CellHtml, WhitespaceNormalisedTrailingSpacesGone) {
  EXPECT_EQ(cell_line("  Cả   năm\u00a02026  "), "Cả năm 2026");
  EXPECT_EQ(cell_markdown(""), "");
  EXPECT_TRUE(cell_items("   ").empty());
}

}  // namespace
}  // namespace ck::importer
