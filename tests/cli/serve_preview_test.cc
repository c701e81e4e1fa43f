// `serve`'s rebuilds (cli/serve_preview.h), driven without the HTTP server or
// the watcher: an edit inside one commune shows first from a build of that
// commune alone (an overlay), before the whole rebuild, which then replaces it
// with the bytes a clean `build` makes. The whole rebuild is held by a hook,
// so what is seen before it is deterministic, not a race.
#include "cli/serve_preview.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <condition_variable>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>

#include "support/test_support.h"

namespace ck::cli {
namespace {

namespace fs = std::filesystem;
using ck::testing::TempDir;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

constexpr const char* kCommune = "xa-thu-0002";
constexpr const char* kPlan = "data/xa-thu-0002/kh-01.json";
constexpr const char* kTaskPage = "xa-thu-0002/kh-01/nv-4/index.html";  // task 4 of that plan

// A generated portal (3 communes, 2 plans each, 12 commits of history).
fs::path make_portal(const TempDir& dir) {
  auto r = testing::run_command(
      "python3 " + testing::shell_quote(testing::source_dir() / "bench/site/make_corpus.py") + " " +
      testing::shell_quote(testing::source_dir()) + " " + testing::shell_quote(dir.path() / "corpus") +
      " --communes 3 --plans 2 --tasks 8 --commits 12 --no-hugo");
  if (r.exit_code != 0) throw std::runtime_error(r.output);
  return dir.path() / "corpus/src";
}

BuildRequest preview_request(const TempDir& dir, const fs::path& src) {
  BuildRequest request;
  request.source = src;
  request.today = CivilDate::parse_iso("2026-06-30");
  request.history_cache = dir.path() / "cache";
  fs::create_directories(request.history_cache);
  request.out_dir = request.history_cache / "xem-truoc";  // as `serve` does with a cache directory
  return request;
}

// Saves task 4's progress the way an editor does.
void set_progress(const fs::path& plan, int progress) {
  auto d = nlohmann::json::parse(testing::read_file(plan));
  auto& task = d["nhiem_vu"][3];
  task["trang_thai"] = "dang_thuc_hien";
  task.erase("ngay_hoan_thanh");
  task["tien_do"] = progress;
  std::ofstream(plan) << d.dump(2) << "\n";
}

// Holds each whole rebuild at its start while `hold` is set.
class Gate {
 public:
  std::function<void()> hook() {
    return [this] {
      std::unique_lock lock(mutex_);
      ++entered_;
      changed_.notify_all();
      changed_.wait(lock, [this] { return !hold_; });
    };
  }
  void close() {
    std::lock_guard lock(mutex_);
    hold_ = true;
  }
  void open() {
    {
      std::lock_guard lock(mutex_);
      hold_ = false;
    }
    changed_.notify_all();
  }
  void wait_entered(int n) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return entered_ >= n; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  bool hold_ = false;
  int entered_ = 0;
};

// The task page's progress bar.
std::string progress_of(int percent) {
  return "<progress max=\"100\" value=\"" + std::to_string(percent) + "\">";
}

SourceChanges changed(std::initializer_list<std::string> paths) { return {false, paths}; }

TEST(ServePreview, AnEditedCommuneShowsBeforeTheWholeRebuildWhichThenMatchesACleanBuild) {
  TempDir dir;
  const fs::path src = make_portal(dir);
  Gate gate;
  Preview preview(preview_request(dir, src), gate.hook());
  preview.build_first();
  ASSERT_THAT(preview.respond(kTaskPage).body, Not(HasSubstr("role=\"alert\"")));
  ASSERT_THAT(preview.respond(kTaskPage).body, Not(HasSubstr(progress_of(37))));
  const long first = preview.generation();

  gate.close();
  set_progress(src / kPlan, 37);
  preview.changed(changed({kPlan}));
  // The whole rebuild this change asked for is held at its start: what shows is the commune-alone build.
  EXPECT_THAT(preview.overlaid_communes(), ElementsAre(kCommune));
  EXPECT_EQ(preview.alone_builds(), 1u);
  EXPECT_GT(preview.generation(), first);  // the open page reloads
  Preview::Response page = preview.respond(kTaskPage);
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr(progress_of(37)));
  EXPECT_THAT(page.body, Not(HasSubstr("role=\"alert\"")));

  // What the commune-alone pages say differently from a whole build of the same sources
  // (serve_preview.h): on this portal (no parent communes, no plan implemented by another
  // commune) nothing. A commune's "recent changes" name only its own plans in a build of the
  // whole portal too (Wording.ACommunesRecentChangesNameOnlyItsOwnArrivedPlans).
  std::set<std::string> differ;
  {
    BuildRequest now;
    now.source = src;
    now.today = CivilDate::parse_iso("2026-06-30");
    now.out_dir = dir.path() / "whole-now";
    ASSERT_TRUE(run_pipeline(now, true).ok());
    auto whole = testing::snapshot(now.out_dir);
    size_t overlaid = 0;
    for (const auto& [path, bytes] : whole)
      if (path.starts_with(std::string(kCommune) + "/")) {
        ++overlaid;
        if (preview.file(path) != bytes) differ.insert(path);
      }
    EXPECT_GT(overlaid, 30u);
  }
  EXPECT_THAT(differ, IsEmpty());

  // A second edit while that whole rebuild runs is not blocked behind it.
  gate.wait_entered(1);
  set_progress(src / kPlan, 53);
  preview.changed(changed({kPlan}));
  EXPECT_THAT(preview.respond(kTaskPage).body, HasSubstr(progress_of(53)));

