// A theme's strings file overlays the default labels (issue #13): what it leaves
// out stays (open data keeps its own words: tests/publish/open_data_vocabulary_test.cc).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "render/theme.h"
#include "support/test_support.h"

namespace ck {
namespace {

using testing::TempDir;
using ::testing::HasSubstr;

TEST(ThemeStrings, AThemeNamesOnlyWhatItChanges) {
  TempDir dir;
  dir.write("giao-dien/strings/vi.json", R"({"status": {"dang_thuc_hien": "Đang làm"}})");
  Diagnostics diags;
  Theme theme = load_theme(dir.path() / "giao-dien", diags);
  ASSERT_FALSE(diags.has_errors()) << diags.format_all();
  EXPECT_EQ(theme.strings["status"]["dang_thuc_hien"], "Đang làm");
  Theme plain = load_theme({}, diags);
  EXPECT_EQ(theme.strings["status"]["qua_han"], plain.strings["status"]["qua_han"]);  // the rest of the group stays
  for (const auto& [group, labels] : plain.strings.items()) EXPECT_TRUE(theme.strings.contains(group)) << group;
}

TEST(ThemeStrings, AGroupGivenAsTextIsALocatedError) {
  TempDir dir;
  dir.write("giao-dien/strings/vi.json", R"({"status": "Trạng thái"})");
  Diagnostics diags;
  load_theme(dir.path() / "giao-dien", diags);
  ASSERT_TRUE(diags.has_errors());
  EXPECT_THAT(diags.format_all(), HasSubstr("nhãn \"status\""));
  EXPECT_THAT(diags.format_all(), HasSubstr("strings/vi.json"));
}

}  // namespace
}  // namespace ck
