// One test per kind of content error: the message (Vietnamese, with what to
// do) and its location, as an editor would see them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "load/portal_loader.h"
#include "support/test_support.h"

namespace ck {
namespace {

using ck::testing::TempDir;
using ::testing::HasSubstr;

struct Loaded {
  std::optional<Portal> portal;
  Diagnostics diags;
};

Loaded load(const TempDir& dir) {
  Loaded r;
  r.portal = load_portal(dir.path(), r.diags);
  return r;
}

// The single error whose message contains `needle` (fails the test otherwise).
Diagnostic error_with(const Loaded& r, const std::string& needle) {
  for (const auto& d : r.diags.items())
    if (d.severity == Severity::Error && d.message.find(needle) != std::string::npos) return d;
  ADD_FAILURE() << "no error containing \"" << needle << "\"; got:\n" << r.diags.format_all();
  return {};
}

void replace_in(const TempDir& dir, const std::string& file, const std::string& from, const std::string& to) {
  std::string text = dir.read(file);
  auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
  dir.write(file, text);
}

const char* kPlanJson = "data/xa-thu/kh-2026.json";

TEST(Loader, MinimalPortalLoadsCleanly) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  auto r = load(dir);
  ASSERT_TRUE(r.portal);
  EXPECT_FALSE(r.diags.has_errors()) << r.diags.format_all();
  ASSERT_EQ(r.portal->communes.size(), 1u);
  const Commune& c = r.portal->communes[0];
  EXPECT_EQ(c.name, "Xã Thử");
  EXPECT_TRUE(c.illustrative);
  ASSERT_EQ(c.plans.size(), 1u);
  const Plan& p = c.plans[0];
  EXPECT_EQ(p.doc_number, "/KH-UBND");
  EXPECT_EQ(p.issued->iso(), "2026-01");
  EXPECT_EQ(p.period.first_year, 2026);
  ASSERT_EQ(p.tasks.size(), 3u);
  EXPECT_EQ(p.tasks[1].status, ReportedStatus::InProgress);
  EXPECT_EQ(p.tasks[1].progress, 40);
  EXPECT_EQ(p.tasks[1].updates.size(), 1u);
  EXPECT_EQ(p.tasks[2].parent_id, "nv-2");
  EXPECT_EQ(p.tasks[0].deadline.text, "Trước ngày 13/01/2026");
  EXPECT_EQ(p.tasks[0].where.line, 4);
  ASSERT_EQ(p.indicators.size(), 1u);
  EXPECT_EQ(p.indicators[0].target, 90);
}

TEST(Loader, MissingRequiredFieldNamesTaskAndLocation) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  replace_in(dir, kPlanJson, R"("co_quan_chu_tri": ["Phòng Văn hóa - Xã hội"],)", "");
  auto r = load(dir);
  auto d = error_with(r, "thiếu trường bắt buộc \"co_quan_chu_tri\"");
  EXPECT_EQ(d.file, kPlanJson);
  EXPECT_EQ(d.line, 4);
  EXPECT_EQ(d.column, 5);
  EXPECT_THAT(d.message, HasSubstr("nhiệm vụ \"1\": "));
  EXPECT_THAT(d.message, HasSubstr("Danh sách cơ quan chủ trì"));
  EXPECT_THAT(d.format(), HasSubstr("data/xa-thu/kh-2026.json:4:5: lỗi: nhiệm vụ \"1\": thiếu"));
}

TEST(Loader, UnknownFieldSuggestsTheClosestName) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  replace_in(dir, kPlanJson, R"("co_quan_phoi_hop": ["Các)", R"("co_quan_phoi_hp": ["Các)");
  auto r = load(dir);
  auto d = error_with(r, "\"co_quan_phoi_hp\" không có trong mẫu dữ liệu");
  EXPECT_THAT(d.message, HasSubstr("có phải ý bạn là \"co_quan_phoi_hop\"?"));
  EXPECT_EQ(d.line, 4);
}

TEST(Loader, WrongTypeSaysWhatIsExpected) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  replace_in(dir, kPlanJson, R"("co_quan_chu_tri": ["Phòng Văn hóa - Xã hội"])", R"("co_quan_chu_tri": "Phòng Văn hóa - Xã hội")");
  auto r = load(dir);
  auto d = error_with(r, "sai kiểu dữ liệu");
  EXPECT_THAT(d.message, HasSubstr("nhiệm vụ \"1\", trường \"co_quan_chu_tri\""));
  EXPECT_THAT(d.message, HasSubstr("danh sách"));
  EXPECT_EQ(d.line, 9);
  EXPECT_EQ(d.column, 26);
}

