#include "importer/agencies.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace ck::importer {
namespace {

using ::testing::ElementsAre;

TEST(Agencies, SemicolonSeparates) {
  EXPECT_THAT(split_agencies("Văn phòng HĐND và UBND; Trung tâm Phục vụ hành chính công"),
              ElementsAre("Văn phòng HĐND và UBND", "Trung tâm Phục vụ hành chính công"));
}

TEST(Agencies, JointOfficeIsOneName) {
  EXPECT_THAT(split_agencies("Văn phòng HĐND và UBND"), ElementsAre("Văn phòng HĐND và UBND"));
  EXPECT_THAT(split_agencies("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"),
              ElementsAre("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"));
}

TEST(Agencies, AgencyAndGenericPartnersAreTwo) {
  EXPECT_THAT(split_agencies("Phòng Văn hóa - Xã hội và các cơ quan, đơn vị liên quan"),
              ElementsAre("Phòng Văn hóa - Xã hội", "các cơ quan, đơn vị liên quan"));
}

TEST(Agencies, TwoNamedAgenciesAreTwo) {
  EXPECT_THAT(split_agencies("Phòng Kinh tế và Công an xã và Trung tâm Dịch vụ sự nghiệp công"),
              ElementsAre("Phòng Kinh tế", "Công an xã", "Trung tâm Dịch vụ sự nghiệp công"));
}

TEST(Agencies, CommasNeverSeparate) {
  EXPECT_THAT(split_agencies("Các cơ quan, đơn vị liên quan"), ElementsAre("Các cơ quan, đơn vị liên quan"));
}

TEST(Agencies, DescriptionWithVaStaysWhole) {
  std::string partners =
      "Cơ quan nhà nước, đơn vị sự nghiệp công lập, tổ chức xã hội - nghề nghiệp và tổ chức khác được thành "
      "lập theo quy "
      "định";
  EXPECT_THAT(split_agencies(partners), ElementsAre(partners));
  EXPECT_THAT(split_agencies("Hội đồng nhân dân và Phòng Kinh tế"),
              ElementsAre("Hội đồng nhân dân và Phòng Kinh tế"));
}

TEST(Agencies, TrailingDotsAndSpacesDropped) {
  EXPECT_THAT(split_agencies("  Công an xã.  ; Phòng Kinh tế ;"), ElementsAre("Công an xã", "Phòng Kinh tế"));
}

TEST(Agencies, ListItemsSeparate) {
  EXPECT_THAT(split_agencies("<ul><li>Phòng Kinh tế</li><li>Công an xã</li></ul>"),
              ElementsAre("Phòng Kinh tế", "Công an xã"));
  EXPECT_THAT(split_agencies("- Phòng Kinh tế - Công an xã"), ElementsAre("Phòng Kinh tế", "Công an xã"));
}

TEST(Agencies, EmptyCellHasNoAgency) { EXPECT_TRUE(split_agencies("").empty()); }

TEST(Agencies, NameStarts) {
  EXPECT_TRUE(starts_agency_name("Trung tâm Phục vụ hành chính công"));
  EXPECT_FALSE(starts_agency_name("UBND xã"));
  EXPECT_FALSE(starts_agency_name("Hội đồng nhân dân"));
}

}  // namespace
}  // namespace ck::importer
