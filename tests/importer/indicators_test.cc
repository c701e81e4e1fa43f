#include "importer/indicators.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "importer/test_util.h"

namespace ck::importer {
namespace {

using ::testing::ElementsAre;

Target only_target(std::string_view sentence) {
  auto t = find_targets(sentence);
  EXPECT_EQ(t.size(), 1u) << sentence;
  return t.empty() ? Target{} : t[0];
}

TEST(Indicators, AtLeast) {
  Target t = only_target("Mức độ hài lòng của người dân đạt tối thiểu 90%.");
  EXPECT_EQ(t.comparator, ">=");
  EXPECT_EQ(t.value, 90);
  EXPECT_EQ(t.unit, "%");
  EXPECT_EQ(only_target("Tỷ lệ giao dịch đạt từ 50% trở lên.").comparator, ">=");
  EXPECT_EQ(only_target("Ít nhất 80% hồ sơ.").comparator, ">=");
  EXPECT_EQ(only_target("80% hồ sơ, ít nhất là vậy.").comparator,
            "=");  // the words must come before the number
  EXPECT_EQ(only_target("đạt ít nhất 80% hồ sơ.").comparator, ">=");
}

TEST(Indicators, HundredPercentIsAtLeast) {
  EXPECT_EQ(only_target("100% hồ sơ thủ tục hành chính được theo dõi.").comparator, ">=");
  EXPECT_EQ(only_target("Hoàn thành 100% nhiệm vụ được giao.").value, 100);
}

TEST(Indicators, AtMostAndOthers) {
  EXPECT_EQ(only_target("Tỷ lệ hồ sơ trễ hẹn tối đa 5%.").comparator, "<=");
  EXPECT_EQ(only_target("Tỷ lệ trễ hẹn không quá 2%.").comparator, "<=");
  EXPECT_EQ(only_target("Tỷ lệ đạt trên 70%.").comparator, ">");
  EXPECT_EQ(only_target("Tỷ lệ dưới 3%.").comparator, "<");
  EXPECT_EQ(only_target("Tiếp tục giảm bình quân 10% biên chế sự nghiệp.").comparator, "=");
  EXPECT_EQ(only_target("95% cơ quan hành chính nhà nước công khai.").comparator, "=");
}

TEST(Indicators, DecimalValues) {
  EXPECT_DOUBLE_EQ(only_target("đạt tối thiểu 87,5%.").value, 87.5);
  EXPECT_DOUBLE_EQ(only_target("đạt 92.5 %.").value, 92.5);
}

TEST(Indicators, CountedUnits) {
  Target t = only_target("Tổ chức tối thiểu 02 lớp tập huấn.");
  EXPECT_EQ(t.comparator, ">=");
  EXPECT_EQ(t.value, 2);
  EXPECT_EQ(t.unit, "lớp");
  EXPECT_EQ(only_target("Giải quyết không quá 3 ngày.").unit, "ngày");
}

TEST(Indicators, NoTargetNoIndicator) {
  EXPECT_TRUE(find_targets("Thực hiện Nghị định số 118/2025/NĐ-CP ngày 09/6/2025.").empty());
  EXPECT_TRUE(find_targets("Hạn chế tối đa hồ sơ quá hạn.").empty());
  EXPECT_TRUE(find_targets("Áp dụng TCVN ISO 9001:2015.").empty());
}

TEST(Indicators, SentencesSplitAtCapitals) {
  EXPECT_THAT(split_sentences("100% hồ sơ được theo dõi. Hạn chế tối đa hồ sơ quá hạn."),
              ElementsAre("100% hồ sơ được theo dõi.", "Hạn chế tối đa hồ sơ quá hạn."));
  EXPECT_THAT(split_sentences("Báo cáo UBND TP. Hải Phòng đúng hạn."),
              ElementsAre("Báo cáo UBND TP. Hải Phòng đúng hạn."));
  EXPECT_THAT(split_sentences("Ứng dụng AI, IoT,... trong quản lý."),
              ElementsAre("Ứng dụng AI, IoT,... trong quản lý."));
}

TEST(Indicators, FromBlocksNumberedInOrderWithTheirSentence) {
  std::vector<Block> blocks{
      {BlockKind::Letter, "a) Hoàn thành 100% nhiệm vụ.", 3, 10},
      {BlockKind::Bullet,
       "- Mức độ hài lòng đạt tối thiểu 95%. Trong đó, lĩnh vực đất đai đạt tối thiểu 90%.", 2, 12},
      {BlockKind::Bullet, "- 100% thủ tục, trong số đó tỷ lệ thanh toán trực tuyến đạt từ 50% trở lên.", 2,
       14},
      {BlockKind::Recipient, "- 100% không phải chỉ tiêu;", 2, 20},
      {BlockKind::Caps, "ĐẠT 100%", 0, 21},
  };
  auto ind = find_indicators(blocks);
  ASSERT_EQ(ind.size(), 5u);
  EXPECT_EQ(ind[0].id, "ct-1");
  EXPECT_EQ(ind[0].text, "Hoàn thành 100% nhiệm vụ.");
  EXPECT_EQ(ind[0].line, 10);
  EXPECT_EQ(ind[1].text, "Mức độ hài lòng đạt tối thiểu 95%.");
  EXPECT_EQ(ind[2].text, "Trong đó, lĩnh vực đất đai đạt tối thiểu 90%.");
  EXPECT_EQ(ind[3].text, ind[4].text);  // two targets in one sentence: one indicator each
  EXPECT_EQ(ind[3].value, 100);
  EXPECT_EQ(ind[4].value, 50);
  EXPECT_EQ(ind[4].comparator, ">=");
  EXPECT_EQ(ind[4].id, "ct-5");
}

}  // namespace
}  // namespace ck::importer
