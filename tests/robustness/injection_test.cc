// Injection (issue #9): XSS payloads in every text field — task text, agencies,
// products, deadlines, updates and evidence, indicators, section names, front
// matter, commune, config, Markdown links and raw HTML, commit messages, trailers
// and author names — must reach the site only as text. make_injection_fixture.py
// writes the repository (with git history); check_injection.py parses every
// page with Python's html.parser, every feed as XML and every search script as
// its wrapper around JSON, and lists any script, handler or javascript:/data:
// URL that is not the theme's own.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "robustness/site_fixture.h"

namespace ck::robustness {
namespace {

using testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

fs::path script(const char* name) { return testing::source_dir() / "tests/robustness" / name; }

testing::CommandResult check_site(const fs::path& site) {
  return testing::run_command("python3 " + q(script("check_injection.py")) + " " + q(site));
}

class Injection : public ::testing::Test {
 protected:
  // A fixture that fails to build must fail every test: an assertion in SetUpTestSuite would only show as
  // "skipped" under ctest (a fixture field newly checked at load once hid this suite that way).
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    auto made = testing::run_command("python3 " + q(script("make_injection_fixture.py")) + " " + q(dir_->path() / "src"));
    if (made.exit_code != 0) {
      setup_error_ = "make_injection_fixture.py: " + made.output;
      return;
    }
    auto r = build(dir_->path() / "src", site(), "2026-03-01");
    if (r.exit_code != 0) setup_error_ = "build of the injection fixture: " + r.output;
  }
  void SetUp() override { ASSERT_EQ(setup_error_, "") << "the fixture did not build"; }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static fs::path site() { return dir_->path() / "site"; }
  static TempDir* dir_;
  static std::string setup_error_;
};
TempDir* Injection::dir_ = nullptr;
std::string Injection::setup_error_;

TEST_F(Injection, NoPayloadBecomesMarkup) {
  auto r = check_site(site());
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("no script, handler or javascript:/data: URL from the payloads"));
  // The files the checker parsed, from its summary line (0 in the table if it changes).
  std::smatch m;
  size_t files = 0;
  std::string output = r.output;
  if (std::regex_search(output, m,
                        std::regex(R"((\d+) pages, (\d+) feeds, (\d+) search scripts, (\d+) JSON files)")))
    for (int i = 1; i <= 4; ++i) files += std::stoul(m[i].str());
  record_robustness(
      "XSS payloads in every text field and commit metadata (cases = files parsed)", files,
      "every page, feed, search script and JSON file parsed: the payloads are text only, no script, "
      "handler or javascript:/data: URL");
}

TEST_F(Injection, PayloadsAreShownAsText) {
  std::string task = testing::read_file(site() / "xa-thu/kh-2026/nv-1/index.html");
  EXPECT_THAT(task, HasSubstr("&lt;script&gt;alert(&quot;ckx1&quot;)&lt;/script&gt;"));
  EXPECT_THAT(task, HasSubstr("&lt;img src=x onerror=alert(&quot;ckx2&quot;)&gt;"));
  // Mustache-looking text is text, never expanded as a template.
  EXPECT_THAT(task, HasSubstr("{{site.title}} {{{ckx9}}} {{&gt; head}}"));
  // The deadline change's commit message, trailer and author, from history.
  std::string moved = testing::read_file(site() / "xa-thu/kh-2026/nv-2/index.html");
  EXPECT_THAT(moved, HasSubstr("svg onload=alert(&quot;ckx4&quot;)"));
  EXPECT_THAT(moved, Not(HasSubstr("<svg onload")));
  const size_t pages_read = 2;  // task nv-1 and nv-2, read above
  record_robustness("XSS and Mustache-looking payloads in task text and commit messages", pages_read,
                    "shown HTML-escaped as text, never expanded as a template");
}

TEST_F(Injection, SearchScriptsCarryPayloadsAsEscapedJson) {
  size_t scripts = 0;
  for (const auto& [path, bytes] : snapshot(site() / "search")) {
    if (path.size() < 3 || path.compare(path.size() - 3, 3, ".js") != 0) continue;
    ++scripts;
    EXPECT_EQ(bytes.find('<'), std::string::npos) << path;
    EXPECT_EQ(bytes.find("\xE2\x80\xA8"), std::string::npos) << path;  // U+2028 raw breaks old JavaScript
  }
  EXPECT_GE(scripts, 2u);
  record_robustness("XSS payloads reaching the search index scripts", scripts,
                    "carried as escaped JSON: no raw <, no raw U+2028");
  std::string meta = testing::read_file(site() / "search/meta.js");
  EXPECT_THAT(meta, HasSubstr("\\u003cscript>alert(\\\"ckx1\\\")\\u003c/script>"));
}

// The checker must catch what it looks for: a site with each kind of hole.
TEST(InjectionChecker, FindsEveryKindOfHole) {
  TempDir dir;
  const std::string ok_search = "\xEF\xBB\xBF(window.__ckSearch=window.__ckSearch||[]).push([\"meta\",{\"x\":\"ckx1 ckx2 ckx3 ckx4 "
                                "ckx5 ckx6 ckx7 ckx8 ckx9 ckx10 ckx11 ckx12 ckx13 ckx14 ckx15 ckx16\"}]);\n";
  dir.write("search/meta.js", ok_search);
  dir.write("index.html", "<p>ok</p><script src=\"static/app.js\" defer></script>");
  ASSERT_EQ(check_site(dir.path()).exit_code, 0) << check_site(dir.path()).output;

  dir.write("a/index.html", "<p>x</p><script>alert(1)</script>");
  dir.write("b/index.html", "<img src=x onerror=alert(1)>");
  dir.write("c/index.html", "<a href=\" JaVa\tScript:alert(1)\">x</a>");
  dir.write("d/index.html", "<iframe src=\"data:text/html,x\"></iframe>");
  dir.write("e/index.html", "<script src=\"https://evil.example/x.js\"></script>");
  dir.write("search/d-1.js", "\xEF\xBB\xBF(window.__ckSearch=window.__ckSearch||[]).push([\"d\",[\"\"]); alert(1); //\"]]);\n");
  dir.write("search/d-2.js", "\xEF\xBB\xBF(window.__ckSearch=window.__ckSearch||[]).push([\"d\",[\"</script>\"]]);\n");
  dir.write("thay-doi.xml", "<feed><entry><content type=\"html\">&lt;img src=x onerror=alert(1)&gt;</content></entry></feed>");
  auto r = check_site(dir.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.output, HasSubstr("a/index.html:1: inline script code"));
  EXPECT_THAT(r.output, HasSubstr("b/index.html:1: event handler attribute onerror"));
  EXPECT_THAT(r.output, HasSubstr("c/index.html:1:  JaVa\tScript URL in href"));
  EXPECT_THAT(r.output, HasSubstr("d/index.html:1: <iframe> element"));
  EXPECT_THAT(r.output, HasSubstr("d/index.html:1: data URL in src"));
  EXPECT_THAT(r.output, HasSubstr("e/index.html:1: <script src='https://evil.example/x.js'>"));
  EXPECT_THAT(r.output, HasSubstr("search/d-1.js: search data is not JSON"));
  EXPECT_THAT(r.output, HasSubstr("search/d-2.js: search script has a raw '<'"));
  EXPECT_THAT(r.output, HasSubstr("thay-doi.xml (entry HTML):1: event handler attribute onerror"));
}

}  // namespace
}  // namespace ck::robustness
