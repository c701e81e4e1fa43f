// The parallel page runner: the same files and messages for any number of threads.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <stdexcept>

#include "load/portal_loader.h"
#include "render/page_jobs.h"
#include "render/site_renderer.h"
#include "support/test_support.h"

namespace ck {
namespace {

using ::testing::HasSubstr;

TEST(PageJobs, DemoPortalIsByteIdenticalForAnyThreadCount) {
  Diagnostics load_diags;
  auto portal = load_portal(testing::source_dir(), load_diags);
  ASSERT_TRUE(portal);
  Theme theme = load_theme({}, load_diags);
  SiteFiles reference;
  std::string reference_diags;
  for (unsigned threads : {1u, 2u, 7u}) {
    RenderOptions options{{2026, 6, 30}, "test"};
    options.threads = threads;
    Diagnostics diags;
    SiteFiles files = render_site(*portal, theme, options, diags);
    if (threads == 1) {
      reference = std::move(files);
      reference_diags = diags.format_all();
      ASSERT_GT(reference.size(), 100u);
      continue;
    }
    EXPECT_EQ(diags.format_all(), reference_diags) << threads << " threads";
    ASSERT_EQ(files.size(), reference.size()) << threads << " threads";
    for (const auto& [path, bytes] : reference) EXPECT_EQ(files[path], bytes) << path << ", " << threads << " threads";
  }
}

TEST(PageJobs, ATemplateProblemIsReportedOnceWhateverTheWorkers) {
  Diagnostics diags;
  Theme theme = load_theme({}, diags);
  PageList pages;
  for (int i = 0; i < 50; ++i)
    pages.add("p" + std::to_string(i) + ".html", "no-such-template", [] { return nlohmann::json::object(); });
  SiteFiles files;
  render_pages(pages, theme, 4, nullptr, files, diags);
  EXPECT_EQ(diags.error_count(), 1u) << diags.format_all();
  EXPECT_THAT(diags.format_all(), HasSubstr("no-such-template"));
  EXPECT_EQ(files.size(), 50u);
}

TEST(PageJobs, AFailingViewFailsTheBuildOnTheCallingThread) {
  Diagnostics diags;
  Theme theme = load_theme({}, diags);
  PageList pages;
  for (int i = 0; i < 20; ++i)
    pages.add("p" + std::to_string(i) + ".html", "home", [i]() -> nlohmann::json {
      if (i == 13) throw std::runtime_error("view 13 failed");
      return nlohmann::json::object();
    });
  SiteFiles files;
  EXPECT_THROW(render_pages(pages, theme, 3, nullptr, files, diags), std::runtime_error);
}

}  // namespace
}  // namespace ck
