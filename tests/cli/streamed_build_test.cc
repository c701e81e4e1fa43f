// A build written to disk as pages are rendered holds exactly the files the
// same build keeps in memory (check, preview), manifest and sitemap included,
// and leaves nothing behind when it fails.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "cli/pipeline.h"
#include "output/site_writer.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;

cli::BuildRequest demo_request() {
  cli::BuildRequest request;
  request.source = testing::source_dir();
  request.today = CivilDate{2026, 6, 30};
  request.base_url = "https://cong.example.vn/";  // so the sitemap, judged page by page while streaming, is there
  return request;
}

TEST(StreamedBuild, WritesExactlyTheFilesAnInMemoryBuildKeeps) {
  cli::BuildOutcome in_memory = cli::run_pipeline(demo_request(), true);
  ASSERT_TRUE(in_memory.ok()) << in_memory.diags.format_all();
  ASSERT_TRUE(in_memory.files.count("sitemap.xml"));

  testing::TempDir dir;
  cli::BuildRequest request = demo_request();
  request.out_dir = dir.path() / "site";
  cli::BuildOutcome streamed = cli::run_pipeline(request, true);
  ASSERT_TRUE(streamed.ok()) << streamed.diags.format_all();
  ASSERT_FALSE(streamed.write_error) << *streamed.write_error;
  EXPECT_TRUE(streamed.files.empty()) << "written, not kept";
  EXPECT_EQ(streamed.page_count, in_memory.page_count);

  auto on_disk = testing::snapshot(request.out_dir);
  EXPECT_EQ(on_disk.erase(kSiteMarker), 1u);
  ASSERT_EQ(on_disk.size(), in_memory.files.size());
  for (const auto& [path, bytes] : in_memory.files) EXPECT_TRUE(on_disk[path] == bytes) << path;
}

TEST(StreamedBuild, ATemplateErrorLeavesTheOldSiteAndNoStagingDirectory) {
  testing::TempDir dir;
  testing::write_minimal_portal(dir);
  cli::BuildRequest request;
  request.source = dir.path();
  request.today = CivilDate{2026, 3, 1};
  request.out_dir = dir.path() / "out" / "site";
  ASSERT_TRUE(cli::run_pipeline(request, true).ok());
  const auto before = testing::snapshot(request.out_dir);

  // A theme override that prints a field no page has: an error found while pages are being written.
  dir.write("congkhai.yaml", "tieu_de: Cổng thử nghiệm\ngiao_dien: theme\n");
  dir.write("theme/templates/partials/footer.mustache", "<footer>{{khong_co_truong_nay}}</footer>\n");
  cli::BuildOutcome broken = cli::run_pipeline(request, true);
  EXPECT_FALSE(broken.ok());
  EXPECT_THAT(broken.diags.format_all(), ::testing::HasSubstr("khong_co_truong_nay"));
  EXPECT_EQ(testing::snapshot(request.out_dir), before);
  std::set<std::string> left;
  for (const auto& e : fs::directory_iterator(dir.path() / "out")) left.insert(e.path().filename().string());
  EXPECT_EQ(left, (std::set<std::string>{"site", ".site.spare"})) << "the staging directory is kept as the spare, unreadable";
  EXPECT_EQ(fs::status(dir.path() / "out/.site.spare").permissions(), fs::perms::owner_all);
}

}  // namespace
}  // namespace ck
