// Every deadline cell in the seed plans (../shared/seeds: the 5th column of
// the appendix tables), pinned to its reading. If a seed changes, the scan
// below fails and names the phrase to pin.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <string>

#include "deadline/deadline.h"
#include "support/test_support.h"

namespace ck {
namespace {

std::string summary(const Deadline& d) {
  std::string s(deadline_kind_name(d.kind));
  s += " " + (d.start ? d.start->iso() : "-");
  s += " " + (d.due ? d.due->iso() : "-");
  if (!d.occurrences.empty()) {
    s += " [";
    for (size_t i = 0; i < d.occurrences.size(); ++i) s += (i ? " " : "") + d.occurrences[i].iso();
    s += "]";
  }
  return s;
}

// Tiên Lãng, task 2. The parenthesised note sets the earlier deadline by which
// contributing agencies send their parts (the 5th); the public deadline is the
// commune's own report: the day before the 10th of each quarter's last month,
// and before 10 December for the annual report (the same day as Q4's).
const char kTienLangTask2[] =
    "Báo cáo của UBND xã hoàn thành trước ngày 10 của tháng cuối quý, báo cáo năm trước ngày 10/12 "
    "<i>(các cơ quan, đơn vị gửi báo cáo trước ngày 05 của tháng cuối quý, báo cáo năm trước ngày 05/12)</i>";

const std::map<std::string, std::string>& pinned() {
  static const std::map<std::string, std::string> kPinned{
      {"Trước ngày 13/01/2026", "date - 2026-01-12"},
      {"Trước ngày 15/01/2026", "date - 2026-01-14"},
      {kTienLangTask2, "recurring - 2026-12-09 [2026-03-09 2026-06-09 2026-09-09 2026-12-09]"},
      {"Quý I/2026", "range 2026-01-01 2026-03-31"},
      {"Quý I năm 2026", "range 2026-01-01 2026-03-31"},
      {"Quý IV/2026", "range 2026-10-01 2026-12-31"},
      {"Quý III, IV/2026", "range 2026-07-01 2026-12-31"},
      {"Quý III,IV/2026", "range 2026-07-01 2026-12-31"},
      {"Tháng 01/2026", "range 2026-01-01 2026-01-31"},
      {"Tháng 10/2026", "range 2026-10-01 2026-10-31"},
      {"Tháng 01/2026 đến tháng 5/2026", "range 2026-01-01 2026-05-31"},
      {"Cả năm 2026", "range 2026-01-01 2026-12-31"},
      {"Thường xuyên", "continuous - -"},
      {"Theo hướng dẫn của Trung ương và Kế hoạch số 310/KH-UBND ngày 24/11/2025 của UBND thành phố",
       "external - -"},
      {"Theo hướng dẫn của Trung ương và Kế hoạch số 310/KH-UBND ngày 24/11/2025 của UBND TP",
       "external - -"},
  };
  return kPinned;
}

// The 5th tab-separated field of every table row, without the repeated header.
std::set<std::string> seed_deadline_cells() {
  std::set<std::string> cells;
  for (const char* name : {"tien-lang-cchc-2026.txt", "bach-long-vi-cchc-2026.txt",
                           "tan-minh-cchc-2026-2030.txt", "hai-phong-cchc-2026-ocr.txt"}) {
    std::ifstream in(testing::shared_dir() / "seeds" / name);
    EXPECT_TRUE(in) << name;
    std::string line;
    while (std::getline(in, line)) {
      std::vector<std::string> fields;
      size_t start = 0;
      for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
        fields.push_back(line.substr(start, tab - start));
      fields.push_back(line.substr(start));
      if (fields.size() < 5 || fields[4].empty() || fields[4].rfind("Thời gian", 0) == 0) continue;
      cells.insert(fields[4]);
    }
  }
  return cells;
}

TEST(DeadlineSeeds, EveryPinnedPhraseReadsAsPinned) {
  for (const auto& [phrase, expected] : pinned()) {
    Deadline d = parse_deadline(phrase, PlanPeriod{2026, 2026});
    EXPECT_EQ(summary(d), expected) << phrase;
    EXPECT_EQ(d.text, phrase);
  }
}

TEST(DeadlineSeeds, EverySeedPhraseIsPinned) {
  std::set<std::string> cells = seed_deadline_cells();
  EXPECT_EQ(cells.size(), pinned().size());
  for (const auto& cell : cells) EXPECT_TRUE(pinned().count(cell)) << "pin this seed phrase: " << cell;
}

TEST(DeadlineSeeds, NoSeedPhraseIsUnknown) {
  for (const auto& cell : seed_deadline_cells())
    EXPECT_NE(parse_deadline(cell, PlanPeriod{2026, 2026}).kind, DeadlineKind::Unknown) << cell;
}

TEST(DeadlineSeeds, TienLangTask2IgnoresTheAgenciesEarlierDeadline) {
  Deadline d = parse_deadline(kTienLangTask2, PlanPeriod{2026, 2026});
  ASSERT_EQ(d.kind, DeadlineKind::Recurring);
  for (const auto& day : d.occurrences)
    EXPECT_NE(day.day, 4) << "the agencies' day (before the 5th) leaked in";
  EXPECT_EQ(d.due, (CivilDate{2026, 12, 9}));
  EXPECT_FALSE(d.start);
}

TEST(DeadlineSeeds, TienLangTask2OverAMultiYearPeriodRepeatsEveryYear) {
  Deadline d = parse_deadline(kTienLangTask2, PlanPeriod{2026, 2027});
  ASSERT_EQ(d.kind, DeadlineKind::Recurring);
  EXPECT_EQ(d.occurrences.size(), 8u);
  EXPECT_EQ(d.due, (CivilDate{2027, 12, 9}));
}

TEST(DeadlineSeeds, WithoutTheNoteTheReadingIsTheSame) {
  std::string plain =
      "Báo cáo của UBND xã hoàn thành trước ngày 10 của tháng cuối quý, báo cáo năm trước ngày 10/12";
  Deadline with = parse_deadline(kTienLangTask2, PlanPeriod{2026, 2026});
  Deadline without = parse_deadline(plain, PlanPeriod{2026, 2026});
  EXPECT_EQ(summary(with), summary(without));
}

}  // namespace
}  // namespace ck
