// Redirect pages at the old addresses of a moved plan (render/redirects.h),
// from a History recorded by hand: no git needed.
#include "render/redirects.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "history/history.h"
#include "load/portal_loader.h"
#include "render/site_renderer.h"
#include "support/test_support.h"

namespace ck {
namespace {

using ck::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

// The minimal portal's plan xa-thu/kh-2026, once named `from_commune`/`from_plan`.
struct Rendered {
  SiteFiles files;
  Diagnostics diags;
};

Rendered render_moved(const std::string& from_commune, const std::string& from_plan,
                      const std::string& base_url = "") {
  TempDir dir;
  testing::write_minimal_portal(dir);
  Rendered r;
  auto portal = load_portal(dir.path(), r.diags);
  EXPECT_TRUE(portal && !r.diags.has_errors()) << r.diags.format_all();
  portal->config.base_url = base_url;
  History h;
  h.commits.resize(2);
  h.commits[0].id = h.commits[1].id = std::string(40, 'a');
  h.plan_renames.push_back({1, true, from_commune, from_plan, "xa-thu", "kh-2026"});
  h.plan_renames.push_back({1, false, from_commune, from_plan, "xa-thu", "kh-2026"});
  Theme theme = load_theme({}, r.diags);
  RenderOptions options{{2026, 3, 1}, "test", &h};
  r.files = render_site(*portal, theme, options, r.diags);
  return r;
}

bool is_redirect(const std::string& html) { return html.find("http-equiv=\"refresh\"") != std::string::npos; }

TEST(Redirects, EveryPageOfTheMovedPlanHasOneAtItsOldAddress) {
  Rendered r = render_moved("xa-cu", "kh-cu");
  size_t pages = 0;
  for (const auto& [path, html] : r.files) {
    if (!path.starts_with("xa-thu/kh-2026/") || !path.ends_with(".html") || is_redirect(html)) continue;
    ++pages;
    std::string old = "xa-cu/kh-cu/" + path.substr(std::string("xa-thu/kh-2026/").size());
    ASSERT_TRUE(r.files.count(old)) << old;
    const std::string& page = r.files.at(old);
    EXPECT_TRUE(is_redirect(page)) << old;
    // Relative, resolved against the old page's folder: the same under any sub-path and from disk.
    std::string target =
        std::filesystem::relative(path, std::filesystem::path(old).parent_path()).generic_string();
    EXPECT_THAT(page, HasSubstr("<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">")) << old;
    EXPECT_THAT(page, HasSubstr("<link rel=\"canonical\" href=\"" + target + "\">"));
    EXPECT_THAT(page, HasSubstr("<a href=\"" + target + "\">"));
    EXPECT_THAT(page, HasSubstr("<meta name=\"robots\" content=\"noindex\">"));
    EXPECT_THAT(page, HasSubstr("Kế hoạch này đã chuyển sang địa chỉ mới"));
  }
  EXPECT_GE(pages, 10u);
  EXPECT_THAT(r.files.at("xa-cu/kh-cu/nv-2/index.html"),
              HasSubstr("url=../../../xa-thu/kh-2026/nv-2/index.html\""));
  EXPECT_EQ(r.diags.warning_count(), 0u) << r.diags.format_all();
}

TEST(Redirects, CanonicalIsAbsoluteUnderBaseUrl) {
  Rendered r = render_moved("xa-thu", "kh-cu", "https://example.org/cong");
  const std::string& page = r.files.at("xa-thu/kh-cu/index.html");
  EXPECT_THAT(page, HasSubstr("<link rel=\"canonical\" href=\"https://example.org/cong/xa-thu/kh-2026/\">"));
  EXPECT_THAT(page, HasSubstr("url=../kh-2026/index.html\""));
}

// A former name whose folder holds pages of this build (here the commune's
// agency list, "co-quan"): those pages stay, the others get redirects.
TEST(Redirects, NeverReplaceAPageOfThisBuild) {
  Rendered r = render_moved("xa-thu", "co-quan");
  EXPECT_FALSE(is_redirect(r.files.at("xa-thu/co-quan/index.html")));
  EXPECT_TRUE(is_redirect(r.files.at("xa-thu/co-quan/nv-1/index.html")));
  EXPECT_THAT(
      r.diags.format_all(),
      HasSubstr("kế hoạch xa-thu/kh-2026 trước đây là xa-thu/co-quan: 1 trang ở địa chỉ cũ xa-thu/co-quan/ "
                "không được chuyển hướng vì một trang hiện có đang dùng địa chỉ đó"));
  RecordProperty("robustness_class", "former plan address holding a page of this build");
  RecordProperty("robustness_cases", 1);
  RecordProperty("robustness_outcome", "page kept, no redirect there, warning");
}

TEST(Redirects, NoneWithoutHistoryOrMoves) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  Diagnostics diags;
  auto portal = load_portal(dir.path(), diags);
  History h;
  Theme theme = load_theme({}, diags);
  RenderOptions options{{2026, 3, 1}, "test", &h};
  for (const auto& [path, html] : render_site(*portal, theme, options, diags))
    EXPECT_FALSE(is_redirect(html)) << path;
}

}  // namespace
}  // namespace ck
