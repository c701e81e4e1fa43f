#include "importer/narrative.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "importer/narrative_markdown.h"
#include "importer/test_util.h"

namespace ck::importer {
namespace {

using test::text;
using ::testing::HasSubstr;

// Reflows a body (no metadata) and renders it.
std::string markdown_of(const std::string& body) {
  std::vector<Line> lines = read_lines(body);
  return render_markdown(reflow(lines, std::vector<LineRole>(lines.size(), LineRole::Body)));
}

std::vector<Block> blocks_of(const std::string& body) {
  std::vector<Line> lines = read_lines(body);
  return reflow(lines, std::vector<LineRole>(lines.size(), LineRole::Body));
}

TEST(Reflow, SentenceCutByAPageBreakIsJoined) {
  auto b = blocks_of(text({"d) Thực hiện kiểm tra tại 100% các cơ quan thuộc Ủy", "", "ban nhân dân xã.", "",
                           "đ) 100% hồ sơ thủ tục hành chính."}));
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].text, "d) Thực hiện kiểm tra tại 100% các cơ quan thuộc Ủy ban nhân dân xã.");
  EXPECT_EQ(b[0].kind, BlockKind::Letter);
  EXPECT_EQ(b[0].line, 1);
  EXPECT_EQ(b[1].line, 5);
}

TEST(Reflow, PdfLinesWrappedAtThePageWidth) {
  auto b = blocks_of(
      text({"Thực hiện tốt mục tiêu tại Nghị quyết số ", "",
            "76/NQ-CP ngày 15/7/2021 (gọi tắt là Nghị quyết số 76/NQ- ", "",
            "CP), cụ thể: Tiếp tục xây dựng nền hành chính. ", "", "Gắn mục tiêu cải cách hành chính."}));
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].text,
            "Thực hiện tốt mục tiêu tại Nghị quyết số 76/NQ-CP ngày 15/7/2021 (gọi tắt là Nghị quyết số "
            "76/NQ- CP), cụ thể: "
            "Tiếp tục xây dựng nền hành chính.");
  EXPECT_EQ(b[1].text, "Gắn mục tiêu cải cách hành chính.");
}

TEST(Reflow, HeadingTakesOnlyLowerCaseContinuations) {
  auto b = blocks_of(
      text({"1. Phòng Văn hóa - Xã hội", "Là cơ quan thường trực, có", "trách nhiệm:",
            "2. Tăng cường công tác chỉ đạo, điều hành việc triển khai thực hiện cải", "cách hành chính"}));
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b[0].text, "1. Phòng Văn hóa - Xã hội");
  EXPECT_EQ(b[1].text, "Là cơ quan thường trực, có trách nhiệm:");
  EXPECT_EQ(b[2].text,
            "2. Tăng cường công tác chỉ đạo, điều hành việc triển khai thực hiện cải cách hành chính");
}

TEST(Reflow, BracketedNoteIsComplete) {
  auto b = blocks_of(text(
      {"(Kèm theo Quyết định số 07/QĐ-UBND", "của Chủ tịch Ủy ban nhân dân)", "Căn cứ Quyết định số 5256."}));
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].text, "(Kèm theo Quyết định số 07/QĐ-UBND của Chủ tịch Ủy ban nhân dân)");
}

TEST(Reflow, CapitalsArticlesAndBullets) {
  auto b = blocks_of(text({"QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo.", "- Ý một", "+ Ý con của", "TTHC.",
                           "DANH MỤC NHIỆM VỤ,", "CÔNG TÁC NĂM 2026"}));
  ASSERT_EQ(b.size(), 5u);
  EXPECT_EQ(b[0].kind, BlockKind::Caps);
  EXPECT_EQ(b[1].kind, BlockKind::Article);
  EXPECT_EQ(b[2].kind, BlockKind::Bullet);
  EXPECT_EQ(b[3].kind, BlockKind::SubBullet);
  EXPECT_EQ(b[3].text, "+ Ý con của TTHC.");  // a wrapped word in capitals still continues
  EXPECT_EQ(b[4].text, "DANH MỤC NHIỆM VỤ, CÔNG TÁC NĂM 2026");
}

