// A commune's fingerprint (cli/page_fingerprints.h) is of the sources the
// loader read, not of the files as they are when it is computed: a file saved
// while a build runs (an editor with `serve` open) must change the next
// build's fingerprint and never be recorded beside pages made from the old
// text — or those pages would be carried over, stale, for good.
#include <gtest/gtest.h>

#include "cli/page_fingerprints.h"
#include "load/portal_loader.h"
#include "support/test_support.h"

namespace ck::cli {
namespace {

using ck::testing::TempDir;

std::map<std::string, std::string> fingerprints_of(const TempDir& dir, const Portal& portal, const Theme& theme) {
  return commune_fingerprints({dir.path(), &portal, nullptr, &theme, CivilDate{2026, 3, 1}, "test", ""});
}

TEST(PageFingerprints, AreOfTheTextTheLoaderReadNotOfTheFileSavedSince) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  Diagnostics diags;
  auto portal = load_portal(dir.path(), diags);
  ASSERT_TRUE(portal && !diags.has_errors()) << diags.format_all();
  Theme theme = load_theme({}, diags);
  const auto read = fingerprints_of(dir, *portal, theme);
  ASSERT_EQ(read.size(), 1u);

  // Saved after loading, before the fingerprint: the pages of this build show the old text.
  std::string plan = testing::minimal_plan_json();
  dir.write("data/xa-thu/kh-2026.json", plan.replace(plan.find("\"nhiem_vu\""), 0, " "));
  dir.write("content/xa-thu/_index.md", "---\nten: Xã Thử mới\nloai: xa\n---\n");
  EXPECT_EQ(fingerprints_of(dir, *portal, theme), read);

  // The next build reads the new text, and its fingerprint differs.
  Diagnostics again;
  auto reloaded = load_portal(dir.path(), again);
  ASSERT_TRUE(reloaded && !again.has_errors()) << again.format_all();
  EXPECT_NE(fingerprints_of(dir, *reloaded, theme), read);
}

}  // namespace
}  // namespace ck::cli
