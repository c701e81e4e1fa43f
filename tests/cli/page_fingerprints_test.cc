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

// A --commune build reads no other commune's folder, so an edit there leaves its fingerprint (and
// its pages) as they were; in a national shard, hashing every other commune's files cost ~1 s per
// commune at 3,300 communes.
TEST(PageFingerprints, OfOneCommuneIgnoreTheFoldersOfCommunesItDoesNotRead) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/xa-hai/_index.md", "---\nten: Xã Hai\nloai: xa\nminh_hoa: true\n---\n");
  dir.write("content/xa-hai/kh-2026.md",
            "---\ntieu_de: Kế hoạch năm 2026\nso_hieu: 1/KH-UBND\nngay_ban_hanh: 2026-01\nky: 2026\n---\nNội dung.\n");
  dir.write("data/xa-hai/kh-2026.json", testing::minimal_plan_json());
  Diagnostics diags;
  auto portal = load_portal(dir.path(), diags, "xa-thu");
  ASSERT_TRUE(portal && !diags.has_errors()) << diags.format_all();
  Theme theme = load_theme({}, diags);
  const auto before = fingerprints_of(dir, *portal, theme);
  std::string plan = testing::minimal_plan_json();
  dir.write("data/xa-hai/kh-2026.json", plan.replace(plan.find("\"nhiem_vu\""), 0, " "));
  EXPECT_EQ(fingerprints_of(dir, *portal, theme), before);
  // A file beside the communes' folders is still an input of every commune's pages.
  dir.write("content/_ghi-chu.md", "Ghi chú chung.\n");
  EXPECT_NE(fingerprints_of(dir, *portal, theme), before);
}

}  // namespace
}  // namespace ck::cli
