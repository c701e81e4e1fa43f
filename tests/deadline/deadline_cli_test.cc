// `congkhai deadline --year Y PHRASE...`: one documented JSON line per phrase.
#include <gtest/gtest.h>

#include <string>

#include "deadline/deadline.h"
#include "support/test_support.h"

namespace ck {
namespace {

std::string run_deadline(const std::string& args) {
  auto r = testing::run_command(testing::congkhai_binary() + " deadline " + args);
  EXPECT_EQ(r.exit_code, 0) << r.output;
  return r.output;
}

TEST(DeadlineCli, QuarterList) {
  EXPECT_EQ(
      run_deadline("--year 2026 'Quý III, IV/2026'"),
      "{\"text\":\"Quý III, IV/2026\",\"kind\":\"range\",\"start\":\"2026-07-01\",\"due\":\"2026-12-31\","
      "\"occurrences\":[]}\n");
}

TEST(DeadlineCli, OneLinePerPhraseInOrder) {
  EXPECT_EQ(
      run_deadline("--year 2026 'Trước ngày 13/01/2026' 'Thường xuyên' 'Hằng quý' 'Theo quy định' 'abc'"),
      "{\"text\":\"Trước ngày 13/01/2026\",\"kind\":\"date\",\"start\":null,\"due\":\"2026-01-12\","
      "\"occurrences\":[]}\n"
      "{\"text\":\"Thường xuyên\",\"kind\":\"continuous\",\"start\":null,\"due\":null,\"occurrences\":[]}\n"
      "{\"text\":\"Hằng quý\",\"kind\":\"recurring\",\"start\":null,\"due\":\"2026-12-31\",\"occurrences\":"
      "[\"2026-03-31\",\"2026-06-30\",\"2026-09-30\",\"2026-12-31\"]}\n"
      "{\"text\":\"Theo quy định\",\"kind\":\"external\",\"start\":null,\"due\":null,\"occurrences\":[]}\n"
      "{\"text\":\"abc\",\"kind\":\"unknown\",\"start\":null,\"due\":null,\"occurrences\":[]}\n");
}

TEST(DeadlineCli, FromAndLastYear) {
  EXPECT_EQ(run_deadline("--year 2026 'Từ ngày 15/3/2026'"),
            "{\"text\":\"Từ ngày 15/3/2026\",\"kind\":\"from\",\"start\":\"2026-03-15\",\"due\":null,"
            "\"occurrences\":[]}\n");
  EXPECT_EQ(
      run_deadline("--year 2026 --last-year 2027 'Hằng năm'"),
      "{\"text\":\"Hằng năm\",\"kind\":\"recurring\",\"start\":null,\"due\":\"2027-12-31\",\"occurrences\":"
      "[\"2026-12-31\",\"2027-12-31\"]}\n");
}

TEST(DeadlineCli, YearIsRequired) {
  auto r = testing::run_command(testing::congkhai_binary() + " deadline 'Quý I'");
  EXPECT_NE(r.exit_code, 0);
}

TEST(DeadlineJson, EscapesTextAndKeepsKeyOrder) {
  Deadline d = parse_deadline("Quý I/2026 \"gấp\"", PlanPeriod{2026, 2026});
  EXPECT_EQ(deadline_to_json_line(d),
            "{\"text\":\"Quý I/2026 \\\"gấp\\\"\",\"kind\":\"unknown\",\"start\":null,\"due\":null,"
            "\"occurrences\":[]}");
}

}  // namespace
}  // namespace ck
