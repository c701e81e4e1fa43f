// `congkhai import` as editors run it: the committed seed content is exactly
// what the command writes, it refuses to overwrite, and says why it fails.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "support/test_support.h"

namespace ck::testing {
namespace {

using ::testing::HasSubstr;
namespace fs = std::filesystem;

const char* kLink = "--link '5256/QĐ-UBND=hai-phong/cchc-2026'";

std::string seed(const std::string& name) { return (shared_dir() / "seeds" / name).string(); }

CommandResult import(const std::string& args) { return run_command(congkhai_binary() + " import " + args); }

struct CommittedPlan {
  const char* seed;
  const char* commune;
  const char* plan;
};

class ImportReproduces : public ::testing::TestWithParam<CommittedPlan> {};

TEST_P(ImportReproduces, TheCommittedFilesByteForByte) {
  const CommittedPlan& p = GetParam();
  TempDir out;
  // The plan --link names must be in the portal for the import to pass `check`.
  for (std::string rel : {"content/hai-phong/_index.md", "content/hai-phong/cchc-2026.md", "data/hai-phong/cchc-2026.json"})
    out.write(rel, read_file(source_dir() / rel));
  CommandResult r = import("'" + seed(p.seed) + "' --commune " + p.commune + " --plan " + p.plan +
                           " --source '" + out.path().string() + "' " + kLink);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  for (std::string dir : {"content", "data"}) {
    std::string rel = dir + "/" + p.commune + "/" + p.plan + (dir == "content" ? ".md" : ".json");
    std::string committed = read_file(source_dir() / rel);
    ASSERT_FALSE(committed.empty()) << rel << " is not committed";
    EXPECT_EQ(out.read(rel), committed) << rel << " differs: re-import with --force and review";
  }
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, ImportReproduces,
    ::testing::Values(CommittedPlan{"tien-lang-cchc-2026.txt", "tien-lang", "cchc-2026"},
                      CommittedPlan{"bach-long-vi-cchc-2026.txt", "bach-long-vi", "cchc-2026"},
                      CommittedPlan{"tan-minh-cchc-2026-2030.txt", "tan-minh", "cchc-2026-2030"}));

TEST(ImportCommand, PrintsTheSummaryAndEveryWarningWithItsLine) {
  TempDir out;
  std::string file = seed("tan-minh-cchc-2026-2030.txt");
  CommandResult r = import("'" + file + "' --commune tan-minh --plan cchc-2026-2030 --source '" +
                           out.path().string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr(file + ":88: cảnh báo: bỏ số trang “2”"));
  EXPECT_THAT(r.output, HasSubstr(file + ":8: cảnh báo: bỏ quốc hiệu, tiêu ngữ"));
  EXPECT_THAT(r.output, HasSubstr("chỉ tiêu:                         16"));
  EXPECT_THAT(r.output, HasSubstr("cảnh báo:                         3"));
}

TEST(ImportCommand, SummaryCountsTheTable) {
  TempDir out;
  CommandResult r =
      import("'" + seed("bach-long-vi-cchc-2026.txt") +
             "' --commune bach-long-vi --plan cchc-2026 --source '" + out.path().string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("phần của bảng nhiệm vụ:           7"));
  EXPECT_THAT(r.output, HasSubstr("nhiệm vụ có số:                   26"));
  EXPECT_THAT(r.output, HasSubstr("dòng con không số:                2"));
}

TEST(ImportCommand, RefusesToOverwriteWithoutForce) {
  TempDir out;
  std::string args = "'" + seed("tien-lang-cchc-2026.txt") +
                     "' --commune tien-lang --plan cchc-2026 --source '" + out.path().string() + "'";
  ASSERT_EQ(import(args).exit_code, 0);
  out.write("data/tien-lang/cchc-2026.json", "{}\n");
  CommandResult again = import(args);
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_THAT(again.output, HasSubstr("đã có tệp"));
  EXPECT_THAT(again.output, HasSubstr("--force"));
  EXPECT_EQ(out.read("data/tien-lang/cchc-2026.json"), "{}\n");
  EXPECT_EQ(import(args + " --force").exit_code, 0);
  EXPECT_NE(out.read("data/tien-lang/cchc-2026.json"), "{}\n");
}

TEST(ImportCommand, UsageErrorsExitTwo) {
  TempDir out;
  std::string file = "'" + seed("tien-lang-cchc-2026.txt") + "'";
  std::string src = " --source '" + out.path().string() + "'";
  CommandResult bad_id = import(file + " --commune 'Tiên Lãng' --plan cchc-2026" + src);
  EXPECT_EQ(bad_id.exit_code, 2);
  EXPECT_THAT(bad_id.output, HasSubstr("mã xã “Tiên Lãng” không hợp lệ"));
  CommandResult bad_link = import(file + " --commune tien-lang --plan cchc-2026 --link 5256/QĐ-UBND" + src);
  EXPECT_EQ(bad_link.exit_code, 2);
  EXPECT_THAT(bad_link.output, HasSubstr("không đúng dạng SỐ_HIỆU=XÃ/KẾ_HOẠCH"));
  EXPECT_EQ(import(file + " --commune tien-lang" + src).exit_code, 2);  // --plan missing
  EXPECT_FALSE(fs::exists(out.path() / "content"));
}

TEST(ImportCommand, UnreadableOrNotAPlanExitsOneAndWritesNothing) {
  TempDir out;
  std::string src = " --commune x --plan y --source '" + out.path().string() + "'";
  CommandResult missing = import("'" + (out.path() / "khong-co.txt").string() + "'" + src);
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_THAT(missing.output, HasSubstr("không đọc được tệp"));
  out.write("loi.txt", "Xin chào.\nĐây không phải một kế hoạch.\n");
  CommandResult not_plan = import("'" + (out.path() / "loi.txt").string() + "'" + src);
  EXPECT_EQ(not_plan.exit_code, 1);
  EXPECT_THAT(not_plan.output, HasSubstr("lỗi: không tìm thấy tên văn bản"));
  EXPECT_FALSE(fs::exists(out.path() / "content"));
  EXPECT_FALSE(fs::exists(out.path() / "data"));
}

}  // namespace
}  // namespace ck::testing
