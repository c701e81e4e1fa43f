// The overdue and due-soon lists (render/overview_views.h): a commune's list
// always shows its rows; the list across every commune shows them while a
// phone can hold them, and beyond that counts each commune's rows and links to
// that commune's list.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "load/portal_loader.h"
#include "render/site_renderer.h"
#include "support/test_support.h"

namespace ck {
namespace {

using ck::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

// `overdue[i]` tasks reported in progress and past due, plus `silent[i]` past due
// with no report, in commune i ("xa-<i>"; xa-2 is fictional).
void write_portal(const TempDir& dir, const std::vector<int>& overdue, const std::vector<int>& silent) {
  dir.write("congkhai.yaml", "tieu_de: Cổng thử nghiệm\n");
  for (size_t i = 0; i < overdue.size(); ++i) {
    const std::string id = "xa-" + std::to_string(i);
    dir.write("content/" + id + "/_index.md", "---\nten: Xã Số " + std::to_string(i) + "\nloai: xa\n" +
                                                  (i == 2 ? "minh_hoa: true\n" : "") + "---\n");
    dir.write("content/" + id + "/kh.md", "---\ntieu_de: Kế hoạch\nso_hieu: 1/KH-UBND\nngay_ban_hanh: 2026-01-05\nky: 2026\n---\n");
    std::string tasks;
    for (int t = 0; t < overdue[i] + silent[i]; ++t) {
      tasks += std::string(t ? "," : "") + "{\"ma\": \"nv-" + std::to_string(t) + "\", \"so\": \"" + std::to_string(t + 1) +
               "\", \"noi_dung\": \"Việc " + id + " số " + std::to_string(t) +
               ".\", \"co_quan_chu_tri\": [\"Văn phòng\"], \"thoi_han\": \"Trước ngày 10/02/2026\"" +
               (t < overdue[i] ? ", \"trang_thai\": \"dang_thuc_hien\"" : "") + "}";
    }
    dir.write("data/" + id + "/kh.json", "{\"nhiem_vu\": [" + tasks + "]}");
  }
}

SiteFiles render(const TempDir& dir) {
  Diagnostics diags;
  auto portal = load_portal(dir.path(), diags);
  EXPECT_FALSE(diags.has_errors()) << diags.format_all();
  Theme theme = load_theme({}, diags);
  auto files = render_site(*portal, theme, {{2026, 3, 1}, "test"}, diags);
  EXPECT_FALSE(diags.has_errors()) << diags.format_all();
  return files;
}

size_t rows_in(const std::string& page) {
  size_t n = 0;
  for (size_t at = page.find("<th scope=\"row\"><a href=\""); at != std::string::npos;
       at = page.find("<th scope=\"row\"><a href=\"", at + 1))
    ++n;
  return n;
}

TEST(TaskLists, AcrossCommunesTheRowsAreListedWhileAPhoneCanHoldThem) {
  TempDir dir;
  write_portal(dir, {120, 0, 30}, {40, 10, 0});  // 200 rows in all: the limit itself
  auto files = render(dir);
  const std::string& page = files["qua-han/index.html"];
  EXPECT_EQ(rows_in(page), 200u);
  EXPECT_THAT(page, HasSubstr("Việc xa-1 số 0."));
  EXPECT_THAT(page, Not(HasSubstr("commune-counts")));
}

TEST(TaskLists, BeyondThatEachCommuneIsCountedAndLinkedToItsOwnList) {
  TempDir dir;
  write_portal(dir, {120, 0, 31, 0}, {40, 10, 0, 0});  // 201 rows; xa-3 has none
  auto files = render(dir);
  const std::string& page = files["qua-han/index.html"];
  EXPECT_THAT(page, HasSubstr("commune-counts"));
  EXPECT_THAT(page, Not(HasSubstr("Việc xa-0 số 0.")));  // no task rows
  EXPECT_THAT(page, HasSubstr("Có 201 nhiệm vụ"));
  // One row per commune with rows, in the portal's order, with both counts and a link to its own list.
  std::regex row("<tr><th scope=\"row\"><a href=\"([^\"]+)\">([^<]+)</a>(<span[^>]*>[^<]*</span>|[^<])*</th><td>(\\d+)</td><td>(\\d+)</td></tr>");
  std::vector<std::string> found;
  for (std::sregex_iterator it(page.begin(), page.end(), row), end; it != end; ++it)
    found.push_back((*it)[1].str() + " " + (*it)[2].str() + " " + (*it)[4].str() + "/" + (*it)[5].str());
  EXPECT_THAT(found, ::testing::ElementsAre("../xa-0/qua-han/index.html Xã Số 0 120/40", "../xa-1/qua-han/index.html Xã Số 1 0/10",
                                            "../xa-2/qua-han/index.html Xã Số 2 31/0"));
  EXPECT_THAT(page, HasSubstr("<tfoot><tr><th scope=\"row\">Cộng</th><td>151</td><td>50</td></tr></tfoot>"));
  EXPECT_THAT(page, HasSubstr("Xã Số 2</a> <span class=\"tag tag-illustrative\">"));  // fictional, and said so
  // Each commune's own list still shows every row.
  EXPECT_EQ(rows_in(files["xa-0/qua-han/index.html"]), 160u);
  EXPECT_EQ(rows_in(files["xa-2/qua-han/index.html"]), 31u);
  // The due-soon list follows the same rule: nothing is due soon here, so it lists (no) rows.
  EXPECT_THAT(files["sap-den-han/index.html"], Not(HasSubstr("commune-counts")));
}

}  // namespace
}  // namespace ck