TEST(NarrativeMarkdown, StructureBecomesHeadingsAndLists) {
  std::string md = markdown_of(
      text({"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích, yêu cầu", "a) Công tác cải cách là nhiệm vụ trọng tâm.",
            "b) Đáp ứng yêu cầu.", "2. Phân công", "a) Phòng Văn hóa - Xã hội", "- Chủ trì, phối hợp.",
            "- Tổng hợp, báo cáo.", "+ Báo cáo quý.", "Tỷ lệ đạt tối thiểu 75%.", "- Theo dõi.",
            "b) Công an xã", "Chủ trì thực hiện."}));
  EXPECT_EQ(md,
            "## I. MỤC ĐÍCH, YÊU CẦU\n\n"
            "### 1. Mục đích, yêu cầu\n\n"
            "a) Công tác cải cách là nhiệm vụ trọng tâm.\n\n"
            "b) Đáp ứng yêu cầu.\n\n"
            "### 2. Phân công\n\n"
            "#### a) Phòng Văn hóa - Xã hội\n\n"
            "- Chủ trì, phối hợp.\n"
            "- Tổng hợp, báo cáo.\n"
            "  + Báo cáo quý.\n\n"
            "    Tỷ lệ đạt tối thiểu 75%.\n"
            "- Theo dõi.\n\n"
            "#### b) Công an xã\n\n"
            "Chủ trì thực hiện.\n");
}

TEST(NarrativeMarkdown, LongNumberedParagraphIsEscapedNotAList) {
  std::string md = markdown_of(
      text({"5. Đổi mới phương pháp", "- Khảo sát.",
            "6. Đề nghị Mặt trận Tổ quốc Việt Nam xã và các đoàn thể xã: Phối hợp với các cơ quan."}));
  EXPECT_THAT(md, HasSubstr("### 5. Đổi mới phương pháp"));
  EXPECT_THAT(md, HasSubstr("\n\n6\\. Đề nghị Mặt trận"));
}

TEST(NarrativeMarkdown, NumberHeadsDeeperNumbering) {
  std::string md = markdown_of(text({"2. Chỉ tiêu", "2.1. Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.",
                                     "2.2. Tỷ lệ trễ hẹn", "3. Một", "4. Hai"}));
  EXPECT_EQ(md,
            "### 2. Chỉ tiêu\n\n2.1. Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.\n\n2.2. Tỷ lệ trễ hẹn\n\n3\\. "
            "Một\n\n4\\. Hai\n");
}

TEST(NarrativeMarkdown, ShortLetteredSiblingsStayParagraphs) {
  std::string md = markdown_of(text({"a) Một", "b) Hai"}));
  EXPECT_EQ(md, "a) Một\n\nb) Hai\n");
}

TEST(NarrativeMarkdown, ClosingBlocks) {
  std::vector<Line> lines =
      read_lines(text({"Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT.", "**TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH**",
                       "Phạm Văn Giang", "Phụ lục", "DANH MỤC", "Điều 2. Hiệu lực."}));
  std::vector<LineRole> roles{LineRole::RecipientsHead, LineRole::Recipient,     LineRole::Recipient,
                              LineRole::SignatureRole,  LineRole::SignatureRole, LineRole::SignatureName,
                              LineRole::AppendixHead,   LineRole::Body,          LineRole::Body};
  EXPECT_EQ(render_markdown(reflow(lines, roles)),
            "**Nơi nhận:**\n\n- Sở Nội vụ;\n- Lưu: VT.\n\n**TM. ỦY BAN NHÂN DÂN**\\\n**CHỦ TỊCH**\n\n**Phạm "
            "Văn Giang**\n\n"
            "## Phụ lục\n\n**DANH MỤC**\n\n**Điều 2.** Hiệu lực.\n");
}

TEST(NarrativeMarkdown, DroppedLinesDoNotBreakASentence) {
  std::vector<Line> lines =
      read_lines(text({"nâng cao ý thức của cá nhân, tổ chức ", "", "2 ", "", "và toàn xã hội."}));
  std::vector<LineRole> roles(lines.size(), LineRole::Body);
  roles[2] = LineRole::PageNumber;
  EXPECT_EQ(render_markdown(reflow(lines, roles)), "nâng cao ý thức của cá nhân, tổ chức và toàn xã hội.\n");
}

TEST(NarrativeMarkdown, EscapesWhatWouldBecomeStructure) {
  EXPECT_EQ(escape_paragraph_start("6. Đề nghị"), "6\\. Đề nghị");
  EXPECT_EQ(escape_paragraph_start("3) Ba"), "3\\) Ba");
  EXPECT_EQ(escape_paragraph_start("# Không phải tiêu đề"), "\\# Không phải tiêu đề");
  EXPECT_EQ(escape_paragraph_start("100% hồ sơ"), "100% hồ sơ");
  EXPECT_EQ(escape_paragraph_start("2026 là năm"), "2026 là năm");
}

}  // namespace
}  // namespace ck::importer
