// Content ids and narrative headings may not take the names the portal uses
// for its own pages, files and elements (issue #13): a task "nhat-ky"
// overwrote the plan's changelog page, "## Bộ lọc" duplicated the filter
// form's id. Both lists are derived, not typed: the reserved route segments
// are checked against every path of a built site, the page ids against the
// theme's templates.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>

#include "load/portal_loader.h"
#include "markdown/markdown.h"
#include "render/page_paths.h"
#include "robustness/site_fixture.h"
#include "util/slug.h"

namespace ck::robustness {
namespace {

using paths::route_segments;
using paths::RouteLevel;
using ::testing::HasSubstr;

const char* level_name(RouteLevel level) {
  switch (level) {
    case RouteLevel::Site:
      return "site root";
    case RouteLevel::Commune:
      return "commune folder";
    case RouteLevel::Plan:
      return "plan folder";
    case RouteLevel::Agencies:
      return "agency list folder";
  }
  return "";
}

// The demo portal (every commune kind, indicators, agencies, sub-tasks) with a
// base_url so that sitemap.xml and robots.txt are written too.
void write_demo_portal(const testing::TempDir& dir) {
  fs::copy(testing::source_dir() / "content", dir.path() / "content", fs::copy_options::recursive);
  fs::copy(testing::source_dir() / "data", dir.path() / "data", fs::copy_options::recursive);
  dir.write("congkhai.yaml", "tieu_de: Cổng\nbase_url: https://cong.vn/ck/\n");
}

// The fixed name at each level of every path the site holds: the first
// segment that is not a content id.
std::map<RouteLevel, std::set<std::string>> written_segments(const Portal& portal,
                                                             const std::map<std::string, std::string>& site) {
  std::map<RouteLevel, std::set<std::string>> found;
  for (const auto& [path, bytes] : site) {
    std::vector<std::string> parts;
    for (size_t start = 0, slash; start <= path.size(); start = slash + 1) {
      slash = path.find('/', start);
      if (slash == std::string::npos) slash = path.size();
      parts.push_back(path.substr(start, slash - start));
    }
    const Commune* c = portal.find_commune(parts[0]);
    if (!c) {
      found[RouteLevel::Site].insert(parts[0]);
      continue;
    }
    if (parts[1] == "co-quan" && parts.size() > 2) {
      bool agency = parts.size() > 3;  // co-quan/<agency>/index.html
      if (!agency) found[RouteLevel::Agencies].insert(parts[2]);
    }
    const Plan* p = portal.find_plan(c->id, parts[1]);
    if (!p) {
      found[RouteLevel::Commune].insert(parts[1]);
      continue;
    }
    bool task = parts.size() > 3 && std::any_of(p->tasks.begin(), p->tasks.end(),
                                                [&](const Task& t) { return t.id == parts[2]; });
    if (!task) found[RouteLevel::Plan].insert(parts[2]);
  }
  return found;
}

// Every fixed folder or file the build writes is in route_segments() of its
// level: a new page that the list forgot fails here, before an id can take it.
TEST(ReservedIds, RouteSegmentsListEveryFixedPathOfABuiltSite) {
  testing::TempDir dir;
  write_demo_portal(dir);
  auto r = build(dir.path(), dir.path() / "site", "2026-03-01");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  Diagnostics diags;
  auto portal = load_portal(dir.path(), diags);
  ASSERT_TRUE(portal);
  auto found = written_segments(*portal, snapshot(dir.path() / "site"));
  for (RouteLevel level : {RouteLevel::Site, RouteLevel::Commune, RouteLevel::Plan, RouteLevel::Agencies}) {
    auto listed = route_segments(level);
    EXPECT_FALSE(found[level].empty()) << level_name(level);
    for (const auto& segment : found[level]) {
      if (!is_slug(segment)) continue;  // ".congkhai-site" and the like: no content id can take them
      EXPECT_TRUE(std::find(listed.begin(), listed.end(), segment) != listed.end())
          << "\"" << segment << "\" is written in the " << level_name(level)
          << " but not in route_segments()";
    }
  }
}

class ReservedIdsRefused : public ::testing::Test {
 protected:
  void SetUp() override { testing::write_minimal_portal(dir_); }
  // Loads and returns every error, formatted.
  std::string errors() {
    Diagnostics diags;
    load_portal(dir_.path(), diags);
    std::string out;
    for (const auto& d : diags.items())
      if (d.severity == Severity::Error) out += d.format() + "\n";
    return out;
  }
  testing::TempDir dir_;
};

// A content id equal to each fixed segment, at its level, is refused where it
// is written; the list is the one the site test above checks.
TEST_F(ReservedIdsRefused, EverySegmentAtEveryLevel) {
  const std::string json = testing::minimal_plan_json();
  const std::string index = dir_.read("content/xa-thu/_index.md");
  const std::string plan_md = dir_.read("content/xa-thu/kh-2026.md");
  int cases = 0;
  for (std::string_view segment : route_segments(RouteLevel::Plan)) {
    std::string id(segment), text = json;
    text.replace(text.find("\"ma\": \"nv-1\""), 12, "\"ma\": \"" + id + "\"");
    dir_.write("data/xa-thu/kh-2026.json", text);
    EXPECT_THAT(errors(), HasSubstr("data/xa-thu/kh-2026.json:5:13: lỗi: nhiệm vụ \"1\": mã \"" + id +
                                    "\" trùng hoặc giống tên một trang, tệp của cổng"));
    ++cases;
  }
  dir_.write("data/xa-thu/kh-2026.json", json);
  for (std::string_view segment : route_segments(RouteLevel::Commune)) {
    std::string id(segment);
    dir_.write("content/xa-thu/" + id + ".md", plan_md);
    EXPECT_THAT(errors(),
                HasSubstr("content/xa-thu/" + id + ".md: lỗi: tên kế hoạch \"" + id + "\" trùng hoặc giống"));
    fs::remove(dir_.path() / ("content/xa-thu/" + id + ".md"));
    ++cases;
  }
  for (std::string_view segment : route_segments(RouteLevel::Site)) {
    std::string id(segment);
    dir_.write("content/" + id + "/_index.md", index);
    EXPECT_THAT(errors(),
                HasSubstr("content/" + id + ": lỗi: tên thư mục xã \"" + id + "\" trùng hoặc giống"));
    fs::remove_all(dir_.path() / ("content/" + id));
    ++cases;
  }
  for (std::string_view segment : route_segments(RouteLevel::Agencies)) {
    std::string id(segment);
    dir_.write("data/xa-thu/_co_quan.json",
               R"({"co_quan": [{"ma": ")" + id + R"(", "ten": "Phòng Văn hóa - Xã hội"}]})");
    EXPECT_THAT(errors(), HasSubstr("data/xa-thu/_co_quan.json:1:"));
    EXPECT_THAT(errors(), HasSubstr("cơ quan: mã \"" + id + "\" trùng hoặc giống"));
    ++cases;
  }
  RecordProperty("robustness_class", "content ids equal to the portal's own pages and files, every level");
  RecordProperty("robustness_cases", cases);
  RecordProperty("robustness_outcome", "located Vietnamese error at the id");
}

TEST_F(ReservedIdsRefused, FileLikeNamesAndStemsAreRefusedDigitDotsAreNot) {
  const std::string json = testing::minimal_plan_json();
  const char* refused[] = {"du-lieu", "bao-cao.html", "nv-1.a", "thay-doi", "mot-tep"};
  for (const char* id : refused) {
    std::string text = json;
    text.replace(text.find("\"ma\": \"nv-1\""), 12, std::string("\"ma\": \"") + id + "\"");
    dir_.write("data/xa-thu/kh-2026.json", text);
    EXPECT_THAT(errors(), HasSubstr(std::string("mã \"") + id + "\" trùng hoặc giống")) << id;
  }
  std::string text = json;
  text.replace(text.find("\"ma\": \"nv-1\""), 12, "\"ma\": \"nv-1.2\"");
  dir_.write("data/xa-thu/kh-2026.json", text);
  EXPECT_EQ(errors(), "");
  record_robustness("task ids that look like a file name or a page's stem", std::size(refused) + 1,
                    "located Vietnamese error at the id; digit dots (nv-1.2) accepted");
}

// End to end: the changelog page that "nhat-ky" used to overwrite stays, and
// "du-lieu.csv" no longer fails on a staging path.
TEST_F(BadInput, TaskIdsNamingPortalPagesAreRefusedAtTheirLine) {
  for (const char* id : {"nhat-ky", "du-lieu.csv", "index.html"}) {
    write("data/xa-thu/kh-2026.json", testing::minimal_plan_json());
    edit_plan_json("\"ma\": \"nv-2\",", std::string("\"ma\": \"") + id + "\",");
    expect_refused(std::string("data/xa-thu/kh-2026.json:15:13: lỗi: nhiệm vụ \"2\": mã \"") + id +
                   "\" trùng hoặc giống");
    EXPECT_THAT(last_output_, ::testing::Not(HasSubstr("staging")));
  }
  record_robustness("task ids naming the portal's own pages (nhat-ky, du-lieu.csv, index.html)", refused_,
                    "Vietnamese error at the id's line:column, exit 1, old site byte-identical");
}

// Every id written by the theme's templates (not the dynamic {{…}} ones, which
// are content ids: slugs without '_').
std::set<std::string> template_ids() {
  std::set<std::string> ids;
  std::regex id_attr(R"re(\bid="([^"{}]+)")re");
  for (const auto& e : fs::recursive_directory_iterator(testing::source_dir() / "themes/default/templates")) {
    if (!e.is_regular_file()) continue;
    std::string text = testing::read_file(e.path());
    for (std::sregex_iterator it(text.begin(), text.end(), id_attr), end; it != end; ++it)
      ids.insert((*it)[1]);
  }
  return ids;
}

TEST(HeadingIds, NoTemplateIdHasTheHeadingPrefix) {
  auto ids = template_ids();
  ASSERT_GT(ids.size(), 10u);
  ASSERT_TRUE(ids.count("bo-loc"));
  for (const auto& id : ids) EXPECT_FALSE(id.starts_with(kHeadingIdPrefix)) << id;
}

// A narrative heading named like each of the page's own ids, and like a task
// and an indicator: every page still has each id once.
TEST_F(BadInput, NarrativeHeadingsNeverDuplicateAPageId) {
  std::string body = "\n## Bộ lọc\n\n## NV 1\n\n## CT 1\n\n## Phần I\n\n[Về bộ lọc](#bo-loc)\n";
  auto ids = template_ids();
  for (const auto& id : ids) body += "\n## " + id + "\n";
  write("content/xa-thu/kh-2026.md", dir_.read("content/xa-thu/kh-2026.md") + body);
  auto r = build(dir_.path(), out(), "2026-03-02");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::regex id_attr(R"re(\sid="([^"]+)")re");
  int pages = 0;
  for (const auto& [path, html] : snapshot(out())) {
    if (!path.ends_with(".html")) continue;
    ++pages;
    std::map<std::string, int> seen;
    for (std::sregex_iterator it(html.begin(), html.end(), id_attr), end; it != end; ++it) ++seen[(*it)[1]];
    for (const auto& [id, n] : seen) EXPECT_EQ(n, 1) << path << ": id \"" << id << "\"";
  }
  // The narrative has its own page (toan-van/), linked from the plan page.
  std::string plan = testing::read_file(out() / "xa-thu/kh-2026/toan-van/index.html");
  EXPECT_THAT(plan, HasSubstr("id=\"muc_bo-loc\""));
  EXPECT_THAT(plan, HasSubstr("href=\"#muc_bo-loc\""));  // the editor's link still lands on the heading
  RecordProperty("robustness_class", "narrative headings named like the page's own element ids");
  RecordProperty("robustness_cases", static_cast<int>(ids.size()) + 4);
  RecordProperty("robustness_outcome", "headings get a prefixed id; every id once per page");
}

}  // namespace
}  // namespace ck::robustness