  gate.open();
  // A third while the whole rebuild really runs: both builds at once (the sanitizers watch).
  set_progress(src / kPlan, 71);
  preview.changed(changed({kPlan}));
  EXPECT_THAT(preview.respond(kTaskPage).body, HasSubstr(progress_of(71)));
  preview.wait_until_idle();  // the held rebuild, then one more for the later changes
  EXPECT_THAT(preview.overlaid_communes(), IsEmpty());
  EXPECT_THAT(preview.respond(kTaskPage).body, HasSubstr(progress_of(71)));

  // Every file served is the file a clean build of the same sources makes, and nothing else is.
  BuildRequest clean;
  clean.source = src;
  clean.today = CivilDate::parse_iso("2026-06-30");
  clean.out_dir = dir.path() / "clean";
  ASSERT_TRUE(run_pipeline(clean, true).ok());
  auto expected = testing::snapshot(clean.out_dir);
  ASSERT_GT(expected.size(), 100u);
  for (const auto& [path, bytes] : expected) {
    auto served = preview.file(path);
    ASSERT_TRUE(served) << path;
    EXPECT_TRUE(*served == bytes) << path;
  }
  for (const auto& [path, bytes] : testing::snapshot(dir.path() / "cache/xem-truoc"))
    EXPECT_TRUE(expected.contains(path)) << path;
}

TEST(ServePreview, PortalWideChangesGoStraightToTheWholeRebuild) {
  TempDir dir;
  const fs::path src = make_portal(dir);
  Gate gate;
  Preview preview(preview_request(dir, src), gate.hook());
  preview.build_first();
  gate.close();
  for (const auto& changes :
       {changed({"congkhai.yaml"}), changed({"themes/rieng/page.html"}), changed({kPlan, "congkhai.yaml"}),
        changed({"content/_gioi-thieu.md"}), SourceChanges{true, {}}}) {
    preview.changed(changes);
    EXPECT_EQ(preview.alone_builds(), 0u);
    EXPECT_THAT(preview.overlaid_communes(), IsEmpty());
  }
  gate.open();
  preview.wait_until_idle();
}

TEST(ServePreview, AContentErrorInTheEditedCommuneShowsAndTheLastGoodPageStays) {
  TempDir dir;
  const fs::path src = make_portal(dir);
  Gate gate;
  Preview preview(preview_request(dir, src), gate.hook());
  preview.build_first();
  const std::string good = preview.respond(kTaskPage).body;
  ASSERT_THAT(good, HasSubstr(progress_of(90)));

  gate.close();
  std::string text = testing::read_file(src / kPlan);
  text.replace(text.find("\"dang_thuc_hien\""), 16, "\"xong\"");
  std::ofstream(src / kPlan) << text;
  preview.changed(changed({kPlan}));
  EXPECT_EQ(preview.alone_builds(), 0u);
  EXPECT_THAT(preview.overlaid_communes(), IsEmpty());
  std::string page = preview.respond(kTaskPage).body;
  EXPECT_THAT(page, HasSubstr("role=\"alert\""));
  EXPECT_THAT(page, HasSubstr(std::string(kPlan) + ":"));
  EXPECT_THAT(page, HasSubstr("&quot;xong&quot;"));
  EXPECT_THAT(page, HasSubstr(progress_of(90)));  // the last good page

  gate.open();
  preview.wait_until_idle();  // the whole build fails the same way
  page = preview.respond(kTaskPage).body;
  EXPECT_THAT(page, HasSubstr("role=\"alert\""));
  EXPECT_THAT(page, HasSubstr(progress_of(90)));

  // Fixed: the commune-alone build clears the error at once, before the whole rebuild.
  gate.close();
  set_progress(src / kPlan, 64);
  preview.changed(changed({kPlan}));
  page = preview.respond(kTaskPage).body;
  EXPECT_THAT(page, Not(HasSubstr("role=\"alert\"")));
  EXPECT_THAT(page, HasSubstr(progress_of(64)));
  gate.open();
  preview.wait_until_idle();
  EXPECT_THAT(preview.respond(kTaskPage).body, Not(HasSubstr("role=\"alert\"")));
}

TEST(ServePreview, WhichChangesABuildOfTheCommuneAloneCovers) {
  auto known = [](const std::string& id) { return id.starts_with("xa-"); };
  using V = std::vector<std::string>;
  EXPECT_EQ(communes_to_build_alone(changed({"data/xa-a/kh.json"}), known), V{"xa-a"});
  EXPECT_EQ(communes_to_build_alone(changed({"content/xa-a/kh.md", "data/xa-a/kh.json", "data/xa-b/k.json"}),
                                    known),
            (V{"xa-a", "xa-b"}));
  EXPECT_EQ(communes_to_build_alone(changed({"content/xa-a/anh/so-do.png"}), known), V{"xa-a"});
  // Not for one commune: the config, a theme, a portal page, a commune folder itself, a commune
  // the preview does not have yet, too many communes, or a change the watcher could not place.
  for (const auto& c :
       {changed({"congkhai.yaml"}), changed({"themes/rieng/base.html"}), changed({"content/_gioi-thieu.md"}),
        changed({"content/xa-a"}), changed({"data/xa-a/kh.json", "content/xa-a"}),
        changed({"content/moi/_index.md"}),
        changed({"data/xa-a/1.json", "data/xa-b/1.json", "data/xa-c/1.json", "data/xa-d/1.json"}),
        changed({}), SourceChanges{true, {"data/xa-a/kh.json"}}})
    EXPECT_THAT(communes_to_build_alone(c, known), IsEmpty());
}

}  // namespace
}  // namespace ck::cli
