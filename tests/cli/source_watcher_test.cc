#include "cli/source_watcher.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/test_support.h"

namespace ck::cli {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using ck::testing::TempDir;
using ::testing::Contains;
using ::testing::ElementsAre;

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

// `serve` builds an edited commune alone first: the watcher says which sources changed.
TEST(SourceWatcher, SaysWhichSourcesChanged) {
  TempDir dir;
  minimal_tree(dir);
  SourceWatcher watch(dir.path());
  ASSERT_EQ(watch.mode(), SourceWatcher::Mode::Events);
  for (const char* file : {"data/xa-a/kh.json", "content/xa-a/_index.md", "congkhai.yaml"}) {
    auto writer = write_later(dir, file);
    auto changes = watch.wait_for_changes(5s);
    writer.join();
    ASSERT_TRUE(changes) << file;
    EXPECT_FALSE(changes->everything);
    EXPECT_THAT(changes->paths, ElementsAre(file));
  }
  // An editor's save: a temporary file renamed over the old one.
  dir.write("data/xa-a/.kh.json.swp", "{\"nhiem_vu\": []}");
  fs::rename(dir.path() / "data/xa-a/.kh.json.swp", dir.path() / "data/xa-a/kh.json");
  auto changes = watch.wait_for_changes(5s);
  ASSERT_TRUE(changes);
  EXPECT_THAT(changes->paths, ElementsAre("data/xa-a/.kh.json.swp", "data/xa-a/kh.json"));
  // A commune folder added, then removed: the folder itself is named.
  fs::create_directories(dir.path() / "content/xa-moi");
  changes = watch.wait_for_changes(5s);
  ASSERT_TRUE(changes);
  EXPECT_THAT(changes->paths, ElementsAre("content/xa-moi"));
  fs::remove(dir.path() / "content/xa-moi");
  changes = watch.wait_for_changes(5s);
  ASSERT_TRUE(changes);
  EXPECT_THAT(changes->paths, Contains("content/xa-moi"));
  EXPECT_FALSE(watch.wait_for_changes(300ms));
}

// Lost events (the kernel's queue overflowed) and the polling fallback cannot say which files
// changed: "everything", so `serve` rebuilds the whole site.
TEST(SourceWatcher, WhatChangedIsEverythingWhenItCannotBeKnown) {
  TempDir dir;
  minimal_tree(dir);
  {
    SourceWatcher watch(dir.path());
    ASSERT_EQ(watch.mode(), SourceWatcher::Mode::Events);
    int limit = 16384;
    std::ifstream("/proc/sys/fs/inotify/max_queued_events") >> limit;
    // Two files written in turn: no two events in a row are alike, so the kernel merges none.
    const std::string a = (dir.path() / "data/xa-a/a.json").string(), b = (dir.path() / "data/xa-a/b.json").string();
    for (int i = 0; i < limit / 4 + 100; ++i)
      for (const std::string* file : {&a, &b}) {
        int fd = open(file->c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ASSERT_GE(fd, 0);
        ASSERT_EQ(write(fd, "{}", 2), 2);
        close(fd);
      }
    auto changes = watch.wait_for_changes(5s);
    ASSERT_TRUE(changes);
    EXPECT_TRUE(changes->everything);
    // The next change is told precisely again.
    auto writer = write_later(dir, "data/xa-a/kh.json");
    changes = watch.wait_for_changes(5s);
    writer.join();
    ASSERT_TRUE(changes);
    EXPECT_FALSE(changes->everything);
    EXPECT_THAT(changes->paths, ElementsAre("data/xa-a/kh.json"));
  }
  SourceWatcher polling(dir.path(), /*force_polling=*/true);
  auto writer = std::thread([&] { dir.write("data/xa-a/kh.json", "{\"nhiem_vu\": [1]}"); });
  writer.join();
  auto changes = polling.wait_for_changes(3s);
  ASSERT_TRUE(changes);
  EXPECT_TRUE(changes->everything);
}

}  // namespace
}  // namespace ck::cli
