#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "load/portal_loader.h"
#include "render/page_paths.h"
#include "render/site_renderer.h"
#include "support/test_support.h"

namespace ck {
namespace {

using ck::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

SiteFiles render(const TempDir& dir, CivilDate today = {2026, 3, 1}) {
  Diagnostics diags;
  auto portal = load_portal(dir.path(), diags);
  EXPECT_FALSE(diags.has_errors()) << diags.format_all();
  Theme theme = load_theme({}, diags);
  auto files = render_site(*portal, theme, {today, "test"}, diags);
  EXPECT_FALSE(diags.has_errors()) << diags.format_all();
  return files;
}

TEST(Render, WritesEveryPageType) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  auto files = render(dir);
  for (const char* path : {"index.html", "xa-thu/index.html", "xa-thu/kh-2026/index.html", "xa-thu/kh-2026/nv-1/index.html",
                           "xa-thu/kh-2026/nv-2/index.html", "xa-thu/kh-2026/nv-2-1/index.html", "static/style.css"})
    EXPECT_TRUE(files.count(path)) << path;
  const std::string& plan = files["xa-thu/kh-2026/index.html"];
  EXPECT_THAT(plan, HasSubstr("<html lang=\"vi\">"));
  EXPECT_THAT(plan, HasSubstr("Ban hành Kế hoạch cải cách hành chính năm 2026."));
  EXPECT_THAT(plan, HasSubstr("Trước ngày 13/01/2026"));
  EXPECT_THAT(plan, HasSubstr("<th scope=\"col\">"));
  EXPECT_THAT(plan, HasSubstr("Kế hoạch (chưa ghi số)"));  // a number left blank in the document: said so
  EXPECT_THAT(plan, Not(HasSubstr("<dt>Người ký</dt>")));  // empty fields are left out
  EXPECT_THAT(plan, HasSubstr("Dữ liệu minh họa"));
  EXPECT_THAT(plan, HasSubstr("href=\"../../static/style.css\""));
  // Rows link to their task and agency pages relative to the plan's folder (the table repeats them).
  EXPECT_THAT(plan, HasSubstr("href=\"nv-1/index.html\""));
  EXPECT_THAT(plan, HasSubstr("href=\"../co-quan/van-phong-hdnd-va-ubnd/index.html\""));
}

TEST(Render, TaskPageShowsAllFields) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  auto files = render(dir);
  const std::string& task = files["xa-thu/kh-2026/nv-2/index.html"];
  EXPECT_THAT(task, HasSubstr("Kiểm tra cải cách hành chính."));
  EXPECT_THAT(task, HasSubstr("Văn phòng HĐND và UBND"));
  EXPECT_THAT(task, HasSubstr("Quý IV/2026"));
  EXPECT_THAT(task, HasSubstr("40%"));
  EXPECT_THAT(task, HasSubstr("02/03/2026"));
  EXPECT_THAT(task, HasSubstr("Báo cáo số 1/BC-UBND"));
  EXPECT_THAT(task, HasSubstr("Kiểm tra Trung tâm Phục vụ hành chính công."));  // its sub-row
  const std::string& sub = files["xa-thu/kh-2026/nv-2-1/index.html"];
  EXPECT_THAT(sub, HasSubstr("Nhiệm vụ 2 (1)"));
}

TEST(Render, AllLinksAreRelative) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  for (const auto& [path, html] : render(dir)) {
    EXPECT_THAT(html, Not(HasSubstr("href=\"/"))) << path;
    EXPECT_THAT(html, Not(HasSubstr("src=\"/"))) << path;
  }
}

