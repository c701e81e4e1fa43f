// Reading a Vietnamese deadline cell ("Quý III, IV/2026", "Thường xuyên") into
// an interpretation that drives status and sorting. The text itself is always
// published verbatim; the interpretation is never guessed.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/civil_date.h"

namespace ck {

enum class DeadlineKind { Date, Range, From, Continuous, Recurring, External, Unknown };

// "date", "range", "from", "continuous", "recurring", "external", "unknown".
std::string_view deadline_kind_name(DeadlineKind kind);
std::optional<DeadlineKind> deadline_kind_from_name(std::string_view name);

struct Deadline {
  std::string text;  // verbatim cell text
  DeadlineKind kind = DeadlineKind::Unknown;
  std::optional<CivilDate> start;
  std::optional<CivilDate> due;
  std::vector<CivilDate> occurrences;  // recurring due days within the plan period
  bool overridden = false;             // true when an editor's override replaced the parse
  std::string note;                    // editor's reason for an override

  bool operator==(const Deadline&) const = default;
};

// The plan period bounds recurring and open-ended deadlines; `year` fills
// phrases that leave the year out.
struct PlanPeriod {
  int first_year = 0;
  int last_year = 0;
};

Deadline parse_deadline(std::string_view text, const PlanPeriod& period);

// {"text":…, "kind":…, "start":…|null, "due":…|null, "occurrences":[…]} on one line.
std::string deadline_to_json_line(const Deadline& d);

}  // namespace ck
