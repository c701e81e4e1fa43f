#include "history/deadline_override.h"

#include <nlohmann/json.hpp>

namespace ck::history {

namespace {

std::optional<CivilDate> date_at(const nlohmann::json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end() || !it->is_string()) return std::nullopt;
  return CivilDate::parse_iso(it->get<std::string>());
}

}  // namespace

std::optional<Deadline> override_deadline(const std::string& override_json, const std::string& text) {
  if (override_json.empty()) return std::nullopt;
  auto o = nlohmann::json::parse(override_json, nullptr, false);
  if (!o.is_object()) return std::nullopt;
  Deadline d;
  d.text = text;
  d.overridden = true;
  if (auto kind = o.find("loai"); kind != o.end() && kind->is_string())
    d.kind = deadline_kind_from_name(kind->get<std::string>()).value_or(DeadlineKind::Unknown);
  if (auto note = o.find("ghi_chu"); note != o.end() && note->is_string()) d.note = note->get<std::string>();
  d.start = date_at(o, "bat_dau");
  d.due = date_at(o, "han");
  if (auto list = o.find("cac_lan"); list != o.end() && list->is_array())
    for (const auto& day : *list)
      if (day.is_string())
        if (auto parsed = CivilDate::parse_iso(day.get<std::string>())) d.occurrences.push_back(*parsed);
  // A recurring reading without "han" is due at its last occurrence, as the loader reads it.
  if (!d.due && !d.occurrences.empty()) d.due = d.occurrences.back();
  return d;
}

}  // namespace ck::history