TEST(Render, ScriptInAnyFieldShowsAsText) {
  TempDir dir;
  // x goes inside JSON strings, y inside single-quoted YAML.
  const std::string x = "<script>alert(1)</script>\\\"><img src=x onerror=alert(1)>";
  const std::string y = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
  dir.write("congkhai.yaml", "tieu_de: '" + y + "'\nmo_ta: '" + y + "'\n");
  dir.write("content/xa-thu/_index.md", "---\nten: '" + y + "'\nloai: xa\n---\n" + y + "\n");
  dir.write("content/xa-thu/kh-2026.md", "---\ntieu_de: '" + y + "'\nso_hieu: '" + y + "'\nky: 2026\nnguoi_ky: '" + y +
                                             "'\nco_quan_ban_hanh: '" + y + "'\nnguon: '" + y +
                                             "'\nthuc_hien:\n  - so_hieu: '" + y + "'\n---\n" + y +
                                             "\n\n[a](javascript:alert(1))\n");
  dir.write("data/xa-thu/kh-2026.json",
            "{\"phan\": [{\"ma\": \"i\", \"so\": \"" + x + "\", \"ten\": \"" + x + "\"}], \"nhiem_vu\": [{\"ma\": \"nv-1\", \"so\": \"" + x +
                "\", \"phan\": \"i\", \"noi_dung\": \"" + x + "\", \"co_quan_chu_tri\": [\"" + x + "\"], \"co_quan_phoi_hop\": [\"" + x +
                "\"], \"thoi_han\": \"" + x + "\", \"san_pham\": [\"" + x + "\"], \"trang_thai\": \"dang_thuc_hien\", \"cap_nhat\": [{\"ngay\": \"2026-01-02\", \"noi_dung\": \"" +
                x + "\", \"minh_chung\": [\"" + x + "\"]}]}], \"chi_tieu\": [{\"ma\": \"ct-1\", \"noi_dung\": \"" + x +
                "\", \"don_vi\": \"" + x + "\", \"gia_tri\": 1, \"so_sanh\": \">=\"}]}");
  auto files = render(dir);
  ASSERT_GT(files.size(), 4u);
  // The only scripts are the theme's own files; no payload became a tag.
  static const std::regex own_script(R"re(<script src="[a-z0-9./-]+\.js"( id="[a-z-]+")?( defer)?></script>)re");
  for (const auto& [path, html] : files) {
    if (path.find(".html") == std::string::npos) continue;
    std::string without_own = std::regex_replace(html, own_script, "");
    EXPECT_THAT(without_own, Not(HasSubstr("<script"))) << path;
    EXPECT_THAT(html, Not(HasSubstr("<img"))) << path;
    EXPECT_THAT(html, Not(HasSubstr("javascript:"))) << path;
  }
  EXPECT_THAT(files["xa-thu/kh-2026/nv-1/index.html"], HasSubstr("&lt;script&gt;"));
}

TEST(Render, SameInputSameBytes) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  EXPECT_EQ(render(dir), render(dir));
}

TEST(Render, ThemeOverrideReplacesATemplate) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("congkhai.yaml", "giao_dien: giao-dien-rieng\n");
  dir.write("giao-dien-rieng/templates/pages/home.mustache", "<p>Trang riêng {{site.title}}</p>");
  Diagnostics diags;
  auto portal = load_portal(dir.path(), diags);
  Theme theme = load_theme(dir.path() / "giao-dien-rieng", diags);
  auto files = render_site(*portal, theme, {{2026, 1, 1}, "t"}, diags);
  EXPECT_EQ(files["index.html"], "<p>Trang riêng Công khai kế hoạch</p>");
  EXPECT_THAT(files["xa-thu/index.html"], HasSubstr("Xã Thử"));  // other templates stay default
}

TEST(Render, BrokenTemplateIsReported) {
  TempDir dir;
  dir.write("templates/pages/home.mustache", "{{#open}} never closed");
  Diagnostics diags;
  load_theme(dir.path(), diags);
  ASSERT_TRUE(diags.has_errors());
  EXPECT_THAT(diags.format_all(), HasSubstr("mẫu trang lỗi"));
}

TEST(PagePaths, RootFromPage) {
  EXPECT_EQ(paths::root_from("index.html"), "");
  EXPECT_EQ(paths::root_from("a/index.html"), "../");
  EXPECT_EQ(paths::root_from("a/b/c/index.html"), "../../../");
}

}  // namespace
}  // namespace ck