TEST(Loader, InvalidStatusListsTheChoices) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  replace_in(dir, kPlanJson, R"("trang_thai": "dang_thuc_hien")", R"("trang_thai": "xong")");
  auto r = load(dir);
  auto d = error_with(r, "giá trị không hợp lệ (đang là \"xong\")");
  EXPECT_THAT(d.message, HasSubstr("hoan_thanh"));
  EXPECT_THAT(d.message, HasSubstr("nhiệm vụ \"2\""));
}

TEST(Loader, DuplicateTaskIdPointsAtBoth) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  replace_in(dir, kPlanJson, R"("ma": "nv-2",)", R"("ma": "nv-1",)");
  auto r = load(dir);
  auto d = error_with(r, "mã \"nv-1\" đã dùng cho nhiệm vụ ở dòng 4");
  EXPECT_EQ(d.file, kPlanJson);
  EXPECT_EQ(d.line, 15);
  EXPECT_EQ(d.column, 13);
}

TEST(Loader, ImpossibleDateIsAnError) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  replace_in(dir, kPlanJson, "2026-03-02", "2026-02-30");
  auto r = load(dir);
  auto d = error_with(r, "ngày \"2026-02-30\" không có trên lịch");
  EXPECT_THAT(d.message, HasSubstr("lần cập nhật thứ 1"));
}

TEST(Loader, MalformedDateShapeIsAnError) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  replace_in(dir, kPlanJson, "2026-03-02", "02/03/2026");
  auto r = load(dir);
  auto d = error_with(r, "không đúng dạng");
  EXPECT_THAT(d.message, HasSubstr("YYYY-MM-DD"));
}

TEST(Loader, JsonSyntaxErrorHasLineAndColumn) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  replace_in(dir, kPlanJson, R"("so": "1",)", R"("so": "1")");
  auto r = load(dir);
  auto d = error_with(r, "JSON không hợp lệ");
  EXPECT_EQ(d.line, 7);
  EXPECT_THAT(d.message, HasSubstr("dấu phẩy"));
}

TEST(Loader, DuplicateKeyIsAnError) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  replace_in(dir, kPlanJson, R"("so": "1",)", R"("so": "1", "so": "1b",)");
  auto r = load(dir);
  error_with(r, "trường \"so\" xuất hiện hai lần");
}

TEST(Loader, InvalidUtf8InMarkdownHasPosition) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/xa-thu/kh-2026.md", "---\ntieu_de: Kế hoạch\nky: 2026\n---\nDòng một\nsai \xC3(\n");
  auto r = load(dir);
  auto d = error_with(r, "không phải UTF-8");
  EXPECT_EQ(d.file, "content/xa-thu/kh-2026.md");
  EXPECT_EQ(d.line, 6);
  EXPECT_EQ(d.column, 5);
}

TEST(Loader, FileThatIsNotWhatItsExtensionSays) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write(kPlanJson, "%PDF-1.7\n%binary");
  auto r = load(dir);
  auto d = error_with(r, "đây là tệp PDF, không phải tệp văn bản");
  EXPECT_EQ(d.file, kPlanJson);
  dir.write(kPlanJson, std::string("PK\x03\x04", 4) + "word");
  r = load(dir);
  error_with(r, "Word .docx");
}

TEST(Loader, UnknownParentCommune) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/xa-thu/_index.md", "---\nten: Xã Thử\nloai: xa\ncap_tren: khong-co\n---\n");
  auto r = load(dir);
  auto d = error_with(r, "cấp trên \"khong-co\" không có");
  EXPECT_EQ(d.file, "content/xa-thu/_index.md");
}

TEST(Loader, UnknownImplementedPlan) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/xa-thu/kh-2026.md",
            "---\ntieu_de: Kế hoạch\nky: 2026\nthuc_hien:\n  - so_hieu: 5256/QĐ-UBND\n    ke_hoach: hai-phong/cchc-2026\n---\n");
  auto r = load(dir);
  error_with(r, "kế hoạch \"hai-phong/cchc-2026\" không có trong cổng");
}

