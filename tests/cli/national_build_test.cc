// The national build (docs/scale.md): batches of communes with summaries
// (`congkhai build --commune … --summary DIR`), the index made from those
// summaries alone (`congkhai index`), and the CI of `congkhai init --national`
// (scaffold/toan-quoc/) whose steps run here through ci/dung-toan-quoc.sh on a
// small generated repository, as GitHub's matrix and GitLab's parallel jobs would.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "support/link_walker.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using testing::run_command;
using testing::TempDir;

std::string q(const fs::path& p) { return testing::shell_quote(p); }
std::string congkhai() { return q(testing::congkhai_binary()); }

// The text between the first `from` and the next `to` after it (both included); "" when absent.
std::string between(const std::string& text, const std::string& from, const std::string& to) {
  auto a = text.find(from);
  if (a == std::string::npos) return "";
  auto b = text.find(to, a);
  return b == std::string::npos ? "" : text.substr(a, b + to.size() - a);
}

// Lines that are only spaces go: a section the index leaves out leaves its indentation behind.
std::string without_blank_lines(const std::string& text) {
  static const std::regex blank("\n[ \t]*(?=\n)");
  return std::regex_replace(text, blank, "");
}

// A generated repository (bench/site/make_corpus.py): fictional communes, editors' commits.
fs::path make_corpus(const TempDir& dir, int communes) {
  auto r = run_command("python3 " + q(testing::source_dir() / "bench/site/make_corpus.py") + " " +
                       q(testing::source_dir()) + " " + q(dir.path() / "corpus") + " --communes " +
                       std::to_string(communes) + " --plans 1 --tasks 3 --commits 12");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  return dir.path() / "corpus/src";
}

// The <entry> elements of an Atom feed, in order.
std::vector<std::string> feed_entries(const std::string& feed) {
  std::vector<std::string> out;
  for (size_t at = 0; (at = feed.find("<entry>", at)) != std::string::npos; at += 7)
    out.push_back(feed.substr(at, feed.find("</entry>", at) + 8 - at));
  return out;
}

// The home page, the data catalogue and the change feed of the index built from shard summaries show
// what the full build's show: the same commune cards (counts by status, plans, tasks), the same recent
// changes, footer and catalogue blocks (datasets with sizes, feeds), byte for byte; the feed's head
// and its newest entries too, as far as the summaries tell them exactly (a commune with more than its
// summary carries cuts the merged feed short, never leaves a gap in it). Left out of the index, so not
// compared: the country-wide overdue/due-soon lists and the search box.
void expect_index_matches_full_build(const fs::path& full, const fs::path& index) {
  std::string full_home = testing::read_file(full / "index.html");
  std::string index_home = testing::read_file(index / "index.html");
  std::string cards = between(full_home, "<ul class=\"cards\">", "</main>");
  ASSERT_FALSE(cards.empty());
  EXPECT_EQ(between(index_home, "<ul class=\"cards\">", "</main>"), cards);
  EXPECT_EQ(between(index_home, "<footer", "</footer>"), between(full_home, "<footer", "</footer>"));
  std::string full_data = testing::read_file(full / "du-lieu/index.html");
  std::string index_data = testing::read_file(index / "du-lieu/index.html");
  EXPECT_EQ(without_blank_lines(between(index_data, "<main", "</main>")),
            without_blank_lines(between(full_data, "<main", "</main>")));
  std::string full_feed = testing::read_file(full / "thay-doi.xml");
  std::string index_feed = testing::read_file(index / "thay-doi.xml");
  EXPECT_EQ(index_feed.substr(0, index_feed.find("<entry>")), full_feed.substr(0, full_feed.find("<entry>")));
  auto full_entries = feed_entries(full_feed), index_entries = feed_entries(index_feed);
  ASSERT_GE(index_entries.size(), 10u) << "the newest entries of several communes";
  ASSERT_LE(index_entries.size(), full_entries.size());
  full_entries.resize(index_entries.size());
  EXPECT_EQ(index_entries, full_entries);
}

