// Open data speaks the data's vocabulary, not the theme's (issue #13): a portal
// theme that rewords its pages never renames CSV columns or status labels.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "derive/derived_site.h"
#include "load/portal_loader.h"
#include "publish/open_data.h"
#include "render/theme.h"
#include "support/test_support.h"

namespace ck {
namespace {

using testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

TEST(OpenDataVocabulary, KeptWhateverTheTheme) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("giao-dien/strings/vi.json",
            R"({"data_column": {"ma": "ID"}, "status": {"chua_cap_nhat": "Chưa có tin"}, "kind": {"ngay": "?"}})");
  Diagnostics diags;
  Theme theme = load_theme(dir.path() / "giao-dien", diags);  // the pages do take the theme's words
  EXPECT_EQ(theme.strings["data_column"]["ma"], "ID");
  auto portal = load_portal(dir.path(), diags);
  ASSERT_TRUE(portal) << diags.format_all();
  DerivedSite derived(*portal, nullptr, {{2026, 3, 1}});
  const Commune& c = portal->communes.front();
  auto dataset = plan_dataset(*portal, derived, c, c.plans.front(), "");
  std::string csv = plan_dataset_csv(dataset);
  EXPECT_THAT(csv, HasSubstr("Mã nhiệm vụ"));
  EXPECT_THAT(csv, Not(HasSubstr("ID,"))) << "the theme renamed an open-data column";
  EXPECT_THAT(csv, Not(HasSubstr("Chưa có tin")));
  EXPECT_EQ(dataset["nhiem_vu"][0]["trang_thai_nhan"], "Chưa cập nhật");
}

}  // namespace
}  // namespace ck
