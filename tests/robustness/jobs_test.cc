// `--jobs N` (issue #13): the number of workers changes nothing in the output.
// Pages, task facts, open data, manifest hashes and the history replay all run
// on N workers; Markdown is parsed before them, one document at a time, by the
// derive stage (render_markdown aborts if two parses ever overlap), so the
// same commit and day give the same bytes for 1, 2 and 8 workers.
#include <gtest/gtest.h>

#include "robustness/site_fixture.h"

namespace ck::robustness {
namespace {

using testing::TempDir;

// Builds `source` with `jobs` workers from a working directory of its own.
std::map<std::string, std::string> built_with_jobs(const TempDir& dir, const fs::path& source, int jobs,
                                                   const std::string& today) {
  const fs::path out = dir.path() / ("out-" + std::to_string(jobs)),
                 cwd = dir.path() / ("cwd-" + std::to_string(jobs));
  fs::create_directories(cwd);
  auto r = testing::run_command("cd " + q(cwd) + " && " + testing::congkhai_binary() + " build --source " +
                                q(source) + " --out " + q(out) + " --today " + today +
                                " --base-url https://example.gov.vn/cong/ --jobs " + std::to_string(jobs));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  return snapshot(out);
}

// Adds to `compared` the files it compared with the 1-worker build.
void expect_same_for_1_2_8(const fs::path& source, const std::string& today, size_t min_files,
                           size_t& compared) {
  TempDir dir;
  auto one = built_with_jobs(dir, source, 1, today);
  ASSERT_GE(one.size(), min_files);
  for (int jobs : {2, 8}) {
    auto other = built_with_jobs(dir, source, jobs, today);
    ASSERT_EQ(other.size(), one.size()) << jobs << " jobs";
    size_t differing = 0;
    for (const auto& [path, bytes] : one) {
      auto it = other.find(path);
      ASSERT_NE(it, other.end()) << path << " missing with " << jobs << " jobs";
      if (it->second != bytes && differing++ < 5)
        ADD_FAILURE() << path << " differs with " << jobs << " jobs";
      ++compared;
    }
    EXPECT_EQ(differing, 0u) << jobs << " jobs";
  }
}

TEST(Jobs, DemoPortalSameBytesFor1_2_8) {
  // The demo: real plans, the fictional commune's history (scripts/make-demo-history.sh).
  size_t compared = 0;
  expect_same_for_1_2_8(testing::source_dir(), "2026-11-20", 200, compared);
  record_robustness("--jobs 1, 2 and 8 on the demo portal with history (cases = files compared)", compared,
                    "byte-identical output for every number of workers");
}

TEST(Jobs, GeneratedMultiCommuneCorpusSameBytesFor1_2_8) {
  TempDir corpus;
  const fs::path made = corpus.path() / "corpus";
  auto r = testing::run_command("python3 " + q(testing::source_dir() / "bench/site/make_corpus.py") + " " +
                                q(testing::source_dir()) + " " + q(made) +
                                " --communes 4 --plans 2 --tasks 20 --commits 60");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  size_t compared = 0;
  expect_same_for_1_2_8(made / "src", "2026-06-30", 4 * 2 * 20, compared);
  record_robustness("--jobs 1, 2 and 8 on a generated 4-commune corpus with history (cases = files compared)",
                    compared, "byte-identical output for every number of workers");
}

TEST(Jobs, RefusesZeroJobs) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  auto r = congkhai("build --source " + q(dir.path()) + " --out " + q(dir.path() / "out") + " --jobs 0");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_FALSE(fs::exists(dir.path() / "out"));
  record_robustness("--jobs 0", 1, "usage error, exit 2, no output written");
}

}  // namespace
}  // namespace ck::robustness
