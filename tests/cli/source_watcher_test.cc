#include "cli/source_watcher.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "support/test_support.h"

namespace ck::cli {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using ck::testing::TempDir;

// Writes `file` from another thread after `delay`, so the watcher is already waiting.
std::thread write_later(const TempDir& dir, std::string file, std::chrono::milliseconds delay = 50ms) {
  return std::thread([&dir, file = std::move(file), delay] {
    std::this_thread::sleep_for(delay);
    dir.write(file, "sửa lúc " + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  });
}

void minimal_tree(const TempDir& dir) {
  dir.write("congkhai.yaml", "tieu_de: Thử\n");
  dir.write("content/xa-a/_index.md", "---\nten: Xã A\nloai: xa\n---\n");
  dir.write("data/xa-a/kh.json", "{}");
}

TEST(SourceWatcher, AnEditedSourceFileIsSeenAtOnce) {
  TempDir dir;
  minimal_tree(dir);
  SourceWatcher watch(dir.path());
  ASSERT_EQ(watch.mode(), SourceWatcher::Mode::Events) << watch.fallback_reason();
  EXPECT_GE(watch.watched_folders(), 5u);  // root, content, content/xa-a, data, data/xa-a
  for (const char* file : {"data/xa-a/kh.json", "content/xa-a/_index.md", "congkhai.yaml"}) {
    auto start = std::chrono::steady_clock::now();
    auto writer = write_later(dir, file);
    EXPECT_TRUE(watch.wait_for_change(5s)) << file;
    writer.join();
    EXPECT_LT(std::chrono::steady_clock::now() - start, 1s) << file;
  }
}

TEST(SourceWatcher, FoldersCreatedLaterAreWatchedToo) {
  TempDir dir;
  minimal_tree(dir);
  SourceWatcher watch(dir.path());
  ASSERT_EQ(watch.mode(), SourceWatcher::Mode::Events);
  fs::create_directories(dir.path() / "content/xa-moi/sau");
  EXPECT_TRUE(watch.wait_for_change(5s));
  auto writer = write_later(dir, "content/xa-moi/sau/kh.md");
  EXPECT_TRUE(watch.wait_for_change(5s));
  writer.join();
  // A source folder made after the preview started (themes/) is watched from then on.
  fs::create_directories(dir.path() / "themes/rieng");
  EXPECT_TRUE(watch.wait_for_change(5s));
  auto theme = write_later(dir, "themes/rieng/style.css");
  EXPECT_TRUE(watch.wait_for_change(5s));
  theme.join();
}

TEST(SourceWatcher, FilesOutsideTheSourcesAreIgnored) {
  TempDir dir;
  minimal_tree(dir);
  SourceWatcher watch(dir.path());
  ASSERT_EQ(watch.mode(), SourceWatcher::Mode::Events);
  auto writer = std::thread([&] {
    dir.write(".git/index", "x");
    dir.write("site/index.html", "x");
    dir.write("ghi-chu.txt", "x");
  });
  writer.join();
  EXPECT_FALSE(watch.wait_for_change(600ms));
}

TEST(SourceWatcher, ABurstOfWritesIsOneChange) {
  TempDir dir;
  minimal_tree(dir);
  SourceWatcher watch(dir.path());
  ASSERT_EQ(watch.mode(), SourceWatcher::Mode::Events);
  auto burst = std::thread([&] {
    for (int i = 0; i < 50; ++i) dir.write("data/xa-a/kh-" + std::to_string(i) + ".json", "{}");
  });
  burst.join();
  EXPECT_TRUE(watch.wait_for_change(5s));
  EXPECT_FALSE(watch.wait_for_change(400ms));
}

TEST(SourceWatcher, PollingFallbackStillSeesChangesAndSaysWhy) {
  TempDir dir;
  minimal_tree(dir);
  SourceWatcher watch(dir.path(), /*force_polling=*/true);
  EXPECT_EQ(watch.mode(), SourceWatcher::Mode::Polling);
  EXPECT_FALSE(watch.fallback_reason().empty());
  EXPECT_FALSE(watch.wait_for_change(700ms));
  // Modification times can be coarse: a different size is a change whatever the clock.
  auto writer = std::thread([&] { dir.write("data/xa-a/kh.json", "{\"nhiem_vu\": []}"); });
  writer.join();
  EXPECT_TRUE(watch.wait_for_change(3s));
}

}  // namespace
}  // namespace ck::cli
