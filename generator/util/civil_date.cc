#include "util/civil_date.h"

#include <charconv>
#include <cstdio>

namespace ck {
namespace {

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

std::string two(int n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

}  // namespace

bool CivilDate::valid(int y, int m, int d) {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

int CivilDate::days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return (m == 2 && leap) ? 29 : kDays[(m - 1) % 12];
}

std::optional<CivilDate> CivilDate::parse_iso(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y, m, d;
  if (!parse_int(s.substr(0, 4), y) || !parse_int(s.substr(5, 2), m) || !parse_int(s.substr(8, 2), d))
    return std::nullopt;
  if (!valid(y, m, d)) return std::nullopt;
  return CivilDate{y, m, d};
}

// Howard Hinnant's days_from_civil / civil_from_days.
long CivilDate::to_days() const {
  int y = year - (month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned mp = static_cast<unsigned>(month + (month > 2 ? -3 : 9));
  unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate CivilDate::from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

CivilDate CivilDate::add_days(long n) const { return from_days(to_days() + n); }

std::string CivilDate::iso() const { return std::to_string(year) + "-" + two(month) + "-" + two(day); }

std::string CivilDate::vietnamese() const {
  return two(day) + "/" + two(month) + "/" + std::to_string(year);
}

long days_between(const CivilDate& from, const CivilDate& to) { return to.to_days() - from.to_days(); }

std::optional<PartialDate> PartialDate::parse(std::string_view s) {
  PartialDate p;
  if (s.size() < 4 || !parse_int(s.substr(0, 4), p.year) || p.year < 1900 || p.year > 2200)
    return std::nullopt;
  if (s.size() == 4) return p;
  if (s.size() < 7 || s[4] != '-' || !parse_int(s.substr(5, 2), p.month) || p.month < 1 || p.month > 12)
    return std::nullopt;
  if (s.size() == 7) return p;
  if (s.size() != 10 || s[7] != '-' || !parse_int(s.substr(8, 2), p.day) ||
      !CivilDate::valid(p.year, p.month, p.day))
    return std::nullopt;
  return p;
}

std::string PartialDate::iso() const {
  std::string s = std::to_string(year);
  if (month) s += "-" + two(month);
  if (day) s += "-" + two(day);
  return s;
}

std::string PartialDate::vietnamese() const {
  if (day) return two(day) + "/" + two(month) + "/" + std::to_string(year);
  if (month) return "tháng " + two(month) + "/" + std::to_string(year);
  return "năm " + std::to_string(year);
}

}  // namespace ck
