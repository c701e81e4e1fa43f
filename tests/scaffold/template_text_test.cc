// Filling the templates of `congkhai init` (generator/scaffold/).
#include "scaffold/template_text.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "scaffold/scaffold.h"

namespace ck::scaffold {
namespace {

TEST(TemplateText, ReplacesPlaceholdersAndLeavesCiExpressionsAlone) {
  std::string unknown;
  auto out = expand("image: @CK_IMAGE@\nurl: ${{ steps.dang.outputs.page_url }} @ home",
                    {{"CK_IMAGE", "ghcr.io/a/b:1"}}, unknown);
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, "image: ghcr.io/a/b:1\nurl: ${{ steps.dang.outputs.page_url }} @ home");
}

TEST(TemplateText, APlaceholderWithoutAValueIsReported) {
  std::string unknown;
  EXPECT_FALSE(expand("ten: @CK_TEN@ @CK_LOAI@", {{"CK_TEN", "x"}}, unknown));
  EXPECT_EQ(unknown, "@CK_LOAI@");
  EXPECT_FALSE(expand("cut @CK_TEN", {{"CK_TEN", "x"}}, unknown));
}

TEST(TemplateText, DotPrefixedSegmentsBecomeDotFiles) {
  std::string unknown;
  Values v{{"CK_MA_XA", "tien-lang"}};
  EXPECT_EQ(output_path("dot_github/workflows/xay-dung.yml", v, unknown), ".github/workflows/xay-dung.yml");
  EXPECT_EQ(output_path("dot_gitignore", v, unknown), ".gitignore");
  EXPECT_EQ(output_path("content/@CK_MA_XA@/_index.md", v, unknown), "content/tien-lang/_index.md");
  EXPECT_EQ(output_path("data/x/dot_keep", v, unknown), "data/x/.keep");
}

TEST(TemplateText, YamlQuotingEscapesQuotesAndBackslashes) {
  EXPECT_EQ(yaml_quoted("Xã \"Mới\": a\\b # c"), "\"Xã \\\"Mới\\\": a\\\\b # c\"");
}

TEST(Scaffold, EveryTemplateIsFilled) {
  CommuneSettings s{"tien-lang", "Xã Tiên Lãng", "xa", "https://x.example/", "ghcr.io/a/congkhai:1"};
  auto files = commune_repository(s);
  ASSERT_GE(files.size(), 12u);
  for (const auto& f : files) {
    EXPECT_EQ(f.path.find("@CK_"), std::string::npos) << f.path;
    EXPECT_EQ(f.content.find("@CK_"), std::string::npos) << f.path;
  }
  for (const auto& f : new_plan_files({"tien-lang", "cchc-2027", "Kế hoạch: \"2027\"", "2027"}))
    EXPECT_EQ(f.content.find("@CK_"), std::string::npos) << f.path;
}

TEST(Scaffold, APercentSignInTheNameIsNotASystemdSpecifier) {
  auto files = commune_repository({"x", "Xã 100% Mới", "xa", "", kDefaultImage});
  auto service = std::find_if(files.begin(), files.end(),
                              [](const File& f) { return f.path == "systemd/congkhai-xay-dung.service"; });
  ASSERT_NE(service, files.end());
  EXPECT_NE(
      service->content.find("Description=Dựng lại cổng công khai kế hoạch của Xã 100%% Mới (congkhai)\n"),
      std::string::npos);
}

TEST(Scaffold, OptionsAreCheckedWithTheOptionNamed) {
  CommuneSettings ok{"tien-lang", "Xã Tiên Lãng", "xa", "", kDefaultImage};
  EXPECT_FALSE(settings_problem(ok));
  auto bad = ok;
  bad.id = "Tiên Lãng";
  EXPECT_EQ(settings_problem(bad),
            "--commune \"Tiên Lãng\" không hợp lệ — chỉ dùng chữ thường không dấu, số và dấu '-', vd. "
            "\"tien-lang\"");
  bad = ok;
  bad.id = "search";  // the site's search page lives there
  EXPECT_EQ(settings_problem(bad), "--commune \"search\" trùng tên một trang của cổng — chọn mã khác");
  bad = ok;
  bad.kind = "huyen";
  EXPECT_EQ(settings_problem(bad),
            "--loai \"huyen\" không hợp lệ — chọn một trong: xa, phuong, dac_khu, thanh_pho");
  bad = ok;
  bad.name = "Xã\nTiên Lãng";
  EXPECT_EQ(settings_problem(bad), "--ten phải là một dòng chữ, không có ký tự xuống dòng");
  bad = ok;
  bad.name = "Xã Mới\\";
  EXPECT_EQ(settings_problem(bad), "--ten không được chứa dấu \\");
  bad = ok;
  bad.image = "--privileged";
  EXPECT_TRUE(settings_problem(bad));
  bad = ok;
  bad.base_url = "tienlang.gov.vn";
  EXPECT_TRUE(settings_problem(bad));
  EXPECT_EQ(new_plan_problem({"tien-lang", "cchc-2027", "K", "2027-2026"}),
            "--ky \"2027-2026\" không hợp lệ — ghi một năm (2026) hoặc hai năm (2026-2030)");
  EXPECT_FALSE(new_plan_problem({"tien-lang", "cchc-2026-2030", "K", "2026-2030"}));
}

}  // namespace
}  // namespace ck::scaffold
