// A new commune's name and kind, from the plan's issuing body.
#include "importer/commune_identity.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace ck::importer {
namespace {

using ::testing::HasSubstr;

TEST(CommuneIdentity, FromTheIssuingBody) {
  struct Case {
    const char* issuer;
    const char* name;
    const char* kind;
  };
  for (auto c : {Case{"Ủy ban nhân dân xã Tiên Lãng", "Xã Tiên Lãng", "xa"},
                 Case{"Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ", "Đặc khu Bạch Long Vĩ", "dac_khu"},
                 Case{"Ủy ban nhân dân phường Minh Họa", "Phường Minh Họa", "phuong"},
                 Case{"Ủy ban nhân dân thành phố Hải Phòng", "Thành phố Hải Phòng", "thanh_pho"}}) {
    auto id = commune_from_issuer(c.issuer);
    ASSERT_TRUE(id) << c.issuer;
    EXPECT_EQ(id->name, c.name);
    EXPECT_EQ(id->kind, c.kind);
  }
  EXPECT_FALSE(commune_from_issuer(""));
  EXPECT_FALSE(commune_from_issuer("Văn phòng HĐND và UBND"));
  EXPECT_FALSE(commune_from_issuer("Ủy ban nhân dân xã"));  // no name after the kind
}

TEST(CommuneIdentity, KindsAsTypedOnTheCommandLine) {
  EXPECT_EQ(commune_kind("xã"), "xa");
  EXPECT_EQ(commune_kind("Đặc khu"), "dac_khu");
  EXPECT_EQ(commune_kind("dac-khu"), "dac_khu");
  EXPECT_EQ(commune_kind("thanh_pho"), "thanh_pho");
  EXPECT_EQ(commune_kind("huyện"), "");
}

TEST(CommuneIdentity, IndexFrontMatter) {
  std::string md = write_commune_index({"Xã Tiên Lãng", "xa"}, "hai-phong", "Kế hoạch CCHC", "kh.docx");
  EXPECT_EQ(md.rfind("---\nten: \"Xã Tiên Lãng\"\nloai: xa\ncap_tren: hai-phong\n---\n", 0), 0u) << md;
  EXPECT_THAT(md, HasSubstr("“kh.docx”"));
}

}  // namespace
}  // namespace ck::importer