TEST(Loader, UnknownCommuneKindAndBadPeriod) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/xa-thu/_index.md", "---\nten: Xã Thử\nloai: huyen\n---\n");
  dir.write("content/xa-thu/kh-2026.md", "---\ntieu_de: Kế hoạch\nky: 2026 đến 2030\n---\n");
  auto r = load(dir);
  auto kind = error_with(r, "loại \"huyen\" không hợp lệ");
  EXPECT_EQ(kind.line, 3);
  EXPECT_EQ(kind.column, 7);
  auto period = error_with(r, "kỳ kế hoạch \"2026 đến 2030\" không hợp lệ");
  EXPECT_EQ(period.line, 3);
}

TEST(Loader, MissingDataFileAndOrphanDataFile) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  std::filesystem::rename(dir.path() / kPlanJson, dir.path() / "data/xa-thu/kh-2025.json");
  auto r = load(dir);
  error_with(r, "thiếu tệp dữ liệu data/xa-thu/kh-2026.json");
  auto orphan = error_with(r, "tệp dữ liệu không có kế hoạch tương ứng");
  EXPECT_EQ(orphan.file, "data/xa-thu/kh-2025.json");
}

TEST(Loader, IdsMustBeSlugs) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/Xã Mới/_index.md", "---\nten: Xã Mới\nloai: xa\n---\n");
  auto r = load(dir);
  auto d = error_with(r, "tên thư mục xã \"Xã Mới\" không hợp lệ");
  EXPECT_THAT(d.message, HasSubstr("\"xa-moi\""));
}

TEST(Loader, YamlSyntaxErrorHasLine) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/xa-thu/kh-2026.md", "---\ntieu_de: Kế hoạch\nky: [2026\n---\nBody\n");
  auto r = load(dir);
  auto d = error_with(r, "không đọc được phần thông tin đầu tệp");
  EXPECT_EQ(d.file, "content/xa-thu/kh-2026.md");
  EXPECT_GE(d.line, 3);
}

TEST(Loader, MissingFrontMatter) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/xa-thu/kh-2026.md", "# Kế hoạch\n");
  auto r = load(dir);
  auto d = error_with(r, "thiếu phần thông tin đầu tệp");
  EXPECT_EQ(d.line, 1);
}

TEST(Loader, UnknownSectionAndParentReferences) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  replace_in(dir, kPlanJson, R"("thuoc": "nv-2",)", R"("thuoc": "nv-9",)");
  replace_in(dir, kPlanJson, R"("so": "1",
      "phan": "i",)", R"("so": "1",
      "phan": "ii",)");
  auto r = load(dir);
  error_with(r, "phần \"ii\" không có trong \"phan\"");
  error_with(r, "nhiệm vụ cha \"nv-9\" không có trong kế hoạch");
}

TEST(Loader, SymlinkOutsideSourceIsRefused) {
  TempDir dir, outside;
  testing::write_minimal_portal(dir);
  outside.write("secret.json", testing::minimal_plan_json());
  std::filesystem::remove(dir.path() / kPlanJson);
  std::filesystem::create_symlink(outside.path() / "secret.json", dir.path() / kPlanJson);
  auto r = load(dir);
  error_with(r, "trỏ ra ngoài thư mục nguồn");
}

TEST(Loader, ReportsEveryErrorInOneRun) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  replace_in(dir, kPlanJson, R"("trang_thai": "dang_thuc_hien")", R"("trang_thai": "xong")");
  replace_in(dir, kPlanJson, R"("tien_do": 40)", R"("tien_do": 140)");
  dir.write("content/xa-thu/_index.md", "---\nloai: xa\n---\n");
  auto r = load(dir);
  EXPECT_GE(r.diags.error_count(), 3u) << r.diags.format_all();
  error_with(r, "thiếu trường bắt buộc \"ten\"");
  error_with(r, "cần từ 0 đến 100");
}

TEST(Loader, BomAndCrlfAreAccepted) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  std::string json = testing::minimal_plan_json();
  std::string crlf;
  for (char c : json) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  dir.write(kPlanJson, "\xEF\xBB\xBF" + crlf);
  dir.write("content/xa-thu/_index.md", "\xEF\xBB\xBF---\r\nten: Xã Thử\r\nloai: xa\r\n---\r\nXin chào\r\n");
  auto r = load(dir);
  EXPECT_FALSE(r.diags.has_errors()) << r.diags.format_all();
  EXPECT_EQ(r.portal->communes[0].name, "Xã Thử");
}

