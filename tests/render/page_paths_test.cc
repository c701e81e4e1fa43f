// paths::relative_link: links from a page rewritten relative to its folder.
#include <gtest/gtest.h>

#include "render/page_paths.h"

namespace ck {
namespace {

TEST(RelativeLink, TargetInsideThePageFolderLosesTheWayRoundThroughTheRoot) {
  EXPECT_EQ(paths::relative_link("c/p/index.html", "../../c/p/nv-2/index.html"), "nv-2/index.html");
}

TEST(RelativeLink, TargetInAParentFolderClimbsOnlyAsFarAsNeeded) {
  EXPECT_EQ(paths::relative_link("c/p/index.html", "../../c/co-quan/a/index.html"), "../co-quan/a/index.html");
}

TEST(RelativeLink, TargetSharingNoFolderKeepsTheRootPath) {
  EXPECT_EQ(paths::relative_link("c/p/index.html", "../../d/index.html"), "../../d/index.html");
  EXPECT_EQ(paths::relative_link("c/p/index.html", "../../index.html"), "../../index.html");
}

TEST(RelativeLink, AFolderNameThatIsOnlyAPrefixIsNotShared) {
  EXPECT_EQ(paths::relative_link("c/p/index.html", "../../c/p2/index.html"), "../p2/index.html");
  EXPECT_EQ(paths::relative_link("c/p/index.html", "../../cc/p/index.html"), "../../cc/p/index.html");
}

TEST(RelativeLink, PagesAtTheRootAndOtherLinksAreUnchanged) {
  EXPECT_EQ(paths::relative_link("index.html", "c/index.html"), "c/index.html");
  EXPECT_EQ(paths::relative_link("c/p/index.html", "https://x.vn/c/p/"), "https://x.vn/c/p/");
  EXPECT_EQ(paths::relative_link("c/p/index.html", "#nv-1"), "#nv-1");
}

}  // namespace
}  // namespace ck
