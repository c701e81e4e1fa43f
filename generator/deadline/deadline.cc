#include "deadline/deadline.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "deadline/phrase_parser.h"
#include "deadline/phrase_tokens.h"

namespace ck {
namespace {

using deadline_detail::Item;

constexpr std::array<std::pair<DeadlineKind, std::string_view>, 7> kNames{{
    {DeadlineKind::Date, "date"},
    {DeadlineKind::Range, "range"},
    {DeadlineKind::From, "from"},
    {DeadlineKind::Continuous, "continuous"},
    {DeadlineKind::Recurring, "recurring"},
    {DeadlineKind::External, "external"},
    {DeadlineKind::Unknown, "unknown"},
}};

constexpr int kMaxPeriodYears = 100;

// A period that enumeration can rely on: years that cannot overflow,
// last >= first, at most 100 years.
PlanPeriod normalized(const PlanPeriod& p) {
  PlanPeriod out;
  out.first_year = std::clamp(p.first_year, 0, 9999);
  out.last_year = std::clamp(p.last_year, out.first_year, out.first_year + kMaxPeriodYears - 1);
  return out;
}

// All items are spans: one range from the first start to the latest end. As
// within an item, they must go forwards in time ("Tháng 01/2026; tháng 10/2026").
void merge_spans(const std::vector<Item>& items, Deadline& d) {
  CivilDate due = items.front().end;
  for (size_t i = 1; i < items.size(); ++i) {
    if (items[i].start < items[i - 1].start) return;
    due = std::max(due, items[i].end);
  }
  d.kind = DeadlineKind::Range;
  d.start = items.front().start;
  d.due = due;
}

// Due days and schedules: every due day they name. In a list with a schedule,
// a date without a year belongs to the schedule and repeats every year.
std::optional<std::vector<CivilDate>> collect_due_days(const std::vector<Item>& items, const PlanPeriod& p) {
  bool scheduled = std::any_of(items.begin(), items.end(),
                               [](const Item& it) { return it.type == Item::Type::Recurring; });
  std::vector<CivilDate> days;
  for (const Item& it : items) {
    if (it.type == Item::Type::Recurring || (scheduled && it.unit.year == 0)) {
      auto schedule = it.type == Item::Type::Recurring ? it.schedule : deadline_detail::yearly_schedule(it);
      auto more = deadline_detail::enumerate_schedule(schedule, p);
      if (!more) return std::nullopt;
      days.insert(days.end(), more->begin(), more->end());
    } else {
      auto day = deadline_detail::resolve_due(it, p.first_year);
      if (!day) return std::nullopt;
      days.push_back(*day);
    }
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

// Items → one interpretation. Kinds may not be mixed: a span beside a due day
// ("Quý I/2026, trước ngày 15/6/2026") has no single reading.
void compose(const std::vector<Item>& items, const PlanPeriod& p, Deadline& d) {
  auto count = [&](Item::Type t) {
    return std::count_if(items.begin(), items.end(), [t](const Item& it) { return it.type == t; });
  };
  auto n = static_cast<long>(items.size());
  if (count(Item::Type::Span) == n) return merge_spans(items, d);
  if (count(Item::Type::From) == n) {
    if (n == 1) {
      d.kind = DeadlineKind::From;
      d.start = items.front().start;
    }
    return;
  }
  if (count(Item::Type::Due) + count(Item::Type::Recurring) != n) return;
  auto days = collect_due_days(items, p);
  if (!days || days->empty()) return;
  if (n == 1 && items.front().type == Item::Type::Due) {
    d.kind = DeadlineKind::Date;
    d.due = days->front();
    return;
  }
  d.kind = DeadlineKind::Recurring;
  d.occurrences = std::move(*days);
  d.due = d.occurrences.back();
}

// One message per inconsistency, in the words an editor sees in the JSON.
std::optional<std::string> dates_forbidden(const Deadline& d) {
  if (d.start || d.due || !d.occurrences.empty())
    return "cach_hieu_thoi_han: loại \"" + std::string(deadline_kind_name(d.kind)) +
           "\" không có ngày hạn: bỏ \"bat_dau\", \"han\" và \"cac_lan\"";
  return std::nullopt;
}

std::optional<std::string> no_occurrences(const Deadline& d) {
  if (!d.occurrences.empty())
    return "cach_hieu_thoi_han: \"cac_lan\" chỉ dùng cho loại \"recurring\"; với loại \"" +
           std::string(deadline_kind_name(d.kind)) + "\" hãy bỏ \"cac_lan\"";
  return std::nullopt;
}

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

Deadline parse_deadline(std::string_view text, const PlanPeriod& period) {
  Deadline d;
  d.text = std::string(text);
  auto tokens = deadline_detail::tokenize_phrase(text);
  if (!tokens || tokens->empty()) return d;
  // External first: the cited document may hold anything, parentheses included.
  if (deadline_detail::reads_as_external(*tokens)) {
    d.kind = DeadlineKind::External;
    return d;
  }
  if (tokens->size() > deadline_detail::kMaxPhraseTokens) return d;
  auto kept = deadline_detail::drop_agency_notes(*tokens);
  if (!kept || kept->empty()) return d;
  if (deadline_detail::reads_as_continuous(*kept)) {
    d.kind = DeadlineKind::Continuous;
    return d;
  }
  PlanPeriod p = normalized(period);
  if (auto items = deadline_detail::parse_items(*kept, p)) compose(*items, p, d);
  return d;
}

std::string deadline_to_json_line(const Deadline& d) {
  nlohmann::ordered_json j;
  j["text"] = d.text;
  j["kind"] = deadline_kind_name(d.kind);
  j["start"] = d.start ? nlohmann::ordered_json(d.start->iso()) : nlohmann::ordered_json(nullptr);
  j["due"] = d.due ? nlohmann::ordered_json(d.due->iso()) : nlohmann::ordered_json(nullptr);
  j["occurrences"] = nlohmann::ordered_json::array();
  for (auto& o : d.occurrences) j["occurrences"].push_back(o.iso());
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::optional<std::string> check_deadline_override(const Deadline& d) {
  const std::string prefix = "cach_hieu_thoi_han: ";
  switch (d.kind) {
    case DeadlineKind::Date:
      if (!d.due) return prefix + "loại \"date\" cần \"han\" (ngày hạn, dạng YYYY-MM-DD)";
      if (d.start && *d.start > *d.due)
        return prefix + "\"bat_dau\" (" + d.start->vietnamese() + ") sau \"han\" (" + d.due->vietnamese() +
               "): sửa lại hoặc bỏ \"bat_dau\"";
      return no_occurrences(d);
    case DeadlineKind::Range:
      if (!d.start || !d.due)
        return prefix +
               "loại \"range\" cần cả \"bat_dau\" (ngày đầu) và \"han\" (ngày cuối), dạng YYYY-MM-DD";
      if (*d.start > *d.due)
        return prefix + "\"bat_dau\" (" + d.start->vietnamese() + ") sau \"han\" (" + d.due->vietnamese() +
               "): ngày đầu phải trước hoặc bằng ngày cuối";
      return no_occurrences(d);
    case DeadlineKind::From:
      if (!d.start) return prefix + "loại \"from\" cần \"bat_dau\" (ngày bắt đầu, dạng YYYY-MM-DD)";
      if (d.due)
        return prefix +
               "loại \"from\" không có ngày hạn: bỏ \"han\", hoặc dùng loại \"range\" nếu có ngày cuối";
      return no_occurrences(d);
    case DeadlineKind::Recurring:
      if (d.occurrences.empty())
        return prefix + "loại \"recurring\" cần \"cac_lan\": danh sách các ngày hạn, dạng YYYY-MM-DD";
      for (size_t i = 1; i < d.occurrences.size(); ++i)
        if (!(d.occurrences[i - 1] < d.occurrences[i]))
          return prefix + "\"cac_lan\" phải theo thứ tự tăng dần và không trùng (" +
                 d.occurrences[i - 1].vietnamese() + " rồi " + d.occurrences[i].vietnamese() + ")";
      if (d.due && *d.due != d.occurrences.back())
        return prefix + "\"han\" (" + d.due->vietnamese() + ") phải là lần cuối trong \"cac_lan\" (" +
               d.occurrences.back().vietnamese() + "), hoặc bỏ \"han\"";
      if (d.start) return prefix + "loại \"recurring\" không dùng \"bat_dau\": bỏ \"bat_dau\"";
      return std::nullopt;
    case DeadlineKind::Continuous:
    case DeadlineKind::External:
    case DeadlineKind::Unknown:
      return dates_forbidden(d);
  }
  return std::nullopt;
}

}  // namespace ck