TEST(NationalIndex, IndexFromDemoShardSummariesShowsWhatTheFullBuildShows) {
  ASSERT_EQ(run_command(q(testing::source_dir() / "scripts/make-demo-history.sh")).exit_code, 0);
  TempDir dir;
  std::string source = " --source " + q(testing::source_dir()) + " --today 2026-06-30";
  auto full = run_command(congkhai() + " build" + source + " --out " + q(dir.path() / "full"));
  ASSERT_EQ(full.exit_code, 0) << full.output;
  // Two batches, as two shards would build them.
  for (const char* batch : {"--commune hai-phong --commune bach-long-vi --commune minh-hoa",
                            "--commune tan-minh --commune tien-lang"}) {
    auto r = run_command(congkhai() + " build" + source + " " + batch + " --out " + q(dir.path() / "xa") +
                         " --summary " + q(dir.path() / "tom-tat"));
    ASSERT_EQ(r.exit_code, 0) << r.output;
  }
  // Beside the pages (as in a whole portal), the index's cards and catalogue are the full build's.
  auto r = run_command(congkhai() + " index --source " + q(testing::source_dir()) + " --summaries " +
                       q(dir.path() / "tom-tat") + " --out " + q(dir.path() / "idx") + " --commune-site ''");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  expect_index_matches_full_build(dir.path() / "full", dir.path() / "idx");
  std::string home = testing::read_file(dir.path() / "idx/index.html");
  EXPECT_THAT(home, HasSubstr("Xã · Thành phố Hải Phòng · 1 kế hoạch · 0 nhiệm vụ"))
      << "Tân Minh's parent is named though its shard never loads the city";
  EXPECT_FALSE(fs::exists(dir.path() / "idx/sitemap.xml")) << "a sitemap needs base_url";

  // Default layout: each commune's own site in its folder; every link of the assembled site resolves.
  r = run_command(congkhai() + " index --source " + q(testing::source_dir()) + " --summaries " +
                  q(dir.path() / "tom-tat") + " --out " + q(dir.path() / "cong"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  for (const auto& id : {"hai-phong", "bach-long-vi", "minh-hoa", "tan-minh", "tien-lang"})
    fs::copy(dir.path() / "xa" / id, dir.path() / "cong" / id, fs::copy_options::recursive);
  auto walk = testing::walk_site(dir.path() / "cong");
  EXPECT_THAT(walk.broken, ::testing::IsEmpty());
  EXPECT_TRUE(walk.reached.count("tien-lang/tien-lang/cchc-2026/index.html"))
      << "the index leads into a commune site";
  EXPECT_TRUE(walk.reached.count("du-lieu/index.html"));
}

// A batch walks the repository's history once, for all its communes (the union of their scopes:
// their folders and the plans they implement), and cuts it down for each: every commune's site is
// byte for byte the one a build of that commune alone makes (the demo has a commune implementing
// the city's plan, a commune with its own history repository, and renamed plans). One walk means
// one history cache for the batch, not one per commune.
TEST(NationalIndex, ABatchWalksTheHistoryOnceAndBuildsWhatEachCommuneAloneBuilds) {
  ASSERT_EQ(run_command(q(testing::source_dir() / "scripts/make-demo-history.sh")).exit_code, 0);
  TempDir dir;
  const std::string source = " --source " + q(testing::source_dir()) + " --today 2026-06-30";
  const std::vector<std::string> ids = {"bach-long-vi", "hai-phong", "minh-hoa", "tan-minh", "tien-lang"};
  std::string list;
  for (const auto& id : ids) list += id + "\n";
  dir.write("lo.txt", list);
  auto r = run_command(congkhai() + " build" + source + " --communes-from " + q(dir.path() / "lo.txt") + " --out " +
                       q(dir.path() / "batch") + " --cache-dir " + q(dir.path() / "batch-cache"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  size_t caches = 0;
  for (const auto& e : fs::directory_iterator(dir.path() / "batch-cache"))
    if (e.path().filename().string().starts_with("history-cache-")) ++caches;
  EXPECT_EQ(caches, 1u) << "one walk for the batch";
  for (const auto& id : ids) {
    r = run_command(congkhai() + " build" + source + " --commune " + id + " --out " + q(dir.path() / "one" / id) +
                    " --cache-dir " + q(dir.path() / "one-cache"));
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const auto alone = testing::snapshot(dir.path() / "one" / id), batch = testing::snapshot(dir.path() / "batch" / id);
    EXPECT_EQ(alone.size(), batch.size()) << id;
    for (const auto& [path, bytes] : alone) {
      auto it = batch.find(path);
      EXPECT_TRUE(it != batch.end() && it->second == bytes) << id << "/" << path << " differs from the commune alone";
    }
  }
}

// The home page adds up every commune's counts (the overdue among them); with a base URL the index
// has a sitemap of its pages and a feed of absolute links into the commune sites.
TEST(NationalIndex, CountryCountsSitemapAndFeedFromSummaries) {
  TempDir dir;
  fs::path src = make_corpus(dir, 3);
  auto r = run_command(congkhai() + " build --source " + q(src) + " --today 2026-12-31 --commune xa-thu-0001" +
                       " --commune xa-thu-0002 --commune xa-thu-0003 --out " + q(dir.path() / "xa") +
                       " --summary " + q(dir.path() / "tt"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  long tasks = 0, overdue = 0;
  for (const char* id : {"xa-thu-0001", "xa-thu-0002", "xa-thu-0003"}) {
    auto card = nlohmann::json::parse(testing::read_file(dir.path() / "tt" / (std::string(id) + ".json")))["home"];
    tasks += std::stol(card["task_count"].get<std::string>());
    for (const auto& c : card["counts"])
      if (c["key"] == "qua_han") overdue += std::stol(c["n"].get<std::string>());
  }
  ASSERT_GT(overdue, 0) << "by the end of 2026 some generated tasks are late";
  r = run_command(congkhai() + " index --source " + q(src) + " --summaries " + q(dir.path() / "tt") + " --out " +
                  q(dir.path() / "idx") + " --base-url https://congkhai.example.vn/toan-quoc/");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::string home = testing::read_file(dir.path() / "idx/index.html");
  EXPECT_THAT(home, HasSubstr("<p class=\"meta\">3 xã, phường, đặc khu · " + std::to_string(tasks) +
                              " nhiệm vụ · " + std::to_string(overdue) + " nhiệm vụ quá hạn</p>"));
  EXPECT_THAT(home, HasSubstr("<span class=\"count-n\">" + std::to_string(overdue) + "</span> Quá hạn"));
  EXPECT_THAT(home, HasSubstr("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"thay-doi.xml\""));
  std::string sitemap = testing::read_file(dir.path() / "idx/sitemap.xml");
  EXPECT_THAT(sitemap, HasSubstr("<loc>https://congkhai.example.vn/toan-quoc/</loc>"));
  EXPECT_THAT(sitemap, HasSubstr("<loc>https://congkhai.example.vn/toan-quoc/du-lieu/</loc>"));
  EXPECT_THAT(testing::read_file(dir.path() / "idx/robots.txt"),
              HasSubstr("Sitemap: https://congkhai.example.vn/toan-quoc/sitemap.xml"));
  std::string feed = testing::read_file(dir.path() / "idx/thay-doi.xml");
  auto entries = feed_entries(feed);
  size_t own_entries = 0;
  for (const char* id : {"xa-thu-0001", "xa-thu-0002", "xa-thu-0003"})
    own_entries += feed_entries(testing::read_file(dir.path() / "xa" / id / "thay-doi.xml")).size();
  EXPECT_EQ(entries.size(), own_entries) << "no commune has more entries than its summary carries: all of them";
  EXPECT_EQ(entries.size(), 14u) << "3 plans arriving, 11 edits";
  EXPECT_THAT(feed, HasSubstr("href=\"https://congkhai.example.vn/toan-quoc/xa-thu-0002/xa-thu-0002/kh-01/\""));
  // Each entry is the one the commune's own feed has, links aside.
  std::string own = testing::read_file(dir.path() / "xa/xa-thu-0001/thay-doi.xml");
  for (const auto& e : feed_entries(own)) {
    std::string id = between(e, "<id>", "</id>");
    EXPECT_THAT(feed, HasSubstr(id));
    EXPECT_THAT(feed, HasSubstr(between(e, "<summary", "</summary>")));
  }

  r = run_command(congkhai() + " index --source " + q(src) + " --summaries " + q(dir.path() / "tt") + " --out " +
                  q(dir.path() / "idx2") + " --base-url ftp://congkhai.example.vn/");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_FALSE(fs::exists(dir.path() / "idx2"));
}

TEST(NationalIndex, RefusesSummariesOfTwoDaysOrABrokenOneAndWritesNothing) {
  TempDir dir;
  fs::path src = make_corpus(dir, 2);
  auto r = run_command(congkhai() + " build --source " + q(src) +
                       " --today 2026-06-30 --commune xa-thu-0001" + " --commune xa-thu-0002 --out " +
                       q(dir.path() / "xa") + " --summary " + q(dir.path() / "tt"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  auto index = [&] {
    return run_command(congkhai() + " index --source " + q(src) + " --summaries " + q(dir.path() / "tt") +
                       " --out " + q(dir.path() / "idx"));
  };
  auto summary = nlohmann::json::parse(testing::read_file(dir.path() / "tt/xa-thu-0002.json"));
  summary["today"] = "2026-07-01";  // a shard that ran after midnight
  dir.write("tt/xa-thu-0002.json", summary.dump());
  r = index();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.output, HasSubstr("tóm tắt của xã xa-thu-0002 và xa-thu-0001 khác ngày tính trạng thái"));
  EXPECT_FALSE(fs::exists(dir.path() / "idx"));

  dir.write("tt/xa-thu-0002.json", "{\"format\": \"congkhai-tom-tat/1\", \"id\": ");  // cut off mid-upload
  r = index();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.output, HasSubstr("xa-thu-0002.json: lỗi: không phải JSON hợp lệ"));
  EXPECT_FALSE(fs::exists(dir.path() / "idx"));
  RecordProperty("robustness_class", "national index: inconsistent or damaged shard summaries");
  RecordProperty("robustness_cases", 2);
  RecordProperty("robustness_outcome", "exit 1 with the commune or file named; nothing written");
}

// One CI "step" from tests/cli/ci_steps.py.
struct Step {
  std::string job, name, run, uses;
  nlohmann::json with, env, matrix;
  int parallel = 0;
};

std::vector<Step> national_steps(const fs::path& repo, const std::string& file) {
  auto r = run_command("python3 " + q(testing::source_dir() / "tests/cli/ci_steps.py") + " " + q(repo));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  std::vector<Step> steps;
  for (const auto& s : nlohmann::json::parse(r.output)) {
    if (s["file"] != file) continue;
    auto text = [&](const char* k) { return s[k].is_string() ? s[k].get<std::string>() : std::string(); };
    steps.push_back({text("job"), text("name"), text("run"), text("uses"),
                     s.value("with", nlohmann::json::object()), s.value("env", nlohmann::json::object()),
                     s.value("matrix", nlohmann::json::object()), s.value("parallel", 0)});
  }
  return steps;
}

// A generated repository with the files `congkhai init --national` writes committed into it, a bare
// clone standing in for the forge, and what a runner's job sees.
class NationalWorkflow : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::path src = make_corpus(dir_, 3);
    auto r = run_command(congkhai() + " init " + q(dir_.path() / "init") +
                         " --commune mau --ten 'Xã Mẫu' --national --no-git");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    for (const char* part : {".github", ".gitlab-ci.yml", "ci", ".gitignore"})
      fs::copy(dir_.path() / "init" / part, src / part, fs::copy_options::recursive);
    ASSERT_EQ(
        run_command("cd " + q(src) + " && git add -A && git -c user.name=t -c user.email=t@t commit -qm ci")
            .exit_code,
        0);
    ASSERT_EQ(run_command("git clone -q --bare " + q(src) + " " + q(forge())).exit_code, 0);
    fs::create_directories(dir_.path() / "bin");
    fs::create_symlink(testing::congkhai_binary(), dir_.path() / "bin/congkhai");
    fs::create_directories(dir_.path() / "home");
  }
  fs::path forge() const { return dir_.path() / "forge.git"; }

  fs::path checkout(const std::string& name) {
    fs::path ws = dir_.path() / ("ws-" + name);
    EXPECT_EQ(run_command("git clone -q " + q(forge()) + " " + q(ws)).exit_code, 0);
    return ws;
  }

  testing::CommandResult run_step(const std::string& script, const fs::path& ws, const nlohmann::json& env) {
    fs::path file = dir_.path() / "step.sh";
    std::ofstream(file) << script;
    std::string vars = "HOME=" + q(dir_.path() / "home") + " PATH=" + q(dir_.path() / "bin") +
                       ":\"$PATH\" GIT_CONFIG_NOSYSTEM=1 CI_PROJECT_DIR=" + q(ws) +
                       " CK_THEM='--today 2026-06-30'";
    for (const auto& [k, v] : env.items()) vars += " " + k + "=" + testing::shell_quote(v.get<std::string>());
    return run_command("cd " + q(ws) + " && env " + vars + " bash --noprofile --norc -eo pipefail " +
                       q(file));
  }

  // The assembled site the index job leaves: every commune's card links into its own site.
  void expect_assembled_site(const fs::path& site) {
    auto walk = testing::walk_site(site);
    EXPECT_THAT(walk.broken, ::testing::IsEmpty());
    for (const char* id : {"xa-thu-0001", "xa-thu-0002", "xa-thu-0003"})
      EXPECT_TRUE(walk.reached.count(std::string(id) + "/" + id + "/index.html")) << id;
  }

  TempDir dir_;
};

std::string with_shard(std::string text, int k) {
  return std::regex_replace(text, std::regex(R"(\$\{\{ *matrix\.lo *\}\})"), std::to_string(k));
}

TEST_F(NationalWorkflow, GitHubMatrixRunsEveryShardThenTheIndex) {
  auto steps = national_steps(dir_.path() / "init", ".github/workflows/xay-dung.yml");
  fs::path store = dir_.path() / "github-store";  // the artifact and cache store
  fs::create_directories(store);
  std::vector<int> shards;
  for (const auto& s : steps)
    if (s.job == "lo" && shards.empty())
      for (const auto& k : s.matrix.at("lo")) shards.push_back(k.get<int>());
  ASSERT_EQ(shards.size(), 20u);
  int built = 0;
  for (int k : shards) {
    SCOPED_TRACE("lô " + std::to_string(k));
    fs::path ws = checkout("lo-" + std::to_string(k));
    fs::path cache = store / ("cache-" + std::to_string(k));
    for (const auto& s : steps) {
      if (s.job != "lo") continue;
      if (s.uses.starts_with("actions/cache/restore")) {
        if (fs::exists(cache))
          fs::copy(cache, ws / s.with["path"].get<std::string>(), fs::copy_options::recursive);
      } else if (s.uses.starts_with("actions/cache/save")) {
        fs::path saved = ws / s.with["path"].get<std::string>();
        if (fs::exists(saved)) fs::copy(saved, cache, fs::copy_options::recursive);
      } else if (s.uses.starts_with("actions/upload-artifact")) {
        fs::copy(ws / s.with["path"].get<std::string>(), store / with_shard(s.with["name"], k),
                 fs::copy_options::recursive);
      } else if (!s.run.empty()) {
        nlohmann::json env = s.env;
        for (auto& [key, value] : env.items()) value = with_shard(value, k);
        auto r = run_step(s.run, ws, env);
        ASSERT_EQ(r.exit_code, 0) << r.output;
        if (r.output.find("đã dựng") != std::string::npos) ++built;
      }
    }
    if (fs::exists(ws / "ket-qua/tom-tat")) {
      // A --commune build keeps a cache per scope: history-cache-<hash>.bin.
      bool saved = false;
      if (fs::exists(cache))
        for (const auto& entry : fs::directory_iterator(cache))
          saved |= entry.path().filename().string().starts_with("history-cache-");
      EXPECT_TRUE(saved) << "the history cache a shard fills is saved for its next run";
    }
  }
  EXPECT_EQ(built, 3) << "3 communes in 20 shards: three shards of one commune, the rest empty";
  fs::path ws = checkout("chi-muc");
  for (const auto& s : steps) {
    if (s.job != "chi-muc") continue;
    if (s.uses.starts_with("actions/download-artifact")) {
      ASSERT_EQ(s.with["pattern"], "lo-*");
      for (int k : shards)
        fs::copy(store / ("lo-" + std::to_string(k)), ws / s.with["path"].get<std::string>(),
                 fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    } else if (s.uses.starts_with("actions/upload-artifact")) {
      EXPECT_TRUE(fs::is_directory(ws / s.with["path"].get<std::string>()));
    } else if (!s.run.empty()) {
      auto r = run_step(s.run, ws, s.env);
      ASSERT_EQ(r.exit_code, 0) << r.output;
    }
  }
  expect_assembled_site(ws / "ket-qua/cong");
}

TEST_F(NationalWorkflow, GitLabParallelJobsRunEveryShardThenTheIndex) {
  auto steps = national_steps(dir_.path() / "init", ".gitlab-ci.yml");
  ASSERT_EQ(steps.size(), 2u);
  const Step& shard = steps[0].job == "dung-lo" ? steps[0] : steps[1];
  const Step& index = steps[0].job == "dung-lo" ? steps[1] : steps[0];
  ASSERT_GT(shard.parallel, 1);
  fs::path index_ws = checkout("chi-muc");
  for (int k = 1; k <= shard.parallel; ++k) {
    SCOPED_TRACE("CI_NODE_INDEX=" + std::to_string(k));
    fs::path ws = checkout("lo-" + std::to_string(k));
    nlohmann::json env = shard.env;
    env["CI_NODE_INDEX"] = std::to_string(k);
    env["CI_NODE_TOTAL"] = std::to_string(shard.parallel);
    auto r = run_step(shard.run, ws, env);
    ASSERT_EQ(r.exit_code, 0) << r.output;
    // GitLab hands the artifacts of every job a job needs to it, unpacked into its checkout.
    fs::copy(ws / "ket-qua", index_ws / "ket-qua",
             fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  }
  auto r = run_step(index.run, index_ws, index.env);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  expect_assembled_site(index_ws / "ket-qua/cong");
}

TEST_F(NationalWorkflow, OneMachineNamesTheFailedShardAndTheIndexTheCommunesWithoutSummary) {
  fs::path ws = checkout("may");
  // Commune 2's data stops being JSON: its shard fails, the others finish.
  for (const auto& f : fs::directory_iterator(ws / "data/xa-thu-0002"))
    if (f.path().filename() != "_co_quan.json") std::ofstream(f.path()) << "{ hỏng";
  auto r = run_step("sh ci/dung-toan-quoc.sh tat-ca 3 2", ws, nlohmann::json::object());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.output, HasSubstr("dung-toan-quoc: lô 2 thất bại — nhật ký: ket-qua/nhat-ky/lo-2.log"));
  EXPECT_TRUE(fs::exists(ws / "ket-qua/tom-tat/xa-thu-0001.json"));
  EXPECT_FALSE(fs::exists(ws / "ket-qua/cong")) << "no index over a failed shard";
  r = run_step("sh ci/dung-toan-quoc.sh chi-muc", ws, nlohmann::json::object());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.output,
              HasSubstr("thiếu tóm tắt của: xa-thu-0002 — lô có các xã này chưa chạy hoặc thất bại"));
  RecordProperty("robustness_class", "national build: a failing shard");
  RecordProperty("robustness_cases", 2);
  RecordProperty("robustness_outcome",
                 "exit 1 naming the shard and its log; the index names the missing communes");
}

}  // namespace
}  // namespace ck
