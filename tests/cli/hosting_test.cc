// Hosting the portal on a commune's own portal (docs/deploy.md): the demo
// built under a sub-path and as one commune's standalone site, both walked
// for broken links; the embed, single-file and fragment forms; the CI guard
// against shallow clones.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "history/history_fixture.h"
#include "support/link_walker.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using ck::testing::run_command;
using ck::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kBase = "https://xa.example.gov.vn/cong-khai/";

std::string q(const fs::path& p) { return testing::shell_quote(p); }

testing::CommandResult congkhai(const std::string& args) {
  return run_command(testing::congkhai_binary() + " " + args);
}

testing::CommandResult build_demo(const fs::path& out, const std::string& extra) {
  return congkhai("build --source " + q(testing::source_dir()) + " --out " + q(out) + " --today 2026-06-15 " + extra);
}

// Site-relative paths of every HTML file under `root`.
std::vector<std::string> html_files(const fs::path& root) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file() && e.path().extension() == ".html")
      out.push_back(e.path().lexically_relative(root).generic_string());
  std::sort(out.begin(), out.end());
  return out;
}

// Relative links all resolve, none is root-absolute, every page is reachable.
void expect_links_sound(const fs::path& site) {
  auto walk = testing::walk_site(site);
  EXPECT_TRUE(walk.broken.empty()) << ::testing::PrintToString(walk.broken);
  EXPECT_TRUE(walk.absolute.empty()) << ::testing::PrintToString(walk.absolute);
  for (const auto& page : html_files(site)) EXPECT_TRUE(walk.reached.count(page)) << "unreachable: " << page;
}

TEST(Hosting, SubPathBuildHasRelativeLinksAndAbsoluteOnesOnlyWhereNeeded) {
  TempDir dir;
  fs::path site = dir.path() / "site";
  auto r = build_demo(site, std::string("--base-url ") + kBase);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  expect_links_sound(site);

  static const std::regex absolute_attr(std::string("<([a-z]+)([^>]*?) (?:href|src)=\"") + kBase + "([^\"#]*)");
  size_t canonical = 0;
  for (const auto& page : html_files(site)) {
    std::string html = testing::read_file(site / page);
    bool leaves_the_site = page.ends_with("/mot-tep.html") || page.ends_with("/doan-html.html");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), absolute_attr); it != std::sregex_iterator(); ++it) {
      // Every absolute address names a file of this build...
      std::string path = (*it)[3];
      if (path.empty() || path.ends_with("/")) path += "index.html";
      EXPECT_TRUE(fs::is_regular_file(site / path)) << page << " -> " << kBase << (*it)[3];
      // ...and pages use one only for their canonical address; the rest is relative.
      bool is_canonical = (*it)[1] == "link" && std::string((*it)[2]).find("rel=\"canonical\"") != std::string::npos;
      canonical += is_canonical;
      if (!leaves_the_site) {
        EXPECT_TRUE(is_canonical) << page << ": " << (*it)[0];
      }
    }
  }
  EXPECT_GT(canonical, 100u);
}

TEST(Hosting, CommuneBuildIsAStandaloneSiteOfThatCommuneAndTheCityPlanItImplements) {
  TempDir dir;
  fs::path site = dir.path() / "site";
  auto r = build_demo(site, "--commune tien-lang");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  expect_links_sound(site);

  EXPECT_TRUE(fs::is_regular_file(site / "tien-lang/cchc-2026/index.html"));
  EXPECT_TRUE(fs::is_regular_file(site / "hai-phong/cchc-2026/index.html"));  // "thuc_hien" of the commune's plan
  EXPECT_TRUE(fs::is_directory(site / "hai-phong/co-quan"));
  for (const char* other : {"bach-long-vi", "tan-minh", "minh-hoa"}) EXPECT_FALSE(fs::exists(site / other)) << other;
  // The city plan lists only this commune's plan among those implementing it.
  std::string city_plan = testing::read_file(site / "hai-phong/cchc-2026/index.html");
  EXPECT_THAT(city_plan, HasSubstr("Xã Tiên Lãng"));
  EXPECT_THAT(city_plan, Not(HasSubstr("Bạch Long Vĩ")));
  // Search covers only what the site holds.
  for (const auto& e : fs::recursive_directory_iterator(site / "search"))
    if (e.is_regular_file()) {
      std::string text = testing::read_file(e.path());
      EXPECT_THAT(text, Not(HasSubstr("bach-long-vi/"))) << e.path();
      EXPECT_THAT(text, Not(HasSubstr("tan-minh/"))) << e.path();
    }
}

TEST(Hosting, UnknownCommuneIsAUsageErrorNamingTheCommunes) {
  TempDir dir;
  auto r = build_demo(dir.path() / "site", "--commune khong-co");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_THAT(r.output, HasSubstr("--commune \"khong-co\": không có xã này"));
  EXPECT_THAT(r.output, HasSubstr("tien-lang"));
  EXPECT_FALSE(fs::exists(dir.path() / "site"));
}

