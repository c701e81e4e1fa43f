// How the text is read: case, diacritics, Unicode normalisation, formatting,
// invalid bytes and hostile input. The verbatim text is never altered.
#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <random>
#include <string>

#include "deadline/deadline.h"

namespace ck {
namespace {

const PlanPeriod k2026{2026, 2026};

std::string nfd(const std::string& s) {
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> out(
      utf8proc_NFD(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str())), &std::free);
  return reinterpret_cast<const char*>(out.get());
}

void expect_range(const std::string& phrase, CivilDate start, CivilDate due) {
  Deadline d = parse_deadline(phrase, k2026);
  EXPECT_EQ(d.kind, DeadlineKind::Range) << phrase;
  EXPECT_EQ(d.start, start) << phrase;
  EXPECT_EQ(d.due, due) << phrase;
  EXPECT_EQ(d.text, phrase);
}

TEST(DeadlineText, AnyCase) {
  expect_range("QUÝ III, IV/2026", {2026, 7, 1}, {2026, 12, 31});
  expect_range("quý iii, iv/2026", {2026, 7, 1}, {2026, 12, 31});
  expect_range("qUÝ iIi, Iv/2026", {2026, 7, 1}, {2026, 12, 31});
  expect_range("CẢ NĂM 2026", {2026, 1, 1}, {2026, 12, 31});
  EXPECT_EQ(parse_deadline("TRƯỚC NGÀY 13/01/2026", k2026).due, (CivilDate{2026, 1, 12}));
  EXPECT_EQ(parse_deadline("THƯỜNG XUYÊN", k2026).kind, DeadlineKind::Continuous);
  EXPECT_EQ(parse_deadline("THEO HƯỚNG DẪN CỦA BỘ NỘI VỤ", k2026).kind, DeadlineKind::External);
}

TEST(DeadlineText, NfdReadsLikeNfcAndStaysVerbatim) {
  for (const std::string phrase :
       {"Quý III, IV/2026", "Trước ngày 13/01/2026", "Thường xuyên", "Cả năm 2026",
        "Tháng 01/2026 đến tháng 5/2026", "Theo lộ trình của Nghị quyết",
        "Bắt đầu từ tháng 4 đến tháng 11/2026", "Hằng quý", "Đến hết quý II/2026"}) {
    std::string decomposed = nfd(phrase);
    ASSERT_NE(decomposed, phrase) << "the test string must really be decomposed";
    Deadline a = parse_deadline(phrase, k2026);
    Deadline b = parse_deadline(decomposed, k2026);
    EXPECT_EQ(b.text, decomposed);
    b.text = a.text;
    EXPECT_EQ(a, b) << phrase;
  }
}

TEST(DeadlineText, WithoutDiacritics) {
  // Typed on a keyboard without Vietnamese input, or exported by OCR.
  expect_range("Quy III, IV/2026", {2026, 7, 1}, {2026, 12, 31});
  expect_range("Ca nam 2026", {2026, 1, 1}, {2026, 12, 31});
  EXPECT_EQ(parse_deadline("Thuong xuyen", k2026).kind, DeadlineKind::Continuous);
}

TEST(DeadlineText, TrailingDotsAsterisksAndSpacesAreIgnored) {
  expect_range("Quý I/2026.", {2026, 1, 1}, {2026, 3, 31});
  expect_range("Quý I/2026 .", {2026, 1, 1}, {2026, 3, 31});
  expect_range("Quý I/2026*", {2026, 1, 1}, {2026, 3, 31});
  expect_range("  Cả năm 2026 .  ", {2026, 1, 1}, {2026, 12, 31});
  expect_range("*Trong Quý I/2026*", {2026, 1, 1}, {2026, 3, 31});
  expect_range("Cả năm 2026\t\n", {2026, 1, 1}, {2026, 12, 31});
  expect_range("- Quý I/2026", {2026, 1, 1}, {2026, 3, 31});
  EXPECT_EQ(parse_deadline("Thường xuyên.", k2026).kind, DeadlineKind::Continuous);
  EXPECT_EQ(parse_deadline("Trước ngày 13/01/2026;", k2026).due, (CivilDate{2026, 1, 12}));
}

TEST(DeadlineText, FormattingIsIgnored) {
  expect_range("<p>Quý I/2026</p>", {2026, 1, 1}, {2026, 3, 31});
  expect_range("<i>Cả năm 2026</i>", {2026, 1, 1}, {2026, 12, 31});
  expect_range("Quý\xC2\xA0I/2026", {2026, 1, 1}, {2026, 3, 31});  // no-break space
  expect_range("Quý&nbsp;I/2026", {2026, 1, 1}, {2026, 3, 31});
  expect_range("Tháng 3 — tháng 6/2026", {2026, 3, 1}, {2026, 6, 30});  // em dash
  expect_range("Tháng 3 − 6/2026", {2026, 3, 1}, {2026, 6, 30});        // minus sign
}

TEST(DeadlineText, InvalidUtf8IsUnknownAndStaysVerbatim) {
  std::string bad = "Qu\xC3\x28 I/2026";
  Deadline d = parse_deadline(bad, k2026);
  EXPECT_EQ(d.kind, DeadlineKind::Unknown);
  EXPECT_EQ(d.text, bad);
  std::string line = deadline_to_json_line(d);  // must not throw
  EXPECT_NE(line.find("\"kind\":\"unknown\""), std::string::npos);
  EXPECT_NE(line.find("\xEF\xBF\xBD"), std::string::npos) << "invalid bytes are shown as U+FFFD";
}

TEST(DeadlineText, EmbeddedNulAndControlBytes) {
  std::string with_nul("Quý I/2026\0garbage", 18);
  EXPECT_EQ(parse_deadline(with_nul, k2026).kind, DeadlineKind::Unknown);
  EXPECT_EQ(parse_deadline("\x01\x02\x7f", k2026).kind, DeadlineKind::Unknown);
}

TEST(DeadlineText, VeryLongInputIsUnknownAndQuick) {
  std::string long_text(100000, 'a');
  EXPECT_EQ(parse_deadline(long_text, k2026).kind, DeadlineKind::Unknown);
  std::string many_quarters = "Quý I";
  for (int i = 0; i < 2000; ++i) many_quarters += ", I";
  EXPECT_EQ(parse_deadline(many_quarters, k2026).kind, DeadlineKind::Unknown);
  // 50 items are 250 tokens, still read; 60 are 300, more than a cell can mean.
  std::string items50 = "Quý I/2026";
  for (int i = 1; i < 50; ++i) items50 += ", Quý I/2026";
  EXPECT_EQ(parse_deadline(items50, k2026).kind, DeadlineKind::Range);
  std::string items60 = items50;
  for (int i = 50; i < 60; ++i) items60 += ", Quý I/2026";
  EXPECT_EQ(parse_deadline(items60, k2026).kind, DeadlineKind::Unknown);
}

TEST(DeadlineText, LongExternalCitationIsStillExternal) {
  std::string cited = "Theo hướng dẫn của Bộ Nội vụ";
  for (int i = 0; i < 30; ++i) cited += ", Công văn số " + std::to_string(i) + "/BNV ngày 01/01/2026";
  EXPECT_EQ(parse_deadline(cited, k2026).kind, DeadlineKind::External);
}

TEST(DeadlineText, PlanPeriodEdges) {
  // last_year before first_year counts as first_year.
  Deadline d = parse_deadline("Hằng năm", PlanPeriod{2026, 2020});
  EXPECT_EQ(d.occurrences, (std::vector<CivilDate>{{2026, 12, 31}}));
  // A huge period is capped at 100 years of occurrences.
  d = parse_deadline("Hằng năm", PlanPeriod{2000, 2200});
  EXPECT_EQ(d.occurrences.size(), 100u);
  // Absurd years never overflow and read as unknown.
  EXPECT_EQ(parse_deadline("Hằng tháng", PlanPeriod{2147483647, 2147483647}).kind, DeadlineKind::Unknown);
  EXPECT_EQ(parse_deadline("Hằng tháng", PlanPeriod{-2147483647 - 1, 2147483647}).kind,
            DeadlineKind::Unknown);
  EXPECT_EQ(parse_deadline("Quý I", PlanPeriod{0, 0}).kind, DeadlineKind::Unknown);
  // An explicit year still reads without a plan year.
  EXPECT_EQ(parse_deadline("Quý I/2026", PlanPeriod{0, 0}).kind, DeadlineKind::Range);
}

// A small, deterministic fuzz pass that runs with every test run (the
// libFuzzer target in fuzz/ goes much further): random mutations of real
// phrases never crash, never hang, and always give a consistent reading.
TEST(DeadlineText, RandomMutationsGiveConsistentReadings) {
  const std::string seeds[] = {"Trước ngày 13/01/2026",
                               "Quý III, IV/2026",
                               "Báo cáo năm trước ngày 10/12",
                               "Hằng quý",
                               "Tháng 01/2026 đến tháng 5/2026",
                               "Thường xuyên trong năm 2026",
                               "Từ ngày 15/3/2026",
                               "(các cơ quan)"};
  const std::string alphabet[] = {"/",        ",",   " ",    "(",     ")",  "-",    "ngày", "tháng",
                                  "quý",      "năm", "hằng", "trước", "10", "2026", "IV",   "\xC3",
                                  "\xCC\x81", "<i>", "và",   "đến",   "từ", "0",    "31"};
  std::mt19937 rng(20260101);
  int mutations = 0;
  for (int i = 0; i < 20000; ++i, ++mutations) {
    std::string s = seeds[rng() % std::size(seeds)];
    int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
      size_t at = s.empty() ? 0 : rng() % (s.size() + 1);
      if (rng() % 3 == 0 && !s.empty() && at < s.size())
        s.erase(at, 1 + rng() % 3);
      else
        s.insert(at, alphabet[rng() % std::size(alphabet)]);
    }
    PlanPeriod period{2026, 2026 + static_cast<int>(rng() % 5)};
    Deadline d = parse_deadline(s, period);
    ASSERT_EQ(d.text, s);
    ASSERT_EQ(check_deadline_override(d), std::nullopt) << s << " → " << deadline_to_json_line(d);
  }
  RecordProperty("robustness_class", "random mutations of real deadline phrases (seeded fuzz pass)");
  RecordProperty("robustness_cases", mutations);
  RecordProperty("robustness_outcome", "no crash or hang; every reading keeps the text and is consistent");
}

}  // namespace
}  // namespace ck
