// The load cache (load/commune_cache.h) against the loader without it: a
// commune taken from the cache must be exactly the commune its files give,
// with the same messages, whatever was edited, added, removed or damaged.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <random>
#include <thread>

#include "load/commune_cache.h"
#include "load/commune_codec.h"
#include "load/portal_loader.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using ck::testing::TempDir;

// Every field of every commune (the codec writes them all: its size checks see
// to that) and every message, so two loads compare exactly.
std::string everything(const std::optional<Portal>& portal, const Diagnostics& diags) {
  std::string out = diags.format_all();
  if (portal)
    for (const auto& c : portal->communes) out += "\n" + encode_commune(c, Diagnostics());
  return out;
}

struct Loads {
  std::string plain, cached;
  size_t hits = 0;
};

// The portal loaded without a cache, and through `cache`.
Loads load_both(const fs::path& root, const LoadCache& cache, const std::string& only = "") {
  Loads r;
  Diagnostics plain_diags, cached_diags;
  r.plain = everything(load_portal(root, plain_diags, only), plain_diags);
  const size_t before = cache.hits;
  r.cached = everything(load_portal(root, cached_diags, only, &cache), cached_diags);
  r.hits = cache.hits - before;
  return r;
}

TEST(LoadCache, AWarmLoadOfTheDemoPortalIsItsColdLoad) {
  TempDir dir;
  LoadCache cache{dir.path() / "communes", "test"};
  const fs::path root = testing::source_dir();
  Loads cold = load_both(root, cache);
  ASSERT_EQ(cold.plain, cold.cached);
  EXPECT_EQ(cold.hits, 0u);
  Loads warm = load_both(root, cache);
  EXPECT_EQ(warm.plain, warm.cached);
  Diagnostics diags;
  const size_t communes = load_portal(root, diags)->communes.size();
  ASSERT_GE(communes, 3u);
  EXPECT_EQ(warm.hits, communes) << "every commune of an unchanged portal comes from the cache";
  // Another binary's entries are not read.
  LoadCache other{cache.dir, "another build"};
  EXPECT_EQ(load_both(root, other).hits, 0u);
}

// Differential: random edits to a two-commune portal; after each, the load
// through the cache equals the plain load, and unchanged communes hit.
TEST(LoadCache, RandomEditsAreAlwaysSeen) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/xa-hai/_index.md", "---\nten: Xã Hai\nloai: xa\nminh_hoa: true\n---\nXã hư cấu.\n");
  dir.write("content/xa-hai/kh-2026.md", dir.read("content/xa-thu/kh-2026.md"));
  dir.write("data/xa-hai/kh-2026.json", testing::minimal_plan_json());
  LoadCache cache{dir.path() / "cache/communes", "test"};
  std::mt19937 random(20261203);
  const std::string communes[] = {"xa-thu", "xa-hai"};
  size_t hits = 0, steps = 0;
  for (int step = 0; step < 120; ++step) {
    const std::string c = communes[random() % 2];
    const std::string plan = "data/" + c + "/kh-2026.json";
    switch (random() % 12) {
      case 0: {  // a progress figure (same length or not)
        std::string json = testing::minimal_plan_json();
        json.replace(json.find("\"tien_do\": 40"), 13, "\"tien_do\": " + std::to_string(random() % 101));
        dir.write(plan, json);
        break;
      }
      case 1: dir.write(plan, testing::minimal_plan_json() + (random() % 2 ? "" : "{")); break;  // valid, or broken
      case 2: dir.write("content/" + c + "/ghi-chu.txt", "không phải Markdown"); break;  // a warning
      case 3: fs::remove(dir.path() / "content" / c / "ghi-chu.txt"); break;
      case 4: {  // a second plan, or its data alone (an error), or neither
        const int shape = random() % 3;
        fs::remove(dir.path() / "content" / c / "kh-2027.md");
        fs::remove(dir.path() / "data" / c / "kh-2027.json");
        if (shape != 2) dir.write("data/" + c + "/kh-2027.json", testing::minimal_plan_json());
        if (shape == 0) dir.write("content/" + c + "/kh-2027.md", dir.read("content/xa-thu/kh-2026.md"));
        break;
      }
      case 5: dir.write(plan, dir.read(plan)); break;  // saved again, unchanged: still a hit
      case 6: {  // the same text with Windows line ends: read as the same text
        std::string text = dir.read("content/" + c + "/_index.md"), crlf;
        for (char ch : text) crlf += ch == '\n' ? std::string("\r\n") : std::string(1, ch);
        dir.write("content/" + c + "/_index.md", random() % 2 ? crlf : text);
        break;
      }
      case 7:
        dir.write("content/" + c + "/_index.md",
                  "---\nten: Xã " + std::to_string(random() % 5) + "\nloai: xa\nminh_hoa: true\n---\nXã hư cấu.\n");
        break;
      case 8: fs::create_directories(dir.path() / "content" / c / ("thu-muc-" + std::to_string(random() % 2))); break;
      case 9: dir.write("data/" + c + "/_co_quan.json", random() % 2 ? "[]" : "{\"co_quan\": []}"); break;
      case 10: {  // a symbolic link: a loop, dangling, or to a plan's text; or none
        const fs::path link = dir.path() / "content" / c / "vong.md";
        fs::remove(link);
        const int shape = random() % 4;
        if (shape == 0) fs::create_symlink("vong.md", link);
        if (shape == 1) fs::create_symlink("khong-co.md", link);
        if (shape == 2) fs::create_symlink("kh-2026.md", link);
        break;
      }
      case 11: fs::remove(dir.path() / "content" / c / "vong.md"); break;
    }
    Loads loads = load_both(dir.path(), cache, random() % 4 == 0 ? c : "");
    ASSERT_EQ(loads.plain, loads.cached) << "step " << step;
    hits += loads.hits;
    ++steps;
  }
  EXPECT_GT(hits, 40u) << "the cache was hardly used: the test proved little";
  RecordProperty("steps", static_cast<int>(steps));
  RecordProperty("hits", static_cast<int>(hits));
}

