// Every phrase form the deadline reader understands (issue 4), one test each,
// plus the forms it must refuse to guess.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "deadline/deadline.h"

namespace ck {
namespace {

// "range 2026-07-01 2026-12-31", "recurring - 2026-12-09 [2026-03-09 …]": one
// readable line per interpretation, so a failure shows what was read.
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

struct Form {
  const char* name;
  const char* phrase;
  int first_year;
  int last_year;
  const char* expected;
};

void PrintTo(const Form& f, std::ostream* os) { *os << f.phrase; }
std::string FormName(const ::testing::TestParamInfo<Form>& p) { return p.param.name; }

class DeadlineForm : public ::testing::TestWithParam<Form> {};

TEST_P(DeadlineForm, ReadsAsDocumented) {
  const Form& f = GetParam();
  Deadline d = parse_deadline(f.phrase, PlanPeriod{f.first_year, f.last_year});
  EXPECT_EQ(summary(d), f.expected) << f.phrase;
  EXPECT_EQ(d.text, f.phrase);
  EXPECT_FALSE(d.overridden);
  EXPECT_EQ(check_deadline_override(d), std::nullopt) << "a parse must always be consistent";
}

// ---- date: one due day ----------------------------------------------------------
const Form kDates[] = {
    {"TruocNgay", "Trước ngày 13/01/2026", 2026, 2026, "date - 2026-01-12"},
    {"TruocWithoutNgay", "Trước 15/01/2026", 2026, 2026, "date - 2026-01-14"},
    {"HoanThanhTruocNgay", "Hoàn thành trước ngày 15/3/2026", 2026, 2026, "date - 2026-03-14"},
    {"TruocNgayFirstOfYear", "Trước ngày 01/01/2027", 2026, 2026, "date - 2026-12-31"},
    {"TruocNgayLeapYear", "Trước ngày 01/3/2028", 2028, 2028, "date - 2028-02-29"},
    {"TruocNgayCommonYear", "Trước ngày 01/3/2026", 2026, 2026, "date - 2026-02-28"},
    {"ChamNhatNgay", "Chậm nhất ngày 09/9/2026", 2026, 2026, "date - 2026-09-09"},
    {"ChamNhatLaNgay", "Chậm nhất là ngày 30/6/2026", 2026, 2026, "date - 2026-06-30"},
    {"ChamNhatWithoutNgay", "Chậm nhất 30/6/2026", 2026, 2026, "date - 2026-06-30"},
    {"Ngay", "Ngày 15/01/2026", 2026, 2026, "date - 2026-01-15"},
    {"BareDate", "15/01/2026", 2026, 2026, "date - 2026-01-15"},
    {"SingleDigitDayMonth", "Ngày 5/3/2026", 2026, 2026, "date - 2026-03-05"},
    {"LongForm", "Ngày 15 tháng 3 năm 2026", 2026, 2026, "date - 2026-03-15"},
    {"TruocLongForm", "Trước ngày 15 tháng 3 năm 2026", 2026, 2026, "date - 2026-03-14"},
    {"YearMissing", "Trước ngày 15/01", 2026, 2026, "date - 2026-01-14"},
    {"YearMissingTakesFirstYear", "Ngày 15/01", 2026, 2030, "date - 2026-01-15"},
    {"YearMissingLongForm", "Ngày 15 tháng 3", 2026, 2026, "date - 2026-03-15"},
    {"VaoNgay", "Vào ngày 20/11/2026", 2026, 2026, "date - 2026-11-20"},
    {"TruocThang", "Trước tháng 6/2026", 2026, 2026, "date - 2026-05-31"},
    {"TruocQuy", "Trước quý III/2026", 2026, 2026, "date - 2026-06-30"},
    {"ChamNhatThang", "Chậm nhất tháng 6/2026", 2026, 2026, "date - 2026-06-30"},
    {"ChamNhatQuy", "Chậm nhất quý II/2026", 2026, 2026, "date - 2026-06-30"},
    {"DenHetQuy", "Đến hết quý II/2026", 2026, 2026, "date - 2026-06-30"},
    {"DenNgay", "Đến ngày 30/6/2026", 2026, 2026, "date - 2026-06-30"},
    {"DenNam", "Đến năm 2030", 2026, 2030, "date - 2030-12-31"},
};
INSTANTIATE_TEST_SUITE_P(Date, DeadlineForm, ::testing::ValuesIn(kDates), FormName);

// ---- range: first and last day --------------------------------------------------
const Form kRanges[] = {
    {"Thang", "Tháng 01/2026", 2026, 2026, "range 2026-01-01 2026-01-31"},
    {"ThangFebruaryLeap", "Tháng 2/2028", 2028, 2028, "range 2028-02-01 2028-02-29"},
    {"ThangFebruaryCommon", "Tháng 02/2026", 2026, 2026, "range 2026-02-01 2026-02-28"},
    {"ThangNam", "Tháng 10 năm 2026", 2026, 2026, "range 2026-10-01 2026-10-31"},
    {"ThangYearMissing", "Tháng 12", 2026, 2026, "range 2026-12-01 2026-12-31"},
    {"TrongThang", "Trong tháng 3/2026", 2026, 2026, "range 2026-03-01 2026-03-31"},
    {"ThangDenThang", "Tháng 01/2026 đến tháng 5/2026", 2026, 2026, "range 2026-01-01 2026-05-31"},
    {"ThangDenThangSharedYear", "Tháng 3 đến tháng 6/2026", 2026, 2026, "range 2026-03-01 2026-06-30"},
    {"TuThangDenThang", "Từ tháng 4 đến tháng 11/2026", 2026, 2026, "range 2026-04-01 2026-11-30"},
    {"BatDauTuThangDenThang", "Bắt đầu từ tháng 4 đến tháng 11/2026", 2026, 2026,
     "range 2026-04-01 2026-11-30"},
    {"ThangDashThang", "Tháng 3 - 6/2026", 2026, 2026, "range 2026-03-01 2026-06-30"},
    {"ThangEnDashThang", "Tháng 3 – tháng 6/2026", 2026, 2026, "range 2026-03-01 2026-06-30"},
    {"ThangListThang", "Tháng 3, tháng 9/2026", 2026, 2026, "range 2026-03-01 2026-09-30"},
    {"ThangListBareNumber", "Tháng 3, 4/2026", 2026, 2026, "range 2026-03-01 2026-04-30"},
    {"ThangAcrossYears", "Tháng 11/2026 đến tháng 2/2027", 2026, 2027, "range 2026-11-01 2027-02-28"},
    {"QuyRoman", "Quý I/2026", 2026, 2026, "range 2026-01-01 2026-03-31"},
    {"QuyArabic", "Quý 2/2026", 2026, 2026, "range 2026-04-01 2026-06-30"},
    {"QuyArabicOne", "Quý 1/2026", 2026, 2026, "range 2026-01-01 2026-03-31"},
    {"QuyNam", "Quý I năm 2026", 2026, 2026, "range 2026-01-01 2026-03-31"},
    {"QuyIV", "Quý IV/2026", 2026, 2026, "range 2026-10-01 2026-12-31"},
    {"QuyYearMissing", "Quý III", 2026, 2026, "range 2026-07-01 2026-09-30"},
    {"TrongQuy", "Trong Quý I/2026", 2026, 2026, "range 2026-01-01 2026-03-31"},
    {"QuyList", "Quý III, IV/2026", 2026, 2026, "range 2026-07-01 2026-12-31"},
    {"QuyListNoSpace", "Quý III,IV/2026", 2026, 2026, "range 2026-07-01 2026-12-31"},
    {"QuyVaQuyNam", "Quý II và quý III năm 2026", 2026, 2026, "range 2026-04-01 2026-09-30"},
    {"QuyDenQuy", "Từ quý II đến quý IV/2026", 2026, 2026, "range 2026-04-01 2026-12-31"},
    {"CaNam", "Cả năm 2026", 2026, 2026, "range 2026-01-01 2026-12-31"},
    {"CaNamYearMissing", "Cả năm", 2026, 2026, "range 2026-01-01 2026-12-31"},
    {"Nam", "Năm 2026", 2026, 2026, "range 2026-01-01 2026-12-31"},
    {"BareYear", "2027", 2026, 2030, "range 2027-01-01 2027-12-31"},
    {"TrongNam", "Trong năm 2026", 2026, 2026, "range 2026-01-01 2026-12-31"},
    {"TrongNamYearMissing", "Trong năm", 2026, 2026, "range 2026-01-01 2026-12-31"},
    {"SauThangDauNam", "6 tháng đầu năm 2026", 2026, 2026, "range 2026-01-01 2026-06-30"},
    {"SauThangCuoiNam", "6 tháng cuối năm 2026", 2026, 2026, "range 2026-07-01 2026-12-31"},
    {"SauThangDauNamYearMissing", "6 tháng đầu năm", 2026, 2026, "range 2026-01-01 2026-06-30"},
    {"SauThangInWords", "Sáu tháng cuối năm 2026", 2026, 2026, "range 2026-07-01 2026-12-31"},
    {"TuNgayDenNgay", "Từ ngày 15/3/2026 đến ngày 30/6/2026", 2026, 2026, "range 2026-03-15 2026-06-30"},
    {"TuNgayDenNgaySharedYear", "Từ ngày 15/3 đến ngày 30/6/2026", 2026, 2026, "range 2026-03-15 2026-06-30"},
    {"NgayDenNgay", "Ngày 15/3/2026 đến ngày 20/3/2026", 2026, 2026, "range 2026-03-15 2026-03-20"},
    {"TuNgayDenHetThang", "Từ ngày 15/3/2026 đến hết tháng 6/2026", 2026, 2026,
     "range 2026-03-15 2026-06-30"},
    {"GiaiDoan", "Giai đoạn 2026 - 2030", 2026, 2030, "range 2026-01-01 2030-12-31"},
    {"NamList", "Năm 2026, 2027", 2026, 2030, "range 2026-01-01 2027-12-31"},
    {"BeforeTheEpoch", "Quý I/1950", 2026, 2026, "range 1950-01-01 1950-03-31"},
    {"SemicolonList", "Tháng 01/2026; Tháng 10/2026", 2026, 2026, "range 2026-01-01 2026-10-31"},
};
INSTANTIATE_TEST_SUITE_P(Range, DeadlineForm, ::testing::ValuesIn(kRanges), FormName);

// ---- from: a start, no due day -----------------------------------------------------
const Form kFroms[] = {
    {"TuNgay", "Từ ngày 15/3/2026", 2026, 2026, "from 2026-03-15 -"},
    {"TuNgayYearMissing", "Từ ngày 15/3", 2026, 2026, "from 2026-03-15 -"},
    {"TuThang", "Từ tháng 4/2026", 2026, 2026, "from 2026-04-01 -"},
    {"BatDauTuQuy", "Bắt đầu từ quý II/2026", 2026, 2026, "from 2026-04-01 -"},
    {"KeTuNgay", "Kể từ ngày 01/7/2026", 2026, 2026, "from 2026-07-01 -"},
    {"TuThangTroDi", "Từ tháng 3/2026 trở đi", 2026, 2026, "from 2026-03-01 -"},
    {"TuNam", "Từ năm 2027", 2026, 2030, "from 2027-01-01 -"},
};
INSTANTIATE_TEST_SUITE_P(From, DeadlineForm, ::testing::ValuesIn(kFroms), FormName);

// ---- continuous: no dates ------------------------------------------------------------
const Form kContinuous[] = {
    {"ThuongXuyen", "Thường xuyên", 2026, 2026, "continuous - -"},
    {"ThuongXuyenTrongNam", "Thường xuyên trong năm 2026", 2026, 2026, "continuous - -"},
    {"ThuongXuyenCaNam", "Thường xuyên, cả năm", 2026, 2026, "continuous - -"},
    {"ThuongXuyenGiaiDoan", "Thường xuyên giai đoạn 2026 - 2030", 2026, 2030, "continuous - -"},
    {"ThuongXuyenHangNam", "Thường xuyên hằng năm", 2026, 2030, "continuous - -"},
    {"ThuongXuyenLienTuc", "Thường xuyên, liên tục", 2026, 2026, "continuous - -"},
    {"LienTuc", "Liên tục", 2026, 2026, "continuous - -"},
    {"ThucHienThuongXuyen", "Thực hiện thường xuyên", 2026, 2026, "continuous - -"},
    {"ThuongXuyenTrongKyKeHoach", "Thường xuyên trong kỳ kế hoạch", 2026, 2030, "continuous - -"},
};
INSTANTIATE_TEST_SUITE_P(Continuous, DeadlineForm, ::testing::ValuesIn(kContinuous), FormName);

// ---- recurring: every due day in the plan period ---------------------------------------
const Form kRecurring[] = {
    {"HangThang", "Hằng tháng", 2026, 2026,
     "recurring - 2026-12-31 [2026-01-31 2026-02-28 2026-03-31 2026-04-30 2026-05-31 2026-06-30 2026-07-31 "
     "2026-08-31 2026-09-30 2026-10-31 2026-11-30 2026-12-31]"},
    {"HangThangLeapYear", "Hàng tháng", 2028, 2028,
     "recurring - 2028-12-31 [2028-01-31 2028-02-29 2028-03-31 2028-04-30 2028-05-31 2028-06-30 2028-07-31 "
     "2028-08-31 2028-09-30 2028-10-31 2028-11-30 2028-12-31]"},
    {"HangQuy", "Hằng quý", 2026, 2026,
     "recurring - 2026-12-31 [2026-03-31 2026-06-30 2026-09-30 2026-12-31]"},
    {"HangQuyWithAccentGrave", "Hàng quý", 2026, 2026,
     "recurring - 2026-12-31 [2026-03-31 2026-06-30 2026-09-30 2026-12-31]"},
    {"DinhKyHangQuy", "Định kỳ hằng quý", 2026, 2026,
     "recurring - 2026-12-31 [2026-03-31 2026-06-30 2026-09-30 2026-12-31]"},
    {"DinhKy6Thang", "Định kỳ 6 tháng", 2026, 2026, "recurring - 2026-12-31 [2026-06-30 2026-12-31]"},
    {"SauThangMotLan", "6 tháng một lần", 2026, 2026, "recurring - 2026-12-31 [2026-06-30 2026-12-31]"},
    {"HangNam", "Hằng năm", 2026, 2030,
     "recurring - 2030-12-31 [2026-12-31 2027-12-31 2028-12-31 2029-12-31 2030-12-31]"},
    {"HangNamSingleYearPlan", "Hằng năm", 2026, 2026, "recurring - 2026-12-31 [2026-12-31]"},
    {"TruocNgayCuaThangCuoiQuy", "Trước ngày 10 của tháng cuối quý", 2026, 2026,
     "recurring - 2026-12-09 [2026-03-09 2026-06-09 2026-09-09 2026-12-09]"},
    {"ThangCuoiCungCuaMoiQuy", "Chậm nhất ngày 20 tháng cuối cùng của mỗi quý", 2026, 2026,
     "recurring - 2026-12-20 [2026-03-20 2026-06-20 2026-09-20 2026-12-20]"},
    {"HangQuyThenDay", "Hằng quý, trước ngày 10 của tháng cuối quý", 2026, 2026,
     "recurring - 2026-12-09 [2026-03-09 2026-06-09 2026-09-09 2026-12-09]"},
    {"TruocNgayHangThang", "Trước ngày 05 hằng tháng", 2026, 2026,
     "recurring - 2026-12-04 [2026-01-04 2026-02-04 2026-03-04 2026-04-04 2026-05-04 2026-06-04 2026-07-04 "
     "2026-08-04 2026-09-04 2026-10-04 2026-11-04 2026-12-04]"},
    {"HangThangThenDay", "Hàng tháng, trước ngày 05", 2026, 2026,
     "recurring - 2026-12-04 [2026-01-04 2026-02-04 2026-03-04 2026-04-04 2026-05-04 2026-06-04 2026-07-04 "
     "2026-08-04 2026-09-04 2026-10-04 2026-11-04 2026-12-04]"},
    {"NgayCuaMoiThang", "Ngày 25 của mỗi tháng", 2026, 2026,
     "recurring - 2026-12-25 [2026-01-25 2026-02-25 2026-03-25 2026-04-25 2026-05-25 2026-06-25 2026-07-25 "
     "2026-08-25 2026-09-25 2026-10-25 2026-11-25 2026-12-25]"},
    {"TruocNgayHangNam", "Trước ngày 15/12 hằng năm", 2026, 2027,
     "recurring - 2027-12-14 [2026-12-14 2027-12-14]"},
    {"HangNamThenDay", "Hằng năm, trước ngày 15/12", 2026, 2027,
     "recurring - 2027-12-14 [2026-12-14 2027-12-14]"},
    {"TruocNgayMotThangMotHangNam", "Trước ngày 01/01 hằng năm", 2026, 2027,
     "recurring - 2027-12-31 [2026-12-31 2027-12-31]"},
    {"ThangHangNam", "Tháng 11 hằng năm", 2026, 2027, "recurring - 2027-11-30 [2026-11-30 2027-11-30]"},
    {"QuyHangNam", "Quý IV hằng năm", 2026, 2027, "recurring - 2027-12-31 [2026-12-31 2027-12-31]"},
    {"ReportList", "Báo cáo quý trước ngày 10 của tháng cuối quý, báo cáo năm trước ngày 10/12", 2026, 2027,
     "recurring - 2027-12-09 [2026-03-09 2026-06-09 2026-09-09 2026-12-09 2027-03-09 2027-06-09 2027-09-09 "
     "2027-12-09]"},
    {"MonthlyAndYearly", "Hằng tháng; báo cáo năm trước ngày 15/12", 2026, 2026,
     "recurring - 2026-12-31 [2026-01-31 2026-02-28 2026-03-31 2026-04-30 2026-05-31 2026-06-30 2026-07-31 "
     "2026-08-31 2026-09-30 2026-10-31 2026-11-30 2026-12-14 2026-12-31]"},
    {"QuarterlyWithYearlyMonth", "Hằng quý; báo cáo năm chậm nhất tháng 12", 2026, 2027,
     "recurring - 2027-12-31 [2026-03-31 2026-06-30 2026-09-30 2026-12-31 2027-03-31 2027-06-30 2027-09-30 "
     "2027-12-31]"},
    {"LeapDayEveryYearInALeapYear", "Ngày 29/02 hằng năm", 2028, 2028, "recurring - 2028-02-29 [2028-02-29]"},
    {"SeveralDueDays", "Trước ngày 15/6/2026 và trước ngày 15/12/2026", 2026, 2026,
     "recurring - 2026-12-14 [2026-06-14 2026-12-14]"},
};
INSTANTIATE_TEST_SUITE_P(Recurring, DeadlineForm, ::testing::ValuesIn(kRecurring), FormName);

// ---- external: set by another document; its dates are not deadlines -------------------
const Form kExternal[] = {
    {"TheoHuongDan", "Theo hướng dẫn của Bộ Nội vụ", 2026, 2026, "external - -"},
    {"TheoHuongDanWithDate",
     "Theo hướng dẫn của Trung ương và Kế hoạch số 310/KH-UBND ngày 24/11/2025 của UBND thành phố", 2026,
     2026, "external - -"},
    {"TheoLoTrinh", "Theo lộ trình của Nghị quyết", 2026, 2026, "external - -"},
    {"TheoLoTrinhWithDate", "Theo lộ trình tại Nghị quyết số 57-NQ/TW ngày 22/12/2024", 2026, 2026,
     "external - -"},
    {"TheoYeuCau", "Theo yêu cầu của Bộ Nội vụ", 2026, 2026, "external - -"},
    {"TheoYeuCauWithDeadlineInside", "Theo yêu cầu tại Công văn số 12/UBND, trước ngày 15/3/2026", 2026, 2026,
     "external - -"},
    {"TheoKeHoach", "Theo Kế hoạch số 45/KH-UBND ngày 10/02/2026 của UBND thành phố", 2026, 2026,
     "external - -"},
    {"TheoQuyDinh", "Theo quy định", 2026, 2026, "external - -"},
    {"TheoQuyDinhCuaPhapLuat", "Theo quy định của pháp luật (Luật số 10/2022/QH15)", 2026, 2026,
     "external - -"},
    {"ThucHienTheoHuongDan", "Thực hiện theo hướng dẫn của UBND thành phố", 2026, 2026, "external - -"},
    {"TheoChiDao", "Theo chỉ đạo của UBND thành phố", 2026, 2026, "external - -"},
};
INSTANTIATE_TEST_SUITE_P(External, DeadlineForm, ::testing::ValuesIn(kExternal), FormName);

// ---- unknown: kept as text, never guessed -----------------------------------------------
const Form kUnknown[] = {
    {"Empty", "", 2026, 2026, "unknown - -"},
    {"OnlySpaces", "   ", 2026, 2026, "unknown - -"},
    {"BareDinhKy", "Định kỳ", 2026, 2026, "unknown - -"},
    {"DinhKyDotXuat", "Định kỳ, đột xuất", 2026, 2026, "unknown - -"},
    {"CuoiNam", "Cuối năm 2026", 2026, 2026, "unknown - -"},
    {"DauNam", "Đầu năm", 2026, 2026, "unknown - -"},
    {"HangNgay", "Hằng ngày", 2026, 2026, "unknown - -"},
    {"Alternatives", "Quý I hoặc quý II/2026", 2026, 2026, "unknown - -"},
    {"InvalidDay", "31/02/2026", 2026, 2026, "unknown - -"},
    {"InvalidDayTruoc", "Trước ngày 30/02/2026", 2026, 2026, "unknown - -"},
    {"NotLeapYear", "Ngày 29/02/2026", 2026, 2026, "unknown - -"},
    {"InvalidMonth", "Tháng 13/2026", 2026, 2026, "unknown - -"},
    {"InvalidQuarter", "Quý V/2026", 2026, 2026, "unknown - -"},
    {"InvalidQuarterArabic", "Quý 5/2026", 2026, 2026, "unknown - -"},
    {"TwoDigitYear", "15/01/26", 2026, 2026, "unknown - -"},
    {"Backwards", "Tháng 6 đến tháng 3/2026", 2026, 2026, "unknown - -"},
    {"MixedKinds", "Quý I/2026, trước ngày 15/6/2026", 2026, 2026, "unknown - -"},
    {"NoDayInMonthEveryMonth", "Trước ngày 31 hằng tháng", 2026, 2026, "unknown - -"},
    {"QuarterlyWithoutMonth", "Trước ngày 10 hằng quý", 2026, 2026, "unknown - -"},
    {"TwoFroms", "Từ tháng 3/2026, từ tháng 6/2026", 2026, 2026, "unknown - -"},
    {"OtherParenthesis", "Quý I/2026 (dự kiến)", 2026, 2026, "unknown - -"},
    {"UnbalancedParenthesis", "Quý I/2026 (các cơ quan", 2026, 2026, "unknown - -"},
    {"ThirtyDaysAfter", "Hoàn thành chậm nhất sau 30 ngày kể từ ngày 15/3/2026", 2026, 2026, "unknown - -"},
    {"AfterGuidance", "Sau khi có hướng dẫn của thành phố", 2026, 2026, "unknown - -"},
    {"ContinuousWithReport", "Thường xuyên, báo cáo trước ngày 15/12/2026", 2026, 2026, "unknown - -"},
    {"DenNay", "Từ tháng 3/2026 đến nay", 2026, 2026, "unknown - -"},
    {"Header", "Thời gian thực hiện/ hoàn thành", 2026, 2026, "unknown - -"},
    {"ScanWithoutDiacriticsTypo", "Quy I nim 2026", 2026, 2026, "unknown - -"},
    {"DayZero", "Ngày 00/01/2026", 2026, 2026, "unknown - -"},
    {"DayZeroEveryYear", "Trước ngày 00/01 hằng năm", 2026, 2026, "unknown - -"},
    {"DayZeroEveryQuarter", "Trước ngày 0 của tháng cuối quý", 2026, 2026, "unknown - -"},
    {"PlusIsNotAList", "Quý I+2025", 2026, 2026, "unknown - -"},
    {"ItemsBackwards", "Tháng 10/2026; Tháng 01/2026", 2026, 2026, "unknown - -"},
    {"LeapDayEveryYear", "Ngày 29/02 hằng năm", 2028, 2029, "unknown - -"},
    {"NoPlanYear", "Trước ngày 15/01", 0, 0, "unknown - -"},
};
INSTANTIATE_TEST_SUITE_P(Unknown, DeadlineForm, ::testing::ValuesIn(kUnknown), FormName);

}  // namespace
}  // namespace ck
