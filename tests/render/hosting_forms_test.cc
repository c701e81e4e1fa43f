#include "render/hosting_forms.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace ck {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(HostingForms, SnippetEscapesTheTitleAndChecksSourceAndOrigin) {
  std::string s = iframe_snippet("https://x.gov.vn/ck/xa/kh/nhung/?a=1&b=2", "congkhai-xa-kh",
                                 "Kế hoạch \"A\" <b> & B");
  EXPECT_THAT(s, HasSubstr("src=\"https://x.gov.vn/ck/xa/kh/nhung/?a=1&amp;b=2\""));
  EXPECT_THAT(s, HasSubstr("title=\"Kế hoạch &quot;A&quot; &lt;b&gt; &amp; B\""));
  EXPECT_THAT(s, Not(HasSubstr("<b>")));
  // The listener trusts only its own iframe, from the iframe's origin, and only a number.
  EXPECT_THAT(s, HasSubstr("getElementById(\"congkhai-xa-kh\")"));
  EXPECT_THAT(s, HasSubstr("e.source !== f.contentWindow || e.origin !== new URL(f.src).origin"));
  EXPECT_THAT(s, HasSubstr("Number(e.data.chieu_cao)"));
}

TEST(HostingForms, PathsBesideThePlan) {
  EXPECT_EQ(paths::embed_plan("xa", "kh"), "xa/kh/nhung/index.html");
  EXPECT_EQ(paths::embed_commune("xa"), "xa/nhung/index.html");
  EXPECT_EQ(paths::single_file("xa", "kh"), "xa/kh/mot-tep.html");
  EXPECT_EQ(paths::fragment("xa", "kh"), "xa/kh/doan-html.html");
}

}  // namespace
}  // namespace ck
