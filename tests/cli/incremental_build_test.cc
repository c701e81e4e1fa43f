// Issue #18, "rebuild what changed": a build into the last build's folder, with
// the last build's page record (cli/page_record.h), carries the pages whose
// inputs did not change. The invariant: whatever happened in between, the site
// it leaves is byte for byte the site a clean build (fresh folder, empty cache)
// makes. Checked over a seeded random sequence of edits, commits, date changes
// (--today, SOURCE_DATE_EPOCH, --as-of), theme changes (a template, the CSS) and
// plans moved or renamed (old addresses keep redirects and a copy of the feed)
// on a small generated portal. CK_INCREMENTAL_STEPS and CK_INCREMENTAL_SEED
// set the sequence; scripts/incremental-equivalence.sh runs the long form.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::TempDir;

std::string q(const fs::path& p) { return testing::shell_quote(p); }

long env_number(const char* name, long fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::strtol(v, nullptr, 10) : fallback;
}

class Portal {
 public:
  explicit Portal(const TempDir& dir) : root_(dir.path()) {
    auto r = testing::run_command("python3 " + q(testing::source_dir() / "bench/site/make_corpus.py") + " " +
                                  q(testing::source_dir()) + " " + q(root_ / "corpus") +
                                  " --communes 3 --plans 2 --tasks 8 --commits 12");
    if (r.exit_code != 0) throw std::runtime_error(r.output);
    src_ = root_ / "corpus/src";
  }
  const fs::path& src() const { return src_; }
  testing::CommandResult git(const std::string& args) const {
    return testing::run_command("git -C " + q(src_) +
                                " -c user.name='Vũ Thị Lan' -c user.email=lan@xa.invalid -c commit.gpgsign=false " + args);
  }
  std::vector<fs::path> plans() const {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(src_ / "data"))
      if (e.path().extension() == ".json") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  fs::path root_, src_;
};

// One task of one plan changes the way an editor changes it.
std::string edit_task(const fs::path& plan, std::mt19937& rng) {
  json d = json::parse(testing::read_file(plan));
  auto& tasks = d["nhiem_vu"];
  json& t = tasks[rng() % tasks.size()];
  std::string what;
  switch (rng() % 3) {
    case 0:
      t["trang_thai"] = "dang_thuc_hien";
      t.erase("ngay_hoan_thanh");
      t["tien_do"] = 10 * static_cast<int>(1 + rng() % 9);
      what = "tiến độ";
      break;
    case 1:
      t["noi_dung"] = t["noi_dung"].get<std::string>() + " (bổ sung " + std::to_string(rng() % 100) + ")";
      what = "nội dung";
      break;
    default:
      t["thoi_han"] = "Trước ngày " + std::to_string(10 + rng() % 18) + "/0" + std::to_string(1 + rng() % 9) + "/2026";
      what = "thời hạn";
  }
  std::ofstream(plan, std::ios::binary) << d.dump(2) << "\n";
  return what + " " + t["ma"].get<std::string>() + " in " + plan.filename().string();
}

