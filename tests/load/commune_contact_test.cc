// The commune's contact in _index.md (dia_chi, dien_thoai, email, trang_gop_y): read when well
// formed, each malformed value an error at its line naming the field and what to write.
#include "load/commune_contact.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "load/portal_loader.h"
#include "support/test_support.h"

namespace ck {
namespace {

using ck::testing::TempDir;
using ::testing::HasSubstr;

void write_index(const TempDir& dir, const std::string& fields) {
  testing::write_minimal_portal(dir);
  dir.write("content/xa-thu/_index.md", "---\nten: Xã Thử\nloai: xa\n" + fields + "---\nGiới thiệu.\n");
}

TEST(CommuneContactLoad, EveryFieldReadAndNormalised) {
  TempDir dir;
  write_index(dir,
              "dia_chi: \"Số 1,   đường Thử\"\ndien_thoai: \"0225 3883 456; +84 912.345.678\"\n"
              "email: \" ubnd@xa-thu.invalid \"\ntrang_gop_y: https://xa-thu.example/gop-y\n"
              "cong_thong_tin: \" https://xa-thu.example/ \"\n");
  Diagnostics diags;
  auto portal = load_portal(dir.path(), diags);
  ASSERT_TRUE(portal);
  EXPECT_FALSE(diags.has_errors()) << diags.format_all();
  EXPECT_EQ(diags.format_all().find("cảnh báo"), std::string::npos) << diags.format_all();  // known keys
  const CommuneContact& c = portal->communes.at(0).contact;
  EXPECT_EQ(c.address, "Số 1, đường Thử");
  EXPECT_EQ(c.phone, "0225 3883 456; +84 912.345.678");
  EXPECT_EQ(c.email, "ubnd@xa-thu.invalid");
  EXPECT_EQ(c.feedback_url, "https://xa-thu.example/gop-y");
  EXPECT_EQ(portal->communes.at(0).portal_url, "https://xa-thu.example/");
}

TEST(CommuneContactLoad, AbsentFieldsStayEmpty) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  Diagnostics diags;
  auto portal = load_portal(dir.path(), diags);
  ASSERT_TRUE(portal);
  const CommuneContact& c = portal->communes.at(0).contact;
  EXPECT_TRUE(c.address.empty() && c.phone.empty() && c.email.empty() && c.feedback_url.empty());
}

struct BadValue {
  const char* line;      // the front matter line
  const char* expected;  // the whole message, with its location
};

TEST(CommuneContactLoad, MalformedValuesAreLocatedErrors) {
  RecordProperty("robustness_class", "malformed commune contact in _index.md");
  const BadValue cases[] = {
      {"email: ubnd.xa-thu.invalid",
       "content/xa-thu/_index.md:4:8: lỗi: thư điện tử \"ubnd.xa-thu.invalid\" không hợp lệ — ghi dạng "
       "ten@ten-mien.gov.vn"},
      {"email: \"ubnd@xa thu.vn\"",
       "content/xa-thu/_index.md:4:8: lỗi: thư điện tử \"ubnd@xa thu.vn\" không hợp lệ — ghi dạng "
       "ten@ten-mien.gov.vn"},
      {"email: \"<a@b.vn>\"",
       "content/xa-thu/_index.md:4:8: lỗi: thư điện tử \"<a@b.vn>\" không hợp lệ — ghi dạng "
       "ten@ten-mien.gov.vn"},
      {"dien_thoai: gọi 0225 3883 456",
       "content/xa-thu/_index.md:4:13: lỗi: số điện thoại \"gọi 0225 3883 456\" không hợp lệ — chỉ ghi chữ "
       "số, dấu "
       "cách, dấu chấm hoặc gạch nối (vd. 0225 3883 456); nhiều số cách nhau bằng dấu phẩy"},
      {"dien_thoai: \"12\"",
       "content/xa-thu/_index.md:4:13: lỗi: số điện thoại \"12\" không hợp lệ — chỉ ghi chữ số, dấu cách, "
       "dấu chấm "
       "hoặc gạch nối (vd. 0225 3883 456); nhiều số cách nhau bằng dấu phẩy"},
      {"dien_thoai: \"0225 3883 456,\"",
       "content/xa-thu/_index.md:4:13: lỗi: số điện thoại \"0225 3883 456,\" không hợp lệ — chỉ ghi chữ số, "
       "dấu "
       "cách, dấu chấm hoặc gạch nối (vd. 0225 3883 456); nhiều số cách nhau bằng dấu phẩy"},
      {"trang_gop_y: \"javascript:alert(1)\"",
       "content/xa-thu/_index.md:4:14: lỗi: \"trang_gop_y\": \"javascript:alert(1)\" không phải địa chỉ web "
       "— ghi "
       "địa chỉ trang góp ý của cổng thông tin, bắt đầu bằng https:// (vd. "
       "https://ten-xa.haiphong.gov.vn/gop-y)"},
      {"trang_gop_y: xa-thu.gov.vn/gop-y",
       "content/xa-thu/_index.md:4:14: lỗi: \"trang_gop_y\": \"xa-thu.gov.vn/gop-y\" không phải địa chỉ web "
       "— ghi "
       "địa chỉ trang góp ý của cổng thông tin, bắt đầu bằng https:// (vd. "
       "https://ten-xa.haiphong.gov.vn/gop-y)"},
      {"cong_thong_tin: \"javascript:alert(1)\"",
       "content/xa-thu/_index.md:4:17: lỗi: \"cong_thong_tin\": \"javascript:alert(1)\" không phải địa chỉ web "
       "— ghi địa chỉ cổng thông tin điện tử của xã, bắt đầu bằng https:// (vd. https://ten-xa.haiphong.gov.vn/)"},
      {"cong_thong_tin: xa-thu.gov.vn",
       "content/xa-thu/_index.md:4:17: lỗi: \"cong_thong_tin\": \"xa-thu.gov.vn\" không phải địa chỉ web "
       "— ghi địa chỉ cổng thông tin điện tử của xã, bắt đầu bằng https:// (vd. https://ten-xa.haiphong.gov.vn/)"},
      {"dia_chi: [Số 1, đường Thử]",
       "content/xa-thu/_index.md:4:10: lỗi: trường \"dia_chi\" phải là một đoạn văn bản (một dòng \"dia_chi: "
       "…\")"},
  };
  int n = 0;
  for (const auto& c : cases) {
    TempDir dir;
    write_index(dir, std::string(c.line) + "\n");
    Diagnostics diags;
    auto portal = load_portal(dir.path(), diags);
    ASSERT_TRUE(portal);
    EXPECT_EQ(diags.error_count(), 1u) << c.line << "\n" << diags.format_all();
    EXPECT_THAT(diags.format_all(), HasSubstr(c.expected)) << c.line;
    const CommuneContact& k = portal->communes.at(0).contact;
    EXPECT_TRUE(k.address.empty() && k.phone.empty() && k.email.empty() && k.feedback_url.empty()) << c.line;
    EXPECT_TRUE(portal->communes.at(0).portal_url.empty()) << c.line;
    ++n;
  }
  RecordProperty("robustness_cases", n);
  RecordProperty("robustness_outcome", "a located Vietnamese error; nothing of the value reaches a page");
}

TEST(CommuneContactLoad, PhoneAndEmailShapes) {
  for (const char* ok : {"0225 3883 456", "0225.3883.456", "(0225) 3883-456", "+84 225 3883 456", "1022",
                         "0225 3883 456, 0912 345 678"})
    EXPECT_TRUE(is_phone_text(ok)) << ok;
  for (const char* bad :
       {"", "12", "0225 3883 456 máy lẻ 12", "0225+3883", "0225 3883 456,", "01234567890123456"})
    EXPECT_FALSE(is_phone_text(bad)) << bad;
  for (const char* ok : {"a@b.vn", "van.phong@tien-lang.haiphong.gov.vn"})
    EXPECT_TRUE(is_email_address(ok)) << ok;
  for (const char* bad :
       {"@b.vn", "a@b", "a@.vn", "a@b.", "a@@b.vn", "a b@c.vn", "a@b..vn", "\"a\"@b.vn", "thư@b.vn"})
    EXPECT_FALSE(is_email_address(bad)) << bad;
}

// The scaffold's _index.md (congkhai init) offers the fields commented out: it loads with no contact, and the
// commented lines name exactly the keys the loader reads.
TEST(CommuneContactLoad, ScaffoldOffersTheFieldsCommentedOut) {
  std::string text = testing::read_file(testing::source_dir() / "scaffold/kho/content/@CK_MA_XA@/_index.md");
  for (const char* key : kContactKeys) EXPECT_THAT(text, HasSubstr(std::string("\n# ") + key + ": ")) << key;
}

}  // namespace
}  // namespace ck