TEST(Hosting, EmbedPagesAreChromeLessAndReportTheirHeight) {
  TempDir dir;
  fs::path site = dir.path() / "site";
  ASSERT_EQ(build_demo(site, std::string("--base-url ") + kBase).exit_code, 0);
  for (const char* page : {"tien-lang/cchc-2026/nhung/index.html", "tien-lang/nhung/index.html"}) {
    std::string html = testing::read_file(site / page);
    EXPECT_THAT(html, HasSubstr("<base target=\"_top\">")) << page;
    EXPECT_THAT(html, HasSubstr("static/nhung.js")) << page;
    EXPECT_THAT(html, Not(HasSubstr("site-header"))) << page;
    EXPECT_THAT(html, Not(HasSubstr("search-box"))) << page;
  }
  EXPECT_THAT(testing::read_file(site / "tien-lang/cchc-2026/nhung/index.html"), HasSubstr("id=\"nv-37\""));
  // The plan page offers the snippet, filled in with the embed page's address.
  std::string plan = testing::read_file(site / "tien-lang/cchc-2026/index.html");
  EXPECT_THAT(plan, HasSubstr("src=&quot;https://xa.example.gov.vn/cong-khai/tien-lang/cchc-2026/nhung/&quot;"));
  EXPECT_THAT(plan, HasSubstr("e.source !== f.contentWindow || e.origin !== new URL(f.src).origin"));
}

TEST(Hosting, SingleFileStandsAloneAndFragmentHasNoActiveContent) {
  TempDir dir;
  for (std::string base : {std::string(""), std::string(kBase)}) {
    fs::path site = dir.path() / (base.empty() ? "plain" : "based");
    ASSERT_EQ(build_demo(site, base.empty() ? "" : "--base-url " + base).exit_code, 0);
    std::string single = testing::read_file(site / "tien-lang/cchc-2026/mot-tep.html");
    EXPECT_THAT(single, HasSubstr("<style>"));
    EXPECT_THAT(single, HasSubstr(".badge"));  // the stylesheet, inlined
    EXPECT_THAT(single, HasSubstr("id=\"nv-37\""));
    // Nothing is fetched: no script, stylesheet, image or frame; links are
    // anchors in the file or, with base_url, the published pages.
    for (const char* active : {"<script", "<link", "<img", "<iframe", " src="}) EXPECT_THAT(single, Not(HasSubstr(active)));
    static const std::regex href("href=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(single.begin(), single.end(), href); it != std::sregex_iterator(); ++it) {
      std::string target = (*it)[1];
      bool ok = target.rfind('#', 0) == 0 || (!base.empty() && target.rfind(base, 0) == 0);
      EXPECT_TRUE(ok) << base << ": " << target;
    }

    std::string fragment = testing::read_file(site / "tien-lang/cchc-2026/doan-html.html");
    EXPECT_THAT(fragment, HasSubstr("<table>"));
    EXPECT_THAT(fragment, HasSubstr("Chưa cập nhật"));
    for (const char* active : {"<script", "<iframe", "<style", " style=", " class=", "<html", "<body"})
      EXPECT_THAT(fragment, Not(HasSubstr(active)));
    EXPECT_FALSE(std::regex_search(fragment, std::regex(R"( on[a-z]+=)"))) << "event handler attribute";
    if (base.empty()) {
      EXPECT_THAT(fragment, Not(HasSubstr("href=")));
    }
  }
}

TEST(Hosting, RequireFullHistoryRefusesAShallowCloneOrNoRepository) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "linear");
  auto full = congkhai("build --require-full-history --source " + q(repo) + " --out " + q(dir.path() / "full") +
                       " --today 2026-11-20");
  EXPECT_EQ(full.exit_code, 0) << full.output;

  auto shallow = testing::shallow_clone(repo, dir, 2);
  auto r = congkhai("build --require-full-history --source " + q(shallow) + " --out " + q(dir.path() / "site") +
                    " --today 2026-11-20");
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr("--require-full-history: lịch sử git không đầy đủ"));
  EXPECT_THAT(r.output, HasSubstr("fetch-depth: 0"));
  EXPECT_FALSE(fs::exists(dir.path() / "site"));
  // Without the flag the same clone builds, with a warning on the pages.
  EXPECT_EQ(congkhai("build --source " + q(shallow) + " --out " + q(dir.path() / "site") + " --today 2026-11-20").exit_code, 0);

  fs::path plain = dir.path() / "plain";
  fs::copy(repo, plain, fs::copy_options::recursive);
  fs::remove_all(plain / ".git");
  auto p = congkhai("build --require-full-history --source " + q(plain) + " --out " + q(dir.path() / "p") +
                    " --today 2026-11-20");
  EXPECT_EQ(p.exit_code, 1) << p.output;
}

}  // namespace
}  // namespace ck
