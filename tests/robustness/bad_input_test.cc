// Bad input (issue #9): every case starts from a good site already built, then
// breaks one thing in the source. A refused build exits 1 with a Vietnamese
// error that names the file (and line:column where there is one) and leaves
// the previous site byte for byte as it was. Input a mature tool accepts
// (BOM, CRLF, 10,000 tasks, names with "../" that become slugs) builds.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <regex>

#include "robustness/site_fixture.h"

namespace ck::robustness {
namespace {

using testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

TEST_F(BadInput, MalformedJsonIsLocated) {
  edit_plan_json("\"so\": \"2\",", "\"so\": \"2\",,");
  expect_refused("data/xa-thu/kh-2026.json:16:");
  EXPECT_THAT(last_output_, HasSubstr("lỗi"));
  record_robustness("malformed JSON in data files (stray comma)", refused_,
                    "located Vietnamese error file:line:col, exit 1, old site byte-identical");
}

TEST_F(BadInput, TruncatedJsonIsLocated) {
  std::string json = plan_json();
  write("data/xa-thu/kh-2026.json", json.substr(0, json.size() / 2));
  expect_refused("data/xa-thu/kh-2026.json:");
  record_robustness("truncated JSON data file (cut in half)", refused_,
                    "located Vietnamese error file:line:col, exit 1, old site byte-identical");
}

TEST_F(BadInput, DuplicateJsonKeyIsLocated) {
  edit_plan_json("\"so\": \"2\",", "\"so\": \"2\", \"so\": \"3\",");
  expect_refused("data/xa-thu/kh-2026.json:16:");
  record_robustness("duplicate key in a JSON object", refused_,
                    "located Vietnamese error at the second key, exit 1, old site byte-identical");
}

TEST_F(BadInput, MalformedFrontMatterIsLocated) {
  write("content/xa-thu/kh-2026.md", "---\ntieu_de: [Kế hoạch chưa đóng ngoặc\nky: 2026\n---\nNội dung.\n");
  expect_refused("content/xa-thu/kh-2026.md:3:");
  EXPECT_THAT(last_output_, HasSubstr("không đọc được phần thông tin đầu tệp"));
  record_robustness("malformed YAML front matter in a plan", refused_,
                    "located Vietnamese error file:line:col, exit 1, old site byte-identical");
}

TEST_F(BadInput, UnclosedFrontMatterIsReported) {
  write("content/xa-thu/kh-2026.md", "---\ntieu_de: Kế hoạch\nky: 2026\nNội dung không có dòng đóng.\n");
  expect_refused("content/xa-thu/kh-2026.md:1:1: lỗi: phần thông tin đầu tệp chưa được đóng");
  record_robustness("front matter without its closing ---", refused_,
                    "Vietnamese error at the opening line, exit 1, old site byte-identical");
}

TEST_F(BadInput, MalformedCommuneFrontMatterIsLocated) {
  write("content/xa-thu/_index.md", "---\nten: Xã Thử\n  loai: xa\n---\n");
  expect_refused("content/xa-thu/_index.md:3:");
  record_robustness("malformed YAML front matter in a commune _index.md", refused_,
                    "located Vietnamese error file:line:col, exit 1, old site byte-identical");
}

TEST_F(BadInput, MalformedConfigIsLocated) {
  write("congkhai.yaml", "tieu_de: Cổng thử\nmo_ta: [chưa đóng ngoặc\nsap_den_han_ngay: 14\n");
  expect_refused("congkhai.yaml:");
  EXPECT_THAT(last_output_, HasSubstr("không đọc được YAML"));
  record_robustness("malformed congkhai.yaml", refused_,
                    "located Vietnamese error (không đọc được YAML), exit 1, old site byte-identical");
}

TEST_F(BadInput, ConfigWithATabIndentIsLocated) {
  write("congkhai.yaml", "tieu_de: Cổng thử\nlich_su_rieng:\n\txa-thu: build/x\n");
  expect_refused("congkhai.yaml:3:");
  record_robustness("tab indentation in congkhai.yaml", refused_,
                    "located Vietnamese error at the tab's line, exit 1, old site byte-identical");
}

TEST_F(BadInput, InvalidUtf8InMarkdownIsLocated) {
  // "Kế hoạch" saved in Windows-1258 by an old editor: 0xEA is not UTF-8 here.
  write("content/xa-thu/kh-2026.md", "---\ntieu_de: K\xEA ho\xB9\x63h\nky: 2026\n---\nN\xF4i dung.\n");
  expect_refused("content/xa-thu/kh-2026.md:2:11: lỗi: ký tự không hợp lệ (tệp không phải UTF-8)");
  record_robustness("invalid UTF-8 in Markdown (Windows-1258 file)", refused_,
                    "Vietnamese error at the first bad byte file:line:col, exit 1, old site byte-identical");
}

TEST_F(BadInput, InvalidUtf8InJsonIsLocated) {
  edit_plan_json("Kiểm tra cải cách hành chính.", "Ki\xC3\x28m tra.");
  expect_refused("data/xa-thu/kh-2026.json:18:");
  EXPECT_THAT(last_output_, HasSubstr("UTF-8"));
  record_robustness("invalid UTF-8 in a JSON data file", refused_,
                    "located Vietnamese error naming UTF-8, exit 1, old site byte-identical");
}

TEST_F(BadInput, InvalidUtf8InConfigIsLocated) {
  write("congkhai.yaml", "tieu_de: C\xF4ng khai\n");
  expect_refused("congkhai.yaml:1:11: lỗi: ký tự không hợp lệ");
  record_robustness("invalid UTF-8 in congkhai.yaml", refused_,
                    "Vietnamese error at the first bad byte file:line:col, exit 1, old site byte-identical");
}

TEST_F(BadInput, OverlongUtf8AndSurrogatesAreRefused) {
  // "/" as an overlong two-byte sequence, and a UTF-16 surrogate half.
  write("content/xa-thu/kh-2026.md", "---\ntieu_de: a\xC0\xAF b\nky: 2026\n---\n");
  expect_refused("content/xa-thu/kh-2026.md:2:");
  write("content/xa-thu/kh-2026.md", "---\ntieu_de: a\xED\xA0\x80 b\nky: 2026\n---\n");
  expect_refused("content/xa-thu/kh-2026.md:2:");
  record_robustness("overlong UTF-8 and UTF-16 surrogate halves", refused_,
                    "located Vietnamese error per sequence, exit 1, old site byte-identical");
}

TEST_F(BadInput, FiftyMegabyteDataFileIsRefusedWithItsSize) {
  {
    std::ofstream big(src("data/xa-thu/kh-2026.json"), std::ios::binary);
    std::string json = testing::minimal_plan_json();
    big << json.substr(0, json.size() - 2);
    std::string pad(1 << 20, ' ');
    for (int i = 0; i < 50; ++i) big << pad;
    big << "}\n";
  }
  ASSERT_GT(fs::file_size(src("data/xa-thu/kh-2026.json")), 50u << 20);
  expect_refused("data/xa-thu/kh-2026.json: lỗi: tệp quá lớn (50 MB, tối đa 16 MB)");
  record_robustness("oversized data file (50 MB JSON)", refused_,
                    "Vietnamese error with its size and the 16 MB limit, before reading it; exit 1, old site "
                    "byte-identical");
}

TEST_F(BadInput, BinaryFileNamedJsonIsRefused) {
  write("data/xa-thu/kh-2026.json", std::string("PK\x03\x04\x14\x00\x06\x00", 8) + "word/document.xml");
  expect_refused("data/xa-thu/kh-2026.json: lỗi: đây là tệp nén (có thể là Word .docx");
  record_robustness("binary file named .json (a Word .docx)", refused_,
                    "Vietnamese error naming a compressed/Word file, exit 1, old site byte-identical");
}

TEST_F(BadInput, DuplicateTaskIdsAreLocated) {
  edit_plan_json("\"ma\": \"nv-2\",", "\"ma\": \"nv-1\",");
  expect_refused("data/xa-thu/kh-2026.json:15:13: lỗi: nhiệm vụ \"2\": mã \"nv-1\" đã dùng cho nhiệm vụ ở dòng 4");
  record_robustness(
      "duplicate task ids in a plan", refused_,
      "Vietnamese error at the second id, naming the first one's line; exit 1, old site byte-identical");
}

TEST_F(BadInput, DuplicateSectionIdsAreLocated) {
  edit_plan_json(R"([{"ma": "i", "so": "I", "ten": "Chỉ đạo điều hành"}])",
                 R"([{"ma": "i", "so": "I", "ten": "Chỉ đạo điều hành"}, {"ma": "i", "so": "II", "ten": "Khác"}])");
  expect_refused("data/xa-thu/kh-2026.json:2:");
  EXPECT_THAT(last_output_, HasSubstr("trùng mã"));
  record_robustness("duplicate section ids in a plan", refused_,
                    "located Vietnamese error (trùng mã), exit 1, old site byte-identical");
}

TEST_F(BadInput, DuplicateIndicatorIdsAreLocated) {
  edit_plan_json(R"("chi_tieu": [{"ma": "ct-1",)",
                 R"("chi_tieu": [{"ma": "ct-1", "noi_dung": "Một."}, {"ma": "ct-1",)");
  expect_refused("data/xa-thu/kh-2026.json:");
  EXPECT_THAT(last_output_, HasSubstr("chỉ tiêu \"ct-1\" trùng mã"));
  record_robustness("duplicate indicator ids in a plan", refused_,
                    "located Vietnamese error (trùng mã), exit 1, old site byte-identical");
}

TEST_F(BadInput, TaskIdWithDotDotIsRefused) {
  edit_plan_json("\"ma\": \"nv-2\",", "\"ma\": \"../../../nv-2\",");
  expect_refused("data/xa-thu/kh-2026.json:");
  EXPECT_THAT(last_output_, HasSubstr("../../../nv-2"));
  EXPECT_FALSE(fs::exists(dir_.path() / "nv-2"));
  record_robustness(
      "task id with ../ (path traversal)", refused_,
      "located Vietnamese error quoting the id, nothing written outside; exit 1, old site byte-identical");
}

TEST_F(BadInput, SectionAndParentReferencesWithDotDotAreRefused) {
  edit_plan_json("\"thuoc\": \"nv-2\",", "\"thuoc\": \"../nv-2\",");
  expect_refused("data/xa-thu/kh-2026.json:");
  edit_plan_json("\"thuoc\": \"../nv-2\",", "\"thuoc\": \"nv-2\",");
  edit_plan_json(R"({"ma": "i", "so": "I")", R"({"ma": "../i", "so": "I")");
  expect_refused("data/xa-thu/kh-2026.json:2:");
  record_robustness("section id and parent reference with ../", refused_,
                    "located Vietnamese error, exit 1, old site byte-identical");
}

// Agency names are free text; their page names are slugs, so "../" cannot
// climb out of the site (a mature tool accepts the name, not the path).
TEST_F(BadInput, AgencyNameWithDotDotGetsASlugInsideTheSite) {
  edit_plan_json("\"co_quan_chu_tri\": [\"Phòng Văn hóa - Xã hội\"],", "\"co_quan_chu_tri\": [\"../../../ngoai/index\"],");
  auto r = build(dir_.path(), out(), "2026-03-02");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::exists(out() / "xa-thu/co-quan/ngoai-index/index.html"));
  EXPECT_FALSE(fs::exists(dir_.path() / "ngoai"));
  EXPECT_FALSE(fs::exists(out() / "ngoai"));
  size_t paths = 0;
  for (const auto& [path, bytes] : snapshot(out())) {
    EXPECT_EQ(path.find(".."), std::string::npos) << path;
    ++paths;
  }
  record_robustness("agency name with ../ (free text, becomes a slug)", 1,
                    "accepted; its page is a slug inside the site, none of the site's " +
                        std::to_string(paths) + " paths contains ..");
}

TEST_F(BadInput, CommuneAndPlanNamesWithDotsAreRefused) {
  write("content/..xa/_index.md", "---\nten: Xã\nloai: xa\n---\n");
  expect_refused("content/..xa: lỗi: tên thư mục xã \"..xa\" không hợp lệ");
  fs::remove_all(src("content/..xa"));
  write("content/xa-thu/..kh.md", "---\ntieu_de: K\nky: 2026\n---\n");
  expect_refused("content/xa-thu/..kh.md: lỗi: tên kế hoạch \"..kh\" không hợp lệ");
  record_robustness("commune and plan file names starting with ..", refused_,
                    "Vietnamese error naming the folder or file, exit 1, old site byte-identical");
}

TEST_F(BadInput, ThemeFolderOutsideTheSourceIsRefused) {
  write("congkhai.yaml", "tieu_de: Cổng\ngiao_dien: /etc\n");
  expect_refused("congkhai.yaml:2:");
  EXPECT_THAT(last_output_, HasSubstr("nằm ngoài thư mục nguồn"));
  write("congkhai.yaml", "tieu_de: Cổng\ngiao_dien: themes/../../ngoai\n");
  expect_refused("congkhai.yaml:2:");
  record_robustness("theme folder outside the source (absolute, ../)", refused_,
                    "located Vietnamese error in congkhai.yaml, exit 1, old site byte-identical");
}

TEST_F(BadInput, HistoryRepositoryOutsideTheSourceIsRefused) {
  write("congkhai.yaml", "tieu_de: Cổng\nlich_su_rieng:\n  xa-thu: /home/someone/repo\n");
  expect_refused("congkhai.yaml:3:");
  EXPECT_THAT(last_output_, HasSubstr("nằm ngoài thư mục nguồn"));
  record_robustness("history repository outside the source (absolute path)", refused_,
                    "located Vietnamese error in congkhai.yaml, exit 1, old site byte-identical");
}

// A secret on the build machine, outside the source, that symlinks try to publish.
class SymlinkOutside : public BadInput {
 protected:
  void SetUp() override {
    BadInput::SetUp();
    secret_ = outside_.path() / "mat-khau.txt";
    std::ofstream(secret_) << "MAT-KHAU-BI-MAT-123\n";
  }
  void expect_secret_not_published() {
    for (const auto& [path, bytes] : snapshot(out())) EXPECT_THAT(bytes, Not(HasSubstr("MAT-KHAU-BI-MAT-123"))) << path;
  }
  TempDir outside_;
  fs::path secret_;
};

TEST_F(SymlinkOutside, PlanMarkdownLinkedOutsideIsRefused) {
  fs::remove(src("content/xa-thu/kh-2026.md"));
  fs::create_symlink(secret_, src("content/xa-thu/kh-2026.md"));
  expect_refused("content/xa-thu/kh-2026.md: lỗi: tệp trỏ ra ngoài thư mục nguồn");
  record_robustness("symlink out of the source: plan Markdown", refused_,
                    "Vietnamese error naming the link, exit 1, old site byte-identical");
}

TEST_F(SymlinkOutside, DataFileLinkedOutsideIsRefused) {
  fs::remove(src("data/xa-thu/kh-2026.json"));
  fs::create_symlink(secret_, src("data/xa-thu/kh-2026.json"));
  expect_refused("data/xa-thu/kh-2026.json: lỗi: tệp trỏ ra ngoài thư mục nguồn");
  record_robustness("symlink out of the source: JSON data file", refused_,
                    "Vietnamese error naming the link, exit 1, old site byte-identical");
}

TEST_F(SymlinkOutside, CommuneFolderLinkedOutsideIsRefused) {
  TempDir elsewhere;
  elsewhere.write("_index.md", "---\nten: Xã Ngoài\nloai: xa\n---\n");
  fs::create_directory_symlink(elsewhere.path(), src("content/xa-ngoai"));
  expect_refused("content/xa-ngoai/_index.md: lỗi: tệp trỏ ra ngoài thư mục nguồn");
  record_robustness("symlink out of the source: commune folder", refused_,
                    "Vietnamese error naming the file reached through it, exit 1, old site byte-identical");
}

TEST_F(SymlinkOutside, ThemeFileLinkedOutsideIsRefusedAndNotPublished) {
  write("congkhai.yaml", "tieu_de: Cổng\ngiao_dien: giao-dien\n");
  fs::create_directories(src("giao-dien/static"));
  fs::create_symlink(secret_, src("giao-dien/static/ghi-chu.txt"));
  expect_refused("giao-dien/static/ghi-chu.txt: lỗi: tệp giao diện trỏ ra ngoài thư mục nguồn");
  expect_secret_not_published();
  record_robustness(
      "symlink out of the source: theme static file", refused_,
      "Vietnamese error naming the link, secret not published, exit 1, old site byte-identical");
}

TEST_F(SymlinkOutside, ThemeFolderLinkedOutsideIsRefused) {
  outside_.write("static/ghi-chu.txt", "MAT-KHAU-BI-MAT-123\n");
  write("congkhai.yaml", "tieu_de: Cổng\ngiao_dien: giao-dien\n");
  fs::create_directory_symlink(outside_.path(), src("giao-dien"));
  expect_refused("thư mục giao diện \"giao-dien\" nằm ngoài thư mục nguồn");
  expect_secret_not_published();
  record_robustness(
      "symlink out of the source: theme folder", refused_,
      "Vietnamese error naming the theme folder, secret not published, exit 1, old site byte-identical");
}

TEST_F(SymlinkOutside, HistoryRepositoryLinkedOutsideIsRefused) {
  TempDir repo;
  ASSERT_EQ(testing::run_command("git init -q " + q(repo.path())).exit_code, 0);
  write("congkhai.yaml", "tieu_de: Cổng\nlich_su_rieng:\n  xa-thu: build/lich-su\n");
  fs::create_directories(src("build"));
  fs::create_directory_symlink(repo.path(), src("build/lich-su"));
  expect_refused("congkhai.yaml: lỗi: \"lich_su_rieng\": \"build/lich-su\" trỏ ra ngoài thư mục nguồn");
  record_robustness("symlink out of the source: history repository", refused_,
                    "Vietnamese error in congkhai.yaml naming the link, exit 1, old site byte-identical");
}

TEST_F(SymlinkOutside, LinkInsideTheSourceIsFollowed) {
  // A symlink that stays inside the repository is an ordinary file.
  fs::create_directories(src("mau"));
  fs::rename(src("content/xa-thu/kh-2026.md"), src("mau/kh-2026.md"));
  fs::create_symlink("../../mau/kh-2026.md", src("content/xa-thu/kh-2026.md"));
  auto r = build(dir_.path(), out(), "2026-03-02");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  record_robustness("symlink that stays inside the source", 1, "followed like an ordinary file, site built");
}

TEST_F(BadInput, ThemeTemplateWithASyntaxErrorIsNamed) {
  write("congkhai.yaml", "tieu_de: Cổng\ngiao_dien: giao-dien\n");
  write("giao-dien/templates/pages/home.mustache", "<h1>{{site.title}}</h1>\n{{#communes}}<p>{{name}}</p>\n");
  expect_refused("giao-dien/templates/pages/home.mustache: lỗi: mẫu trang lỗi");
  record_robustness("theme template with a Mustache syntax error", refused_,
                    "Vietnamese error naming the template, exit 1, old site byte-identical");
}

TEST_F(BadInput, ThemeTemplateWithAMissingFieldIsNamed) {
  write("congkhai.yaml", "tieu_de: Cổng\ngiao_dien: giao-dien\n");
  write("giao-dien/templates/pages/home.mustache", "<h1>{{site.title}}</h1>\n<p>{{site.tieu_de_sai}}</p>\n");
  expect_refused("giao-dien/templates/pages/home.mustache:2: lỗi: mẫu trang in trường \"{{site.tieu_de_sai}}\"");
  EXPECT_THAT(last_output_, HasSubstr("trang \"home\" không có trường này"));
  record_robustness(
      "theme template printing a field that does not exist", refused_,
      "Vietnamese error template:line naming the field and page, exit 1, old site byte-identical");
}

TEST_F(BadInput, ThemePartialWithAMissingFieldIsNamed) {
  write("congkhai.yaml", "tieu_de: Cổng\ngiao_dien: giao-dien\n");
  write("giao-dien/templates/partials/footer.mustache", "<footer>\n{{ban_quyen_khong_co}}\n</footer>\n");
  expect_refused("giao-dien/templates/partials/footer.mustache:2: lỗi: mẫu trang in trường \"{{ban_quyen_khong_co}}\"");
  record_robustness("theme partial printing a field that does not exist", refused_,
                    "Vietnamese error partial:line naming the field, exit 1, old site byte-identical");
}

TEST_F(BadInput, ThemeTemplateTestingAnAbsentFieldBuilds) {
  // {{#x}}…{{x}}…{{/x}} is how templates print what only some pages have.
  write("congkhai.yaml", "tieu_de: Cổng\ngiao_dien: giao-dien\n");
  write("giao-dien/templates/pages/home.mustache", "<h1>{{site.title}}</h1>{{#ghi_chu}}<p>{{ghi_chu}}</p>{{/ghi_chu}}\n");
  auto r = build(dir_.path(), out(), "2026-03-02");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  record_robustness("theme template testing a field only some pages have", 1,
                    "accepted (not taken for a missing field), site built");
}

// What Windows Notepad writes: a BOM and CRLF everywhere. Accepted, and the
// site is exactly the site of the same files saved with LF and no BOM.
TEST_F(BadInput, BomAndCrlfFilesBuildTheSameSite) {
  auto dos = [](std::string text) {
    std::string out = "\xEF\xBB\xBF";
    for (char c : text) {
      if (c == '\n') out += '\r';
      out += c;
    }
    return out;
  };
  TempDir windows;
  testing::write_minimal_portal(windows);
  const char* files[] = {"congkhai.yaml", "content/xa-thu/_index.md", "content/xa-thu/kh-2026.md",
                         "data/xa-thu/kh-2026.json"};
  for (const char* rel : files) windows.write(rel, dos(windows.read(rel)));
  ASSERT_THAT(windows.read("content/xa-thu/kh-2026.md"), HasSubstr("\r\n"));
  auto r = build(windows.path(), windows.path() / "site", "2026-03-01");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  auto site = snapshot(windows.path() / "site");
  EXPECT_EQ(site.size(), before_.size());
  for (const auto& [path, bytes] : before_) EXPECT_TRUE(site[path] == bytes) << path << " differs from the LF build";
  std::string plan = site["xa-thu/kh-2026/index.html"];
  EXPECT_THAT(plan, HasSubstr("Kế hoạch cải cách hành chính năm 2026"));
  EXPECT_THAT(plan, Not(HasSubstr("\r")));
  EXPECT_THAT(plan, Not(HasSubstr("\xEF\xBB\xBF")));
  record_robustness("Windows Notepad files: UTF-8 BOM and CRLF line ends", std::size(files),
                    "accepted; the site is byte-identical to the LF, no-BOM build (" +
                        std::to_string(site.size()) + " files compared)");
}

// 10,000 tasks in one plan is large but legitimate (a province-wide plan):
// the build succeeds with a page per task and a complete table.
TEST(LargePlan, TenThousandTasksBuild) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  std::string json = R"({"phan": [{"ma": "i", "so": "I", "ten": "Nhiệm vụ"}], "nhiem_vu": [)";
  size_t tasks = 0;
  for (int i = 1; i <= 10000; ++i, ++tasks) {
    if (i > 1) json += ",";
    json += R"({"ma": "nv-)" + std::to_string(i) + R"(", "so": ")" + std::to_string(i) +
            R"(", "phan": "i", "noi_dung": "Nhiệm vụ số )" + std::to_string(i) +
            R"( về cải cách hành chính.", "co_quan_chu_tri": ["Phòng )" + std::to_string(i % 37) +
            R"("], "thoi_han": "Quý )" + std::string(i % 2 ? "II" : "IV") + "/2026\"}";
  }
  json += "]}\n";
  dir.write("data/xa-thu/kh-2026.json", json);
  auto r = build(dir.path(), dir.path() / "site", "2026-03-01");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::exists(dir.path() / "site/xa-thu/kh-2026/nv-1/index.html"));
  EXPECT_TRUE(fs::exists(dir.path() / "site/xa-thu/kh-2026/nv-10000/index.html"));
  std::string plan = testing::read_file(dir.path() / "site/xa-thu/kh-2026/index.html");
  EXPECT_THAT(plan, HasSubstr("Nhiệm vụ số 10000 về cải cách hành chính."));
  record_robustness("very large plan (10,000 tasks in one data file; cases = tasks)", tasks,
                    "builds: a page per task and the complete plan table");
}

}  // namespace
}  // namespace ck::robustness
