// PLACEHOLDER until the deadline parser lands (issue 4): every phrase reads as unknown.
#include "deadline/deadline.h"

#include <array>

#include <nlohmann/json.hpp>

namespace ck {
namespace {
constexpr std::array<std::pair<DeadlineKind, std::string_view>, 7> kNames{{
    {DeadlineKind::Date, "date"},
    {DeadlineKind::Range, "range"},
    {DeadlineKind::From, "from"},
    {DeadlineKind::Continuous, "continuous"},
    {DeadlineKind::Recurring, "recurring"},
    {DeadlineKind::External, "external"},
    {DeadlineKind::Unknown, "unknown"},
}};
}  // namespace

std::string_view deadline_kind_name(DeadlineKind kind) {
  for (auto& [k, n] : kNames)
    if (k == kind) return n;
  return "unknown";
}

std::optional<DeadlineKind> deadline_kind_from_name(std::string_view name) {
  for (auto& [k, n] : kNames)
    if (n == name) return k;
  return std::nullopt;
}

Deadline parse_deadline(std::string_view text, const PlanPeriod&) {
  Deadline d;
  d.text = std::string(text);
  return d;
}

std::string deadline_to_json_line(const Deadline& d) {
  nlohmann::json j;
  j["text"] = d.text;
  j["kind"] = deadline_kind_name(d.kind);
  j["start"] = d.start ? nlohmann::json(d.start->iso()) : nlohmann::json(nullptr);
  j["due"] = d.due ? nlohmann::json(d.due->iso()) : nlohmann::json(nullptr);
  j["occurrences"] = nlohmann::json::array();
  for (auto& o : d.occurrences) j["occurrences"].push_back(o.iso());
  return j.dump();
}

}  // namespace ck
