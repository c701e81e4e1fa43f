// For every seed: every task's text, agencies, deadline and products equal
// the source cells (read by fidelity.h's own splitter), and no source text is
// missing from the output.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "importer/fidelity.h"
#include "importer/importer.h"
#include "support/test_support.h"

namespace ck::importer {
namespace {

struct Seed {
  const char* file;
  size_t numbered;  // tasks with a printed number, counted in the source
  size_t sub_rows;
  size_t sections;
  size_t indicators;
  size_t front_matter_lines;  // text lines that went wholly to front matter
};

const Seed kSeeds[] = {
    {"tien-lang-cchc-2026.txt", 38, 0, 7, 5, 4},
    {"bach-long-vi-cchc-2026.txt", 26, 2, 7, 4, 2},
    {"tan-minh-cchc-2026-2030.txt", 0, 0, 0, 16, 7},
};

class SeedFidelity : public ::testing::TestWithParam<Seed> {
 protected:
  void SetUp() override {
    source_ = testing::read_file(testing::shared_dir() / "seeds" / GetParam().file);
    ASSERT_FALSE(source_.empty()) << GetParam().file;
    ImportOptions o{GetParam().file, GetParam().file, {{"5256/QĐ-UBND", "hai-phong/cchc-2026"}}};
    result_ = import_plan(source_, o);
    ASSERT_TRUE(result_.ok) << result_.diags.format_all();
    json_ = nlohmann::json::parse(result_.json);
  }
  std::string source_;
  ImportResult result_;
  nlohmann::json json_;
};

TEST_P(SeedFidelity, CountsAreTheSources) {
  const Seed& s = GetParam();
  EXPECT_EQ(result_.summary.numbered_tasks, s.numbered);
  EXPECT_EQ(result_.summary.sub_rows, s.sub_rows);
  EXPECT_EQ(result_.summary.sections, s.sections);
  EXPECT_EQ(result_.summary.indicators, s.indicators);
  EXPECT_EQ(json_["nhiem_vu"].size(), fidelity::read_source_table(source_).size());
}

TEST_P(SeedFidelity, EveryTaskEqualsItsSourceCells) { fidelity::expect_tasks_match(source_, json_); }

TEST_P(SeedFidelity, NoSourceTextIsLost) {
  fidelity::expect_no_lost_text(source_, result_.markdown, result_.json, GetParam().front_matter_lines);
}

TEST_P(SeedFidelity, EveryIndicatorSentenceIsInTheText) {
  std::string body = fidelity::markdown_plain(result_.markdown);
  for (const auto& c : json_["chi_tieu"])
    EXPECT_NE(body.find(c["noi_dung"].get<std::string>()), std::string::npos) << c;
}

std::string seed_name(const ::testing::TestParamInfo<Seed>& info) {
  std::string name;
  for (char c : std::string(info.param.file).substr(0, std::string(info.param.file).find("-cchc")))
    if (c != '-') name.push_back(c);
  return name;
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedFidelity, ::testing::ValuesIn(kSeeds), seed_name);

TEST(SeedFidelity, BachLongViSubRowsSitUnderTasks3And19) {
  std::string source = testing::read_file(testing::shared_dir() / "seeds" / "bach-long-vi-cchc-2026.txt");
  ImportResult r = import_plan(source, {"blv.txt", "blv.txt", {}});
  auto j = nlohmann::json::parse(r.json);
  std::vector<std::string> subs;
  for (const auto& t : j["nhiem_vu"])
    if (t.contains("thuoc")) subs.push_back(t["ma"].get<std::string>() + "<" + t["thuoc"].get<std::string>());
  EXPECT_EQ(subs, (std::vector<std::string>{"nv-3-1<nv-3", "nv-19-1<nv-19"}));
}

}  // namespace
}  // namespace ck::importer
