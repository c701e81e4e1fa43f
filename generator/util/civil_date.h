// Calendar dates without time zones: deadlines and statuses are per day.
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace ck {

struct CivilDate {
  int year = 1970;
  int month = 1;
  int day = 1;

  auto operator<=>(const CivilDate&) const = default;

  static bool valid(int y, int m, int d);
  static int days_in_month(int y, int m);
  // "2026-01-13"; nullopt when malformed or not a real day.
  static std::optional<CivilDate> parse_iso(std::string_view s);
  static CivilDate from_days(long days);  // days since 1970-01-01

  long to_days() const;  // days since 1970-01-01
  CivilDate add_days(long n) const;
  std::string iso() const;         // 2026-01-13
  std::string vietnamese() const;  // 13/01/2026
};

long days_between(const CivilDate& from, const CivilDate& to);

// A date that may be partial, as printed on drafts: "2026", "2026-01", "2026-01-07".
struct PartialDate {
  int year = 0;
  int month = 0;  // 0 = unknown
  int day = 0;    // 0 = unknown
  static std::optional<PartialDate> parse(std::string_view s);
  std::string iso() const;         // as parsed
  std::string vietnamese() const;  // "07/01/2026", "tháng 01/2026", "năm 2026"
};

}  // namespace ck
