#include "importer/document_meta.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "importer/test_util.h"

namespace ck::importer {
namespace {

using test::text;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

MetaResult meta_of(const std::string& doc, Diagnostics& d) { return read_meta(read_lines(doc), "kh.txt", d); }

const std::string kPlanHead =
    text({"", "Số: /KH-UBND", "", "Tiên Lãng, ngày tháng 01 năm 2026", "", "KẾ HOẠCH",
          "Cải cách hành chính nhà nước xã Tiên Lãng năm 2026", "",
          "Thực hiện Quyết định số 5256/QĐ-UBND ngày 26/12/2025 của Ủy ban nhân dân thành phố, "
          "Ủy ban nhân dân xã Tiên Lãng ban hành Kế hoạch cụ thể như sau:",
          "", "I. MỤC ĐÍCH", "", "1. Mục đích"});

TEST(DocumentMeta, PlanWithBlankNumberAndPartialDate) {
  Diagnostics d;
  MetaResult r = meta_of(kPlanHead, d);
  EXPECT_EQ(r.meta.number, "/KH-UBND");
  EXPECT_EQ(r.meta.place, "Tiên Lãng");
  EXPECT_EQ(r.meta.issued, "2026-01");
  EXPECT_EQ(r.meta.kind, "Kế hoạch");
  EXPECT_EQ(r.meta.title, "Kế hoạch Cải cách hành chính nhà nước xã Tiên Lãng năm 2026");
  EXPECT_EQ(r.meta.period, "2026");
  EXPECT_EQ(r.meta.issuer, "Ủy ban nhân dân xã Tiên Lãng");
  EXPECT_THAT(r.meta.implements, ElementsAre("5256/QĐ-UBND"));
  // Number, date and title went to front matter; the preamble stays in the text.
  EXPECT_EQ(r.roles[1], LineRole::Consumed);
  EXPECT_EQ(r.roles[3], LineRole::Consumed);
  EXPECT_EQ(r.roles[5], LineRole::Consumed);
  EXPECT_EQ(r.roles[6], LineRole::Consumed);
  EXPECT_EQ(r.roles[8], LineRole::Body);
}

TEST(DocumentMeta, NumberWithSpacesInsideTheBlank) {
  Diagnostics d;
  MetaResult r = meta_of(
      text({"Số:         /KH-UBND ", "X, ngày 07 tháng 01 năm 2026", "KẾ HOẠCH", "Việc năm 2026", "I. A"}),
      d);
  EXPECT_EQ(r.meta.number, "/KH-UBND");
  EXPECT_EQ(r.meta.issued, "2026-01-07");
}

TEST(DocumentMeta, DateShapes) {
  auto issued = [](const std::string& line) {
    Diagnostics d;
    return meta_of(text({line, "KẾ HOẠCH", "Việc năm 2026", "I. A"}), d).meta.issued;
  };
  EXPECT_EQ(issued("Tân Minh, ngày      tháng 9 năm 2025 "), "2025-09");
  EXPECT_EQ(issued("Tân Minh, ngày tháng năm 2025"), "2025");
  EXPECT_EQ(issued("Bạch Long Vĩ, ngày 07/01/2026"), "2026-01-07");
  EXPECT_EQ(issued("Bạch Long Vĩ, ngày 7/1/2026"), "2026-01-07");
}

TEST(DocumentMeta, ImpossibleDateIsLeftOutWithAWarning) {
  Diagnostics d;
  MetaResult r = meta_of(text({"X, ngày 31 tháng 02 năm 2026", "KẾ HOẠCH", "Việc năm 2026", "I. A"}), d);
  EXPECT_EQ(r.meta.issued, "");
  EXPECT_EQ(r.meta.place, "X");
  EXPECT_THAT(d.format_all(), HasSubstr("kh.txt:1: cảnh báo: ngày ban hành không hợp lệ"));
}

TEST(DocumentMeta, PeriodOfAProgramme) {
  Diagnostics d;
  MetaResult r = meta_of(text({"KẾ HOẠCH", "Thực hiện Chương trình tổng thể cải cách hành chính nhà nước ",
                               "    giai đoạn 2026 - 2030 ", "I. MỤC ĐÍCH"}),
                         d);
  EXPECT_EQ(r.meta.title,
            "Kế hoạch Thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2026 - 2030");
  EXPECT_EQ(r.meta.period, "2026-2030");
}

TEST(DocumentMeta, IssuerFromTheCapitalsHeadingThePage) {
  Diagnostics d;
  MetaResult r =
      meta_of(text({" ỦY BAN NHÂN DÂN ", "XÃ TÂN MINH ", "Số:  /KH-UBND",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ", "Độc lập - Tự do - Hạnh phúc ",
                    "Tân Minh, ngày tháng 9 năm 2025", "KẾ HOẠCH", "Việc giai đoạn 2026 - 2030", "I. A"}),
              d);
  EXPECT_EQ(r.meta.issuer, "Ủy ban nhân dân xã Tân Minh");
  EXPECT_EQ(r.roles[0], LineRole::Consumed);
  EXPECT_EQ(r.roles[3], LineRole::Omitted);
  EXPECT_THAT(d.format_all(), HasSubstr("kh.txt:4: cảnh báo: bỏ quốc hiệu, tiêu ngữ"));
  EXPECT_THAT(d.format_all(), HasSubstr("kh.txt:5: cảnh báo: bỏ quốc hiệu, tiêu ngữ"));
}

TEST(DocumentMeta, DecisionIssuingAPlan) {
  Diagnostics d;
  std::string doc = text({
      "Số: 07/QĐ-UBND",                                                                // 1
      "Bạch Long Vĩ, ngày 07 tháng 01 năm 2026",                                       // 2
      "QUYẾT ĐỊNH",                                                                    // 3
      "Ban hành Kế hoạch Cải cách hành chính nhà nước đặc khu Bạch Long Vĩ năm 2026",  // 4
      "CHỦ TỊCH ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ",                                 // 5
      "Căn cứ Quyết định số 95/QĐ-UBND ngày 03/9/2025 của Chủ tịch;",                  // 6
      "QUYẾT ĐỊNH:",                                                                   // 7
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",                            // 8
      "Nơi nhận:",                                                                     // 9
      "- Như Điều 3;",                                                                 // 10
      "- Lưu: VT, VHXX.",                                                              // 11
      "CHỦ TỊCH",                                                                      // 12
      "",                                                                              // 13
      "Đào Minh Đông",                                                                 // 14
      "KẾ HOẠCH",                                                                      // 15
      "Cải cách hành chính nhà nước đặc khu Bạch Long Vĩ năm 2026",                    // 16
      "(Kèm theo Quyết định số 07/QĐ-UBND ngày 07 tháng 01 năm 2026",                  // 17
      "",                                                                              // 18
      "của Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ)",                            // 19
      "Căn cứ Quyết định quyết số 5256/QĐ-UBND ngày 26 tháng 12 năm 2025, Ủy ban nhân dân đặc khu ban hành "
      "Kế hoạch:",
      "I. MỤC ĐÍCH, YÊU CẦU",
  });
  MetaResult r = meta_of(doc, d);
  EXPECT_EQ(r.meta.kind, "Quyết định");
  EXPECT_EQ(r.meta.number, "07/QĐ-UBND");
  EXPECT_EQ(r.meta.issued, "2026-01-07");
  EXPECT_EQ(r.meta.title, "Kế hoạch Cải cách hành chính nhà nước đặc khu Bạch Long Vĩ năm 2026");
  EXPECT_EQ(r.meta.issuer, "Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ");
  // What the plan implements comes from the plan's own preamble: not the
  // decision's legal bases, not the decision that issues it.
  EXPECT_THAT(r.meta.implements, ElementsAre("5256/QĐ-UBND"));
  EXPECT_EQ(r.meta.signer, "Đào Minh Đông");
  EXPECT_EQ(r.meta.signer_role, "CHỦ TỊCH");
  EXPECT_THAT(r.meta.recipients, ElementsAre("Như Điều 3", "Lưu: VT, VHXX"));
  // Both titles stay in the text, in bold.
  EXPECT_EQ(r.roles[2], LineRole::Title);
  EXPECT_EQ(r.roles[3], LineRole::Title);
  EXPECT_EQ(r.roles[14], LineRole::Title);
  EXPECT_EQ(r.roles[15], LineRole::Title);
  EXPECT_EQ(r.roles[6], LineRole::Body);  // "QUYẾT ĐỊNH:" is not a title
  EXPECT_EQ(r.roles[8], LineRole::RecipientsHead);
  EXPECT_EQ(r.roles[9], LineRole::Recipient);
  EXPECT_EQ(r.roles[11], LineRole::SignatureRole);
  EXPECT_EQ(r.roles[13], LineRole::SignatureName);
}

TEST(DocumentMeta, RecipientsAndSignatureAtTheEnd) {
  Diagnostics d;
  MetaResult r =
      meta_of(text({"KẾ HOẠCH", "Việc năm 2026", "I. A", "Nội dung.", "Nơi nhận: ", "- Sở Nội  vụ; ", "",
                    "- Lưu: VT.  ", "", "**TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH**", "", "Phạm Văn Giang",
                    "Phụ lục", "DANH MỤC NHIỆM VỤ"}),
              d);
  EXPECT_THAT(r.meta.recipients, ElementsAre("Sở Nội vụ", "Lưu: VT"));
  EXPECT_EQ(r.meta.signer_role, "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH");
  EXPECT_EQ(r.meta.signer, "Phạm Văn Giang");
  EXPECT_EQ(r.roles[13], LineRole::AppendixHead);
  EXPECT_EQ(r.roles[14], LineRole::Body);
  EXPECT_EQ(d.items().size(), 3u) << d.format_all();  // no number, date or issuer
}

TEST(DocumentMeta, SignatureWithoutRecipients) {
  Diagnostics d;
  MetaResult r = meta_of(
      text({"KẾ HOẠCH", "Việc năm 2026", "I. A", "Nội dung.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn A"}),
      d);
  EXPECT_EQ(r.meta.signer_role, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
  EXPECT_EQ(r.meta.signer, "Lê Văn A");
  EXPECT_THAT(d.format_all(), HasSubstr("không tìm thấy “Nơi nhận:”"));
}

TEST(DocumentMeta, PageNumbersAreDroppedWithAWarning) {
  Diagnostics d;
  MetaResult r = meta_of(
      text({"KẾ HOẠCH", "Việc năm 2026", "I. A", "cá nhân, tổ chức", "", "2 ", "và toàn xã hội."}), d);
  EXPECT_EQ(r.roles[5], LineRole::PageNumber);
  EXPECT_THAT(d.format_all(), HasSubstr("kh.txt:6: cảnh báo: bỏ số trang “2”"));
}

TEST(DocumentMeta, MissingTitleIsAnError) {
  Diagnostics d;
  meta_of(text({"Số: 1/KH-UBND", "I. MỤC ĐÍCH", "Nội dung."}), d);
  EXPECT_TRUE(d.has_errors());
  EXPECT_THAT(d.format_all(), HasSubstr("không tìm thấy tên văn bản"));
}

TEST(DocumentMeta, TitleWithoutAYearTakesTheIssueYear) {
  Diagnostics d;
  MetaResult r = meta_of(text({"X, ngày 02 tháng 3 năm 2027", "KẾ HOẠCH", "Cải cách hành chính", "I. A"}), d);
  EXPECT_EQ(r.meta.period, "2027");
  EXPECT_THAT(d.format_all(), HasSubstr("kh.txt:2: cảnh báo: tên văn bản không ghi năm"));
}

TEST(DocumentNumbers, FoundWhereverCited) {
  EXPECT_THAT(
      find_document_numbers("Thực hiện Quyết định số 5256/QĐ-UBND ngày 26/12/2025; Nghị quyết số 45-NQ/TW, "
                            "Nghị định số 118/2025/NĐ-CP. Kế hoạch số: 07/KH-UBND và số 5256/QĐ-UBND."),
      ElementsAre("5256/QĐ-UBND", "45-NQ/TW", "118/2025/NĐ-CP", "07/KH-UBND"));
  EXPECT_TRUE(find_document_numbers("một số nhiệm vụ, số 12 lớp").empty());
}

TEST(RestoreCase, PlaceNameTakesItsPrintedCapitals) {
  EXPECT_EQ(restore_case("ỦY BAN NHÂN DÂN XÃ TÂN MINH", "Tân Minh"), "Ủy ban nhân dân xã Tân Minh");
  EXPECT_EQ(restore_case("CHỦ TỊCH ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ", "Bạch Long Vĩ"),
            "Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ");
  EXPECT_EQ(restore_case("ỦY BAN NHÂN DÂN XÃ A", ""), "Ủy ban nhân dân xã a");
}

}  // namespace
}  // namespace ck::importer