TEST(IncrementalBuild, EqualsACleanBuildOverRandomEditsCommitsDatesAndThemes) {
  const long steps = env_number("CK_INCREMENTAL_STEPS", 16);
  const long seed = env_number("CK_INCREMENTAL_SEED", 5);  // its 16 steps include two plan moves
  std::mt19937 rng(static_cast<unsigned>(seed));
  TempDir dir;
  Portal portal(dir);
  const fs::path site = dir.path() / "site", cache = dir.path() / "cache";
  const fs::path default_css = testing::source_dir() / "themes/default/static/style.css";
  const fs::path default_footer = testing::source_dir() / "themes/default/templates/partials/footer.mustache";
  std::string date_args = "--today 2026-06-30", date_env;
  std::string log;
  size_t carried_total = 0;
  for (long step = 0; step < steps; ++step) {
    std::string did;
    switch (rng() % 9) {
      case 0:
      case 1:
        did = "edit " + edit_task(portal.plans()[rng() % portal.plans().size()], rng);
        break;
      case 2:
      case 3: {
        did = "edit and commit " + edit_task(portal.plans()[rng() % portal.plans().size()], rng);
        ASSERT_EQ(portal.git("commit -qam 'Cập nhật nhiệm vụ'").exit_code, 0);
        break;
      }
      case 4:
        did = "commit what is pending";
        portal.git("commit -qam 'Cập nhật' --allow-empty");
        break;
      case 5: {
        date_env.clear();
        const unsigned kind = rng() % 3;
        if (kind == 0) {
          date_args = "--today 2026-0" + std::to_string(1 + rng() % 9) + "-1" + std::to_string(rng() % 10);
        } else if (kind == 1) {
          date_args.clear();
          date_env = "SOURCE_DATE_EPOCH=" + std::to_string(1767225600L + static_cast<long>(rng() % 300) * 86400);
        } else {  // an earlier commit, its own day
          auto commits = portal.git("rev-list HEAD").output;
          std::vector<std::string> ids;
          for (size_t at = 0; at + 40 <= commits.size(); at += 41) ids.push_back(commits.substr(at, 40));
          date_args = "--as-of " + ids[rng() % ids.size()];
        }
        did = "date: " + date_env + date_args;
        break;
      }
      case 6: {
        // The theme override (congkhai.yaml "giao_dien"): the CSS or the footer template edited.
        const fs::path theme = portal.src() / "giao-dien";
        if (!fs::exists(theme)) {
          std::ofstream(portal.src() / "congkhai.yaml", std::ios::app) << "giao_dien: giao-dien\n";
          fs::create_directories(theme / "static");
          fs::create_directories(theme / "templates/partials");
        }
        if (rng() % 2) {
          std::ofstream(theme / "static/style.css") << testing::read_file(default_css) << "\n/* " << rng() % 1000 << " */\n";
          did = "theme: CSS";
        } else {
          std::ofstream(theme / "templates/partials/footer.mustache")
              << "<!-- " << rng() % 1000 << " -->\n" << testing::read_file(default_footer);
          did = "theme: footer template";
        }
        if (rng() % 2) portal.git("add -A"), portal.git("commit -qm 'Giao diện'");
        break;
      }
      case 7: {
        // A plan renamed, or moved to another commune: its feed stays at the old address too.
        const fs::path plan = portal.plans()[rng() % portal.plans().size()];
        const std::string from_commune = plan.parent_path().filename().string(), from = plan.stem().string();
        const std::string to_commune = "xa-thu-000" + std::to_string(1 + rng() % 3);
        const std::string to = from + "-" + std::to_string(step);
        ASSERT_EQ(portal.git("mv data/" + from_commune + "/" + from + ".json data/" + to_commune + "/" + to + ".json").exit_code, 0);
        ASSERT_EQ(portal.git("mv content/" + from_commune + "/" + from + ".md content/" + to_commune + "/" + to + ".md").exit_code, 0);
        ASSERT_EQ(portal.git("commit -qm 'Đổi tên kế hoạch'").exit_code, 0);
        did = "plan " + from_commune + "/" + from + " moved to " + to_commune + "/" + to;
        break;
      }
      default: {
        const fs::path intro = portal.src() / "content" / ("xa-thu-000" + std::to_string(1 + rng() % 3)) / "_index.md";
        std::ofstream(intro, std::ios::app) << "\nThông báo số " << rng() % 1000 << ".\n";
        did = "commune introduction";
      }
    }
    log += "step " + std::to_string(step) + ": " + did + "\n";
    const std::string build = (date_env.empty() ? "" : date_env + " ") + testing::congkhai_binary() + " build --source " +
                              q(portal.src()) + " " + date_args;
    auto incremental = testing::run_command(build + " --out " + q(site) + " --cache-dir " + q(cache));
    ASSERT_EQ(incremental.exit_code, 0) << log << incremental.output;
    const fs::path clean = dir.path() / ("clean-" + std::to_string(step));
    auto fresh = testing::run_command(build + " --out " + q(clean) + " --cache-dir " + q(clean.string() + "-cache"));
    ASSERT_EQ(fresh.exit_code, 0) << log << fresh.output;
    const auto a = testing::snapshot(site), b = testing::snapshot(clean);
    for (const auto& [path, bytes] : b)
      ASSERT_TRUE(a.contains(path) && a.at(path) == bytes) << log << "differs from a clean build: " << path;
    ASSERT_EQ(a.size(), b.size()) << log << "the incremental site has files a clean build does not";
    const std::string carried = "; giữ nguyên ";  // the build's last line (cmd_build.cc)
    if (auto at = incremental.output.find(carried); at != std::string::npos)
      carried_total += std::stoul(incremental.output.substr(at + carried.size()));
    fs::remove_all(clean);
    fs::remove_all(clean.string() + "-cache");
  }
  // The sequence exercised the carrying, not only full rebuilds.
  EXPECT_GT(carried_total, 0u) << log;
  RecordProperty("incremental_steps", static_cast<int>(steps));
  if (std::getenv("CK_INCREMENTAL_LOG")) std::cerr << log;  // which steps ran (scripts/incremental-equivalence.sh)
}

}  // namespace
}  // namespace ck
