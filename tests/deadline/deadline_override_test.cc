// An editor's override (`cach_hieu_thoi_han`) must be consistent with its kind.
#include <gtest/gtest.h>

#include "deadline/deadline.h"

namespace ck {
namespace {

Deadline overridden(DeadlineKind kind, std::optional<CivilDate> start, std::optional<CivilDate> due,
                    std::vector<CivilDate> occurrences = {}) {
  Deadline d;
  d.text = "Theo kế hoạch riêng";
  d.kind = kind;
  d.start = start;
  d.due = due;
  d.occurrences = std::move(occurrences);
  d.overridden = true;
  d.note = "Văn bản số 12/UBND ngày 05/01/2026 ấn định lại thời hạn";
  return d;
}

const CivilDate kJan{2026, 1, 15};
const CivilDate kJun{2026, 6, 30};
const CivilDate kDec{2026, 12, 31};

TEST(DeadlineOverride, DateNeedsHan) {
  EXPECT_EQ(check_deadline_override(overridden(DeadlineKind::Date, std::nullopt, kJun)), std::nullopt);
  EXPECT_EQ(check_deadline_override(overridden(DeadlineKind::Date, std::nullopt, std::nullopt)),
            "cach_hieu_thoi_han: loại \"date\" cần \"han\" (ngày hạn, dạng YYYY-MM-DD)");
}

TEST(DeadlineOverride, DateWithStartAfterHan) {
  EXPECT_EQ(check_deadline_override(overridden(DeadlineKind::Date, kJan, kJun)), std::nullopt);
  EXPECT_EQ(
      check_deadline_override(overridden(DeadlineKind::Date, kDec, kJun)),
      "cach_hieu_thoi_han: \"bat_dau\" (31/12/2026) sau \"han\" (30/06/2026): sửa lại hoặc bỏ \"bat_dau\"");
}

TEST(DeadlineOverride, DateWithOccurrences) {
  auto msg = check_deadline_override(overridden(DeadlineKind::Date, std::nullopt, kJun, {kJun}));
  ASSERT_TRUE(msg);
  EXPECT_NE(msg->find("\"cac_lan\" chỉ dùng cho loại \"recurring\""), std::string::npos) << *msg;
}

TEST(DeadlineOverride, RangeNeedsBothEndsInOrder) {
  EXPECT_EQ(check_deadline_override(overridden(DeadlineKind::Range, kJan, kJun)), std::nullopt);
  EXPECT_EQ(check_deadline_override(overridden(DeadlineKind::Range, kJun, kJun)), std::nullopt);
  EXPECT_EQ(check_deadline_override(overridden(DeadlineKind::Range, std::nullopt, kJun)),
            "cach_hieu_thoi_han: loại \"range\" cần cả \"bat_dau\" (ngày đầu) và \"han\" (ngày cuối), dạng "
            "YYYY-MM-DD");
  EXPECT_TRUE(check_deadline_override(overridden(DeadlineKind::Range, kJan, std::nullopt)));
  EXPECT_EQ(check_deadline_override(overridden(DeadlineKind::Range, kDec, kJun)),
            "cach_hieu_thoi_han: \"bat_dau\" (31/12/2026) sau \"han\" (30/06/2026): ngày đầu phải trước hoặc "
            "bằng ngày cuối");
}

TEST(DeadlineOverride, FromNeedsStartAndNoHan) {
  EXPECT_EQ(check_deadline_override(overridden(DeadlineKind::From, kJan, std::nullopt)), std::nullopt);
  EXPECT_EQ(check_deadline_override(overridden(DeadlineKind::From, std::nullopt, std::nullopt)),
            "cach_hieu_thoi_han: loại \"from\" cần \"bat_dau\" (ngày bắt đầu, dạng YYYY-MM-DD)");
  EXPECT_EQ(
      check_deadline_override(overridden(DeadlineKind::From, kJan, kJun)),
      "cach_hieu_thoi_han: loại \"from\" không có ngày hạn: bỏ \"han\", hoặc dùng loại \"range\" nếu có "
      "ngày cuối");
}

TEST(DeadlineOverride, RecurringNeedsOccurrences) {
  EXPECT_EQ(check_deadline_override(overridden(DeadlineKind::Recurring, std::nullopt, kDec, {kJun, kDec})),
            std::nullopt);
  EXPECT_EQ(
      check_deadline_override(overridden(DeadlineKind::Recurring, std::nullopt, std::nullopt, {kJun, kDec})),
      std::nullopt)
      << "han may be left out: it is the last occurrence";
  EXPECT_EQ(
      check_deadline_override(overridden(DeadlineKind::Recurring, std::nullopt, kDec)),
      "cach_hieu_thoi_han: loại \"recurring\" cần \"cac_lan\": danh sách các ngày hạn, dạng YYYY-MM-DD");
}

TEST(DeadlineOverride, RecurringOccurrencesInOrderWithoutRepeats) {
  EXPECT_EQ(
      check_deadline_override(overridden(DeadlineKind::Recurring, std::nullopt, std::nullopt, {kDec, kJun})),
      "cach_hieu_thoi_han: \"cac_lan\" phải theo thứ tự tăng dần và không trùng (31/12/2026 rồi 30/06/2026)");
  EXPECT_TRUE(
      check_deadline_override(overridden(DeadlineKind::Recurring, std::nullopt, std::nullopt, {kJun, kJun})));
}

TEST(DeadlineOverride, RecurringHanIsTheLastOccurrence) {
  EXPECT_EQ(
      check_deadline_override(overridden(DeadlineKind::Recurring, std::nullopt, kJun, {kJun, kDec})),
      "cach_hieu_thoi_han: \"han\" (30/06/2026) phải là lần cuối trong \"cac_lan\" (31/12/2026), hoặc bỏ "
      "\"han\"");
  EXPECT_EQ(check_deadline_override(overridden(DeadlineKind::Recurring, kJan, kDec, {kJun, kDec})),
            "cach_hieu_thoi_han: loại \"recurring\" không dùng \"bat_dau\": bỏ \"bat_dau\"");
}

TEST(DeadlineOverride, KindsWithoutDatesCarryNone) {
  for (DeadlineKind kind : {DeadlineKind::Continuous, DeadlineKind::External, DeadlineKind::Unknown}) {
    std::string name(deadline_kind_name(kind));
    EXPECT_EQ(check_deadline_override(overridden(kind, std::nullopt, std::nullopt)), std::nullopt) << name;
    std::string expected =
        "cach_hieu_thoi_han: loại \"" + name + "\" không có ngày hạn: bỏ \"bat_dau\", \"han\" và \"cac_lan\"";
    EXPECT_EQ(check_deadline_override(overridden(kind, kJan, std::nullopt)), expected);
    EXPECT_EQ(check_deadline_override(overridden(kind, std::nullopt, kJun)), expected);
    EXPECT_EQ(check_deadline_override(overridden(kind, std::nullopt, std::nullopt, {kJun})), expected);
  }
}

TEST(DeadlineOverride, KindNamesRoundTrip) {
  for (DeadlineKind kind :
       {DeadlineKind::Date, DeadlineKind::Range, DeadlineKind::From, DeadlineKind::Continuous,
        DeadlineKind::Recurring, DeadlineKind::External, DeadlineKind::Unknown})
    EXPECT_EQ(deadline_kind_from_name(deadline_kind_name(kind)), kind);
  EXPECT_EQ(deadline_kind_from_name("ngay"), std::nullopt);
  EXPECT_EQ(deadline_kind_from_name("Date"), std::nullopt);
}

}  // namespace
}  // namespace ck
