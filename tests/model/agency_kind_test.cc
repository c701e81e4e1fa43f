#include "model/agency_kind.h"

#include <gtest/gtest.h>

namespace ck {
namespace {

TEST(AgencyKind, GenericPhrasesAreGroups) {
  for (const char* name : {"Các cơ quan, đơn vị liên quan", "các cơ quan, đơn vị liên quan", "Các đơn vị có liên quan",
                           "Các cơ quan, đơn vị thuộc, trực thuộc", "Cơ quan, đơn vị thuộc và trực thuộc",
                           "các phòng chuyên môn", "Các sở, ban, ngành", "UBND cấp xã",
                           "Các đoàn thể chính trị - xã hội xã",
                           "- Các sở, ban, ngành, UBND cấp xã: Tổ chức tự kiểm tra 100% các đơn vị thuộc và trực thuộc",
                           "Cơ quan nhà nước, đơn vị sự nghiệp công lập, cơ quan Đảng Cộng sản Việt Nam, Mặt trận Tổ "
                           "quốc Việt Nam, tổ chức chính trị - xã hội"})
    EXPECT_TRUE(is_agency_group(name)) << name;
}

TEST(AgencyKind, NamedBodiesAreAgencies) {
  for (const char* name : {"Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "Trung tâm Phục vụ hành chính công đặc khu",
                           "Công an xã", "Sở Nội vụ", "Phòng VH-XH", "Trung tâm PVHCC", "Cổng thông tin điện tử đặc khu",
                           "Văn phòng HĐND-UBND", ""})
    EXPECT_FALSE(is_agency_group(name)) << name;
}

}  // namespace
}  // namespace ck