namespace ck {
namespace {

// Statuses are computed as of the build date: the same data read on two days
// shows different counts on plan, commune and agency pages.
TEST(Render, ChangingTodayChangesStatusesAndCounts) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  // nv-2 is in progress with the deadline "Quý IV/2026" (due 31/12/2026).
  auto before = render(dir, {2026, 3, 1});
  auto soon = render(dir, {2026, 12, 20});
  auto after = render(dir, {2027, 1, 5});
  const char* plan = "xa-thu/kh-2026/index.html";
  EXPECT_THAT(before[plan], HasSubstr("badge-dang_thuc_hien"));
  EXPECT_THAT(soon[plan], HasSubstr("badge-sap_den_han"));
  EXPECT_THAT(soon[plan], HasSubstr("còn 11 ngày"));
  EXPECT_THAT(after[plan], HasSubstr("badge-qua_han"));
  EXPECT_THAT(after[plan], HasSubstr("quá hạn 5 ngày"));
  EXPECT_THAT(after["xa-thu/index.html"], HasSubstr("count-qua_han"));
  EXPECT_THAT(before["xa-thu/index.html"], Not(HasSubstr("count-qua_han")));
  const char* agency = "xa-thu/co-quan/van-phong-hdnd-va-ubnd/index.html";
  EXPECT_THAT(after[agency], HasSubstr("count-qua_han"));
  EXPECT_THAT(after["xa-thu/qua-han/index.html"], HasSubstr("Kiểm tra cải cách hành chính."));
  EXPECT_THAT(before["xa-thu/qua-han/index.html"], Not(HasSubstr("Kiểm tra cải cách hành chính.")));
  // A task nobody reported on is never called overdue: nv-1 (due 12/01/2026) stays "chưa cập nhật".
  EXPECT_THAT(after["xa-thu/kh-2026/nv-1/index.html"], HasSubstr("badge-chua_cap_nhat"));
  EXPECT_THAT(after["xa-thu/kh-2026/nv-1/index.html"], HasSubstr("đã qua hạn, chưa có báo cáo"));
}

TEST(Render, ChartLegendNamesOnlyTheStatusGroupsThatOccur) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  auto files = render(dir);
  const std::string& plan = files["xa-thu/kh-2026/index.html"];
  // The minimal plan has tasks "chưa cập nhật" and one "đang thực hiện": two colours, two columns.
  EXPECT_THAT(plan, HasSubstr("swatch seg-khong"));
  EXPECT_THAT(plan, HasSubstr("swatch seg-dang"));
  EXPECT_THAT(plan, Not(HasSubstr("swatch seg-xong")));
  EXPECT_THAT(plan, Not(HasSubstr("<th scope=\"col\">Quá hạn</th>")));
}

// Cells a scan import could not read for certain ("can_doi_chieu") carry a
// visible mark on the plan's row and the task's page, and the plan says how
// many are left; when a clerk has checked a cell and removed its name, its
// mark is gone.
TEST(Render, CellsNotComparedWithTheOriginalAreMarkedUntilChecked) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  std::string data = testing::minimal_plan_json();
  const std::string before = R"("thoi_han": "Trước ngày 13/01/2026",)";
  auto at = data.find(before);
  ASSERT_NE(at, std::string::npos);
  data.replace(at, before.size(), before + R"( "can_doi_chieu": ["noi_dung", "thoi_han"],)");
  dir.write("data/xa-thu/kh-2026.json", data);
  const std::string mark = "<span class=\"unverified\">Chưa đối chiếu với bản gốc</span>";
  auto files = render(dir);
  const std::string& plan = files["xa-thu/kh-2026/index.html"];
  EXPECT_THAT(plan, HasSubstr("Bảng nhiệm vụ còn 2 ô đọc từ bản quét chưa chắc chắn"));
  // Task 1's row: the mark right after its text, and in its deadline cell; nowhere else.
  auto row = plan.substr(plan.find("<tr id=\"nv-1\""));
  row = row.substr(0, row.find("</tr>"));
  EXPECT_THAT(row, HasSubstr("năm 2026. " + mark + "</td>"));
  EXPECT_THAT(row, HasSubstr(mark + "</td><td data-label=\"Sản phẩm\""));
  size_t marks = 0;
  for (size_t p = plan.find(mark); p != std::string::npos; p = plan.find(mark, p + 1)) ++marks;
  EXPECT_EQ(marks, 2u);
  const std::string& task = files["xa-thu/kh-2026/nv-1/index.html"];
  EXPECT_THAT(task, HasSubstr("<p>" + mark + "</p>"));
  EXPECT_THAT(task, HasSubstr("Trước ngày 13/01/2026 " + mark + "</dd>"));
  EXPECT_THAT(files["xa-thu/kh-2026/nv-2/index.html"], Not(HasSubstr(mark)));

  testing::write_minimal_portal(dir);  // checked against the paper: the names removed
  files = render(dir);
  EXPECT_THAT(files["xa-thu/kh-2026/index.html"], Not(HasSubstr("unverified")));
  EXPECT_THAT(files["xa-thu/kh-2026/index.html"], Not(HasSubstr("Bảng nhiệm vụ còn")));
  EXPECT_THAT(files["xa-thu/kh-2026/nv-1/index.html"], Not(HasSubstr("unverified")));
}

}  // namespace
}  // namespace ck
