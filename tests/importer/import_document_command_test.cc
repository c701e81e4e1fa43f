// `congkhai import` on Word documents as a clerk would run it: a .docx, an
// .odt and a legacy .doc (through LibreOffice) of a seed write the same data
// as the committed text import; a new commune gets its _index.md; an import
// that `check` would refuse exits 1 saying what to fix.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace ck::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const char* kLink = "--link '5256/QĐ-UBND=hai-phong/cchc-2026'";

std::string fixture(const std::string& rel) {
  return (source_dir() / "tests/importer/fixtures" / rel).string();
}

CommandResult import(const std::string& args) { return run_command(congkhai_binary() + " import " + args); }

// A source with the city plan that the seeds implement, so --link resolves.
void add_city_plan(const TempDir& out) {
  for (std::string rel :
       {"content/hai-phong/_index.md", "content/hai-phong/cchc-2026.md", "data/hai-phong/cchc-2026.json"})
    out.write(rel, read_file(source_dir() / rel));
}

class WordImport : public ::testing::TestWithParam<const char*> {};

TEST_P(WordImport, WritesTheCommittedDataAndANewCommuneAndPassesCheck) {
  TempDir out;
  add_city_plan(out);
  CommandResult r =
      import("'" + fixture(GetParam()) + "' --commune bach-long-vi --plan cchc-2026 --source '" +
             out.path().string() + "' --nguon bach-long-vi-cchc-2026.txt " + kLink);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(out.read("data/bach-long-vi/cchc-2026.json"),
            read_file(source_dir() / "data/bach-long-vi/cchc-2026.json"));
  EXPECT_EQ(out.read("content/bach-long-vi/cchc-2026.md"),
            read_file(source_dir() / "content/bach-long-vi/cchc-2026.md"));
  std::string index = out.read("content/bach-long-vi/_index.md");
  EXPECT_THAT(index, HasSubstr("ten: \"Đặc khu Bạch Long Vĩ\"\nloai: dac_khu\n"));
  EXPECT_THAT(r.output, HasSubstr("xã mới: "));
  EXPECT_THAT(r.output, HasSubstr("congkhai check:                   đạt"));
}

INSTANTIATE_TEST_SUITE_P(Formats, WordImport,
                         ::testing::Values("docx/bach-long-vi-cchc-2026.docx",
                                           "odt/bach-long-vi-cchc-2026.odt",
                                           "doc/bach-long-vi-cchc-2026.doc"));

TEST(WordImport, DocWithoutLibreOfficeSaysWhatToDo) {
  TempDir out;
  CommandResult r = run_command(
      "PATH=/nonexistent " + congkhai_binary() + " import '" + fixture("doc/bach-long-vi-cchc-2026.doc") +
      "' --commune bach-long-vi --plan cchc-2026 --source '" + out.path().string() + "'");
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr("cần LibreOffice để đọc"));
  EXPECT_THAT(r.output, HasSubstr("“Lưu thành” .docx"));
  EXPECT_FALSE(std::filesystem::exists(out.path() / "content"));
}

TEST(WordImport, ABrokenDocxIsAClearErrorAndWritesNothing) {
  TempDir out;
  out.write("hong.docx", "PK\x03\x04 không phải tệp Word");
  CommandResult r = import("'" + (out.path() / "hong.docx").string() + "' --commune x --plan k --source '" +
                           out.path().string() + "'");
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr("hong.docx: không đọc được tệp"));
  EXPECT_FALSE(std::filesystem::exists(out.path() / "content"));
}

const char* kNoIssuer =
    "KẾ HOẠCH\nCải cách hành chính năm 2027\n\nI. MỤC ĐÍCH\n\nNâng cao chất lượng phục vụ.\n\n"
    "TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn\tSản phẩm\n"
    "1\tRà soát thủ tục.\tVăn phòng HĐND và UBND\t\tQuý I/2027\tBáo cáo\n";

TEST(NewCommune, WithoutAKnownIssuerTheImportAsksForNameAndKind) {
  TempDir out;
  out.write("kh.txt", kNoIssuer);
  std::string args = "'" + (out.path() / "kh.txt").string() +
                     "' --commune thu-nghiem --plan kh-2027 --source '" + out.path().string() + "'";
  CommandResult r = import(args);
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_THAT(
      r.output,
      HasSubstr("thêm --ten \"Xã …\" --loai xa|phuong|dac_khu|thanh_pho rồi chạy lại. Chưa ghi tệp nào"));
  EXPECT_FALSE(std::filesystem::exists(out.path() / "content"));

  CommandResult ok = import(args + " --ten 'Xã Thử Nghiệm' --loai xã");
  ASSERT_EQ(ok.exit_code, 0) << ok.output;
  EXPECT_THAT(out.read("content/thu-nghiem/_index.md"), HasSubstr("ten: \"Xã Thử Nghiệm\"\nloai: xa\n"));
  EXPECT_EQ(import(args + " --force --loai huyen").exit_code, 2);
}

TEST(PublishableImport, AnImportCheckWouldRefuseExitsOneSayingWhatToFix) {
  TempDir out;  // no city plan: the --link target does not exist
  CommandResult r =
      import("'" + fixture("docx/bach-long-vi-cchc-2026.docx") +
             "' --commune bach-long-vi --plan cchc-2026 --source '" + out.path().string() + "' " + kLink);
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_THAT(
      r.output,
      HasSubstr("content/bach-long-vi/cchc-2026.md: lỗi: \"thuc_hien\": kế hoạch \"hai-phong/cchc-2026\" "
                "không có trong cổng"));
  EXPECT_THAT(r.output, HasSubstr("kho nội dung chưa xuất bản được: 1 lỗi"));
  EXPECT_THAT(r.output, Not(HasSubstr("congkhai check:                   đạt")));
}

}  // namespace
}  // namespace ck::testing