// Any damage to an entry (a byte changed anywhere, the file cut short) never
// gives a commune other than its files': the model is checked whole.
TEST(LoadCache, ADamagedEntryIsNeverUsed) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  LoadCache cache{dir.path() / "cache/communes", "test"};
  load_both(dir.path(), cache);
  const fs::path entry = cache.dir / "xa-thu.bin";
  const std::string good = testing::read_file(entry);
  ASSERT_EQ(load_both(dir.path(), cache).hits, 1u);
  std::mt19937 random(7);
  for (int trial = 0; trial < 200; ++trial) {
    std::string bad = good;
    if (trial % 4 == 0) {
      bad.resize(random() % good.size());
    } else {
      bad[random() % bad.size()] ^= static_cast<char>(1 + random() % 255);
    }
    std::ofstream(entry, std::ios::binary | std::ios::trunc) << bad;
    Loads loads = load_both(dir.path(), cache);
    ASSERT_EQ(loads.plain, loads.cached) << "trial " << trial;
    // A cut entry is never read. (A changed byte may fall in a file's stat stamp, which only
    // makes that file read again and checked: the commune is still exactly its files'.)
    if (trial % 4 == 0) ASSERT_EQ(loads.hits, 0u) << "trial " << trial << ": a cut entry was used";
  }
}

// Files older than the load are believed by their stat stamp, not read again;
// a change that keeps the size and puts the modification time back is still
// seen (the inode's change time moved), and so is one made during the load.
TEST(LoadCache, StampsAreBelievedOnlyWhenTheyCannotHideAChange) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // the files are now older than the racy margin
  LoadCache cache{dir.path() / "cache/communes", "test"};
  load_both(dir.path(), cache);
  cache.rehashed = 0;
  const Loads warm = load_both(dir.path(), cache);
  ASSERT_EQ(warm.hits, 1u);
  EXPECT_EQ(cache.rehashed, 0u) << "files untouched since well before the load are not read again";
  // The same size, the old modification time put back: only the change time tells.
  const fs::path plan = dir.path() / "data/xa-thu/kh-2026.json";
  struct stat before {};
  ASSERT_EQ(::stat(plan.c_str(), &before), 0);
  std::string json = testing::minimal_plan_json();
  json.replace(json.find("\"tien_do\": 40"), 13, "\"tien_do\": 41");
  dir.write("data/xa-thu/kh-2026.json", json);
  const struct timespec times[2] = {before.st_atim, before.st_mtim};
  ASSERT_EQ(::utimensat(AT_FDCWD, plan.c_str(), times, 0), 0);
  Loads loads = load_both(dir.path(), cache);
  EXPECT_EQ(loads.plain, loads.cached);
  EXPECT_EQ(loads.hits, 0u);
  EXPECT_NE(loads.cached, warm.cached) << "the edit is in the model";
}

}  // namespace
}  // namespace ck
