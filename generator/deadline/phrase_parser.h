// The grammar of deadline phrases, over folded tokens. It recognises only the
// forms listed in deadline.h; anything else fails, so the phrase reads as
// unknown instead of being guessed. Internal to the deadline module.
#pragma once
#include <optional>
#include <utility>
#include <vector>

#include "deadline/deadline.h"
#include "deadline/phrase_tokens.h"
#include "util/civil_date.h"

namespace ck::deadline_detail {

// A calendar unit as written; the year may be missing (0).
enum class UnitType { Day, Month, Quarter, Half, Year };
struct Unit {
  UnitType type = UnitType::Year;
  int year = 0;    // 0 = not written
  int number = 0;  // Day: month; Month: 1..12; Quarter: 1..4; Half: 1..2; Year: unused
  int day = 0;     // Day only
};

// First and last day of `u`, with `year` used when it has none; nullopt when
// that is not a real day (31/02, 0/13).
std::optional<std::pair<CivilDate, CivilDate>> unit_bounds(const Unit& u, int year);

// How a single due day relates to the unit it names.
enum class DueMode {
  OnDay,   // "Ngày 15/01/2026", "15/01/2026": that day
  Before,  // "Trước ngày 15/01/2026": the day before (the last day on time)
  AtLatest,  // "Chậm nhất ngày …", "Chậm nhất tháng 6/2026", "Đến hết …": the unit's last day
};

// A repeating due day: in every year of the plan period, day `day` (none: the
// month's last day) of each month in `months`, one day earlier when `before`.
struct Schedule {
  std::vector<int> months;
  std::optional<int> day;
  bool before = false;
};

struct Item {
  enum class Type { Span, From, Due, Recurring };
  Type type = Type::Span;
  CivilDate start, end;  // Span: both; From: start
  Unit unit;             // Due
  DueMode mode = DueMode::OnDay;
  Schedule schedule;  // Recurring
};

// The due day of a Due item, reading a missing year as `year`.
std::optional<CivilDate> resolve_due(const Item& due, int year);
// A Due item without a year read as the same day every year ("báo cáo năm
// trước ngày 10/12" in a list with "hằng quý").
Schedule yearly_schedule(const Item& due);
// Every due day of `s` within the period; nullopt when one is not a real day.
std::optional<std::vector<CivilDate>> enumerate_schedule(const Schedule& s, const PlanPeriod& period);

// "Theo hướng dẫn …", "Theo lộ trình …": set by another document.
bool reads_as_external(const Tokens& tokens);
// "Thường xuyên", "Liên tục", "Thực hiện thường xuyên trong năm 2026".
bool reads_as_continuous(const Tokens& tokens);
// The items of a date, range, from or recurring phrase, joined by ',', ';'
// or "và"; nullopt when any part is not understood. Spans are resolved
// against `period` (missing years = its first year); Due items keep their unit.
std::optional<std::vector<Item>> parse_items(const Tokens& tokens, const PlanPeriod& period);

}  // namespace ck::deadline_detail
