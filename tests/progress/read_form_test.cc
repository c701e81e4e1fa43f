#include "progress/read_form.h"

#include <gtest/gtest.h>

#include "progress/form_layout.h"

namespace ck::progress {
namespace {

TEST(ReadForm, ProgressAsAgenciesTypeIt) {
  EXPECT_EQ(parse_progress_text("40"), 40);
  EXPECT_EQ(parse_progress_text(" 40% "), 40);
  EXPECT_EQ(parse_progress_text("40 %"), 40);
  EXPECT_EQ(parse_progress_text("0"), 0);
  EXPECT_EQ(parse_progress_text("100"), 100);
  for (const char* bad : {"", "%", "101", "150", "-5", "40,5", "40.5", "bốn mươi", "1000", "4 0"})
    EXPECT_FALSE(parse_progress_text(bad)) << bad;
}

TEST(ReadForm, DatesAsClerksTypeThem) {
  EXPECT_EQ(parse_date_text("15/3/2026")->iso(), "2026-03-15");
  EXPECT_EQ(parse_date_text("15/03/2026")->iso(), "2026-03-15");
  EXPECT_EQ(parse_date_text("15-03-2026")->iso(), "2026-03-15");
  EXPECT_EQ(parse_date_text("15.03.2026")->iso(), "2026-03-15");
  EXPECT_EQ(parse_date_text(" 2026-03-15 ")->iso(), "2026-03-15");
  for (const char* bad :
       {"", "31/02/2026", "15/03", "15/03/26", "15/03-2026", "tháng 3", "2026/03/15", "15/3/2026x"})
    EXPECT_FALSE(parse_date_text(bad)) << bad;
}

TEST(ReadForm, StatusLabelsWithOrWithoutDiacritics) {
  EXPECT_EQ(status_from_label("Đang thực hiện"), ReportedStatus::InProgress);
  EXPECT_EQ(status_from_label("  dang thuc hien "), ReportedStatus::InProgress);
  EXPECT_EQ(status_from_label("HOÀN THÀNH"), ReportedStatus::Done);
  EXPECT_EQ(status_from_label("hoan_thanh"), ReportedStatus::Done);
  EXPECT_FALSE(status_from_label("Quá hạn"));        // computed, never reported
  EXPECT_FALSE(status_from_label("Chưa cập nhật"));  // the absence of a report
}

}  // namespace
}  // namespace ck::progress