TEST(Loader, UnknownFrontMatterKeyIsAWarningWithSuggestion) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/xa-thu/kh-2026.md", "---\ntieu_de: Kế hoạch\nky: 2026\nso_hieux: 1/KH\n---\n");
  auto r = load(dir);
  EXPECT_FALSE(r.diags.has_errors());
  ASSERT_EQ(r.diags.warning_count(), 1u);
  EXPECT_THAT(r.diags.items()[0].message, HasSubstr("có phải ý bạn là \"so_hieu\"?"));
  EXPECT_EQ(r.diags.items()[0].line, 4);
}

}  // namespace
}  // namespace ck

namespace ck {
namespace {

TEST(Loader, ReservedNamesAreRefused) {
  testing::TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/xa-thu/qua-han.md", "---\ntieu_de: X\nky: 2026\n---\n");
  dir.write("content/static/_index.md", "---\nten: X\nloai: xa\n---\n");
  auto r = load(dir);
  error_with(r, "tên kế hoạch \"qua-han\" trùng hoặc giống tên một trang, tệp của cổng");
  error_with(r, "tên thư mục xã \"static\" trùng hoặc giống tên một trang, tệp của cổng");
}

}  // namespace
}  // namespace ck

namespace ck {
namespace {

TEST(Loader, DeadlineOverrideWinsAndIsValidated) {
  testing::TempDir dir;
  testing::write_minimal_portal(dir);
  replace_in(dir, kPlanJson, R"("thoi_han": "Quý IV/2026",)",
             R"("thoi_han": "Quý IV/2026", "cach_hieu_thoi_han": {"loai": "date", "han": "2026-11-30", "ghi_chu": "UBND xã yêu cầu xong sớm"},)");
  auto r = load(dir);
  ASSERT_FALSE(r.diags.has_errors()) << r.diags.format_all();
  const Task& t = r.portal->communes[0].plans[0].tasks[1];
  EXPECT_TRUE(t.deadline.overridden);
  EXPECT_EQ(t.deadline.kind, DeadlineKind::Date);
  EXPECT_EQ(t.deadline.due->iso(), "2026-11-30");
  EXPECT_EQ(t.deadline.text, "Quý IV/2026");

  replace_in(dir, kPlanJson, R"("loai": "date", "han": "2026-11-30")", R"("loai": "range", "bat_dau": "2026-12-01", "han": "2026-11-30")");
  r = load(dir);
  auto d = error_with(r, "cách hiểu thời hạn");
  EXPECT_THAT(d.message, HasSubstr("nhiệm vụ \"2\""));
}

// "can_doi_chieu": the cells a scan import could not read for certain. Loaded
// in order, a repeated name once; a name that is no cell of a task is refused
// at its line, listing the names allowed.
TEST(Loader, UnverifiedCellsAreLoadedAndUnknownNamesRefused) {
  testing::TempDir dir;
  testing::write_minimal_portal(dir);
  replace_in(dir, kPlanJson, R"("thoi_han": "Quý IV/2026",)",
             R"("thoi_han": "Quý IV/2026", "can_doi_chieu": ["thoi_han", "noi_dung", "thoi_han"],)");
  auto r = load(dir);
  ASSERT_FALSE(r.diags.has_errors()) << r.diags.format_all();
  const Plan& plan = r.portal->communes[0].plans[0];
  EXPECT_EQ(plan.tasks[1].unverified_fields, (std::vector<std::string>{"thoi_han", "noi_dung"}));
  EXPECT_TRUE(plan.tasks[0].unverified_fields.empty());

  replace_in(dir, kPlanJson, R"(["thoi_han", "noi_dung", "thoi_han"])", R"(["thoi_han", "han"])");
  r = load(dir);
  auto d = error_with(r, "giá trị không hợp lệ (đang là \"han\")");
  EXPECT_EQ(d.file, kPlanJson);
  EXPECT_EQ(d.line, 20);
  EXPECT_THAT(d.message, HasSubstr("nhiệm vụ \"2\", trường \"can_doi_chieu\", mục thứ 2"));
  EXPECT_THAT(d.message, HasSubstr("noi_dung, co_quan_chu_tri, co_quan_phoi_hop, thoi_han, san_pham"));
}

}  // namespace
}  // namespace ck
