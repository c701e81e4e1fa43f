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

// Cells a scan import read uncertainly ("can_doi_chieu", issue #15) are in the open data too: a reuser of
// the JSON or CSV learns, as a reader of the page does, which cells nobody has compared with the paper yet.
TEST(OpenDataVocabulary, CellsNotComparedWithTheOriginalAreInTheOpenData) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  std::string plan = testing::minimal_plan_json();
  const std::string first = R"("san_pham": ["Kế hoạch của UBND xã"])";
  plan.replace(plan.find(first), first.size(), first + R"(, "can_doi_chieu": ["noi_dung", "thoi_han"])");
  dir.write("data/xa-thu/kh-2026.json", plan);
  Diagnostics diags;
  auto portal = load_portal(dir.path(), diags);
  ASSERT_TRUE(portal) << diags.format_all();
  DerivedSite derived(*portal, nullptr, {{2026, 3, 1}});
  const Commune& c = portal->communes.front();
  auto dataset = plan_dataset(*portal, derived, c, c.plans.front(), "");
  EXPECT_EQ(dataset["nhiem_vu"][0]["can_doi_chieu"], nlohmann::json({"noi_dung", "thoi_han"}));
  EXPECT_EQ(dataset["nhiem_vu"][1]["can_doi_chieu"], nlohmann::json::array());  // compared, or never scanned
  std::string csv = plan_dataset_csv(dataset);
  EXPECT_THAT(csv, HasSubstr(",Chưa đối chiếu với bản gốc (ô đọc từ bản quét)\r\n"));
  EXPECT_THAT(csv, HasSubstr(",Nội dung; Thời hạn\r\n"));
}

// The feeds too: a theme's own word for a status never reaches feed readers.
TEST(OpenDataVocabulary, FeedsKeepTheDataWordsWhateverTheTheme) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("congkhai.yaml", "giao_dien: giao-dien\n");
  dir.write("giao-dien/strings/vi.json", R"json({"status": {"dang_thuc_hien": "ĐANG LÀM (chủ đề riêng)"}})json");
  const std::string git = "cd " + testing::shell_quote(dir.path()) + " && git -c user.name=A -c user.email=a@b ";
  ASSERT_EQ(testing::run_command(git + "init -q && cd " + testing::shell_quote(dir.path()) +
                                 " && git add -A && git -c user.name=A -c user.email=a@b commit -qm 'Nhập'").exit_code, 0);
  auto r = testing::run_command(testing::congkhai_binary() + " build --source " + testing::shell_quote(dir.path()) +
                                " --out " + testing::shell_quote(dir.path() / "out") + " --today 2026-03-01");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::string feed = testing::read_file(dir.path() / "out/thay-doi.xml");
  EXPECT_THAT(feed, HasSubstr("Đang thực hiện"));
  EXPECT_THAT(feed, Not(HasSubstr("chủ đề riêng")));
  // ... while the theme's pages do use its word.
  EXPECT_THAT(testing::read_file(dir.path() / "out/xa-thu/kh-2026/index.html"), HasSubstr("ĐANG LÀM (chủ đề riêng)"));
}

}  // namespace
}  // namespace ck
