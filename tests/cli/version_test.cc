// `congkhai --version` names the release and the commit it was built from
// (issue #14): an administrator can tell which generator made a portal.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace ck {
namespace {

TEST(Version, NamesReleaseAndCommit) {
  auto r = testing::run_command(testing::congkhai_binary() + " --version");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, ::testing::MatchesRegex(
                            "congkhai [0-9]+\\.[0-9]+\\.[0-9]+(\\+[0-9]+)? \\(commit ([0-9a-f]{12}(\\+dirty)?|unknown)\\)\n"));
  // Built from this checkout: the commit is one of its commits.
  auto at = r.output.find("(commit ");
  ASSERT_NE(at, std::string::npos);
  std::string commit = r.output.substr(at + 8, 12);
  if (commit != "unknown)\n") {
    auto known = testing::run_command("git -C " + testing::shell_quote(testing::source_dir()) + " cat-file -t " + commit);
    EXPECT_EQ(known.output, "commit\n") << commit;
  }
}

}  // namespace
}  // namespace ck
