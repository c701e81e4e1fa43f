// Reading a Vietnamese deadline cell ("Quý III, IV/2026", "Thường xuyên") into
// an interpretation that drives status and sorting. The text itself is always
// published verbatim; the interpretation is never guessed.
//
// What each kind holds (all dates are whole days):
//   date        due: the one due day, the last day on time. "Trước (ngày) D",
//               "Hoàn thành trước ngày D": the day before D. "Chậm nhất (ngày) D",
//               "Ngày D", "D": D itself. "Trước tháng 6/2026" (before a month,
//               quarter or year): the day before it starts; "Chậm nhất tháng 6/2026",
//               "Đến (hết) tháng 6/2026": its last day.
//   range       start = first day, due = last day. "(Trong) tháng M/Y", "Tháng M
//               đến tháng N/Y", "(Bắt đầu) từ tháng M đến tháng N/Y", "Tháng M, tháng
//               N/Y", "Quý I/Y", "Quý 2/Y", "Quý I năm Y", "Quý III, IV/Y", "Quý II và
//               quý III năm Y", "Cả năm Y", "Năm Y", "Trong năm Y", "Y", "6 tháng
//               đầu/cuối năm Y", "Từ ngày D đến ngày E", "Giai đoạn 2026-2030". A list
//               ("Tháng 3, tháng 9/2026") spans its first to its last unit: what matters
//               for status is when it ends. Units must go forwards in time.
//   from        start only, due null: "Từ ngày D", "Từ tháng M/Y", "Bắt đầu từ quý II/Y".
//   continuous  no dates (start stays null: the work has no start or end of its
//               own): "Thường xuyên", "Liên tục", "Thực hiện thường xuyên",
//               optionally followed by a period ("trong năm 2026", "cả năm",
//               "giai đoạn 2026-2030", "hằng năm") but by nothing else: "Thường
//               xuyên, báo cáo trước ngày 15/12" is unknown, not continuous.
//   recurring   occurrences = every due day within the plan period, sorted, without
//               duplicates; due = the last one; start null. "Hằng/hàng/mỗi tháng",
//               "hằng quý", "hằng năm", "định kỳ 6 tháng" (no day named: the last
//               day of each month/quarter/half/year), "trước ngày 10 của tháng cuối
//               quý", "trước ngày 05 hằng tháng", "trước ngày 15/12 hằng năm",
//               "Tháng 11 hằng năm", and lists of those. In a list with a recurring
//               part, a date without a year repeats every year ("báo cáo năm trước
//               ngày 10/12"); several plain due days ("Trước ngày 15/6/2026 và trước
//               ngày 15/12/2026") are recurring too; a date written with its year
//               is kept even outside the period. A bare "Định kỳ" names no day
//               and reads as unknown; so does "Hằng ngày" (daily).
//   external    no dates: "Theo hướng dẫn…", "Theo lộ trình…", "Theo yêu cầu…",
//               "Theo kế hoạch…", "Theo quy định…" (also "Theo chỉ đạo / văn bản /
//               quyết định / nghị quyết / thông báo / tiến độ…"), optionally after
//               "Thực hiện", "Hoàn thành" or "Triển khai". Dates inside belong to the
//               cited document, not to the task.
//   unknown     no dates: anything else, including an empty cell, invalid dates
//               (31/02/2026), alternatives ("Quý I hoặc quý II"), vague times
//               ("Cuối năm"), mixed kinds ("Quý I/2026, trước ngày 15/6/2026").
//
// Reading rules. Dates: dd/mm/yyyy, d/m/yyyy, "ngày D tháng M năm Y", or without
// the year ("15/01"), which then is the plan's first year (in a list, a unit
// without a year takes the next year written to its right: "Quý III, IV/2026").
// Quarters in Roman or Arabic numerals. Case, diacritics and NFC/NFD do not
// matter (matching works on ck::fold_diacritics of a copy). HTML tags, "&nbsp;",
// asterisks, trailing dots, commas and spaces are ignored. A subject before the
// deadline ("Báo cáo của UBND xã hoàn thành trước ngày …") is skipped.
// A parenthesised note addressed to contributing bodies ("(các cơ quan, đơn vị
// gửi báo cáo trước ngày 05 …)") is an earlier internal deadline, not the one the
// public is promised: it is left out of the interpretation (it stays in `text`).
// Any other parenthesis makes the phrase unknown. Invalid UTF-8, cells over
// 4096 bytes and (unless external) over 256 words, numbers and signs are
// unknown. Parsing never throws; those limits bound its work.
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

// The plan period bounds recurring deadlines; `first_year` fills phrases that
// leave the year out. A `last_year` before `first_year` counts as `first_year`;
// recurring days are enumerated over at most 100 years.
struct PlanPeriod {
  int first_year = 0;
  int last_year = 0;
};

Deadline parse_deadline(std::string_view text, const PlanPeriod& period);

// {"text":…,"kind":…,"start":"YYYY-MM-DD"|null,"due":"YYYY-MM-DD"|null,"occurrences":[…]}
// on one line, keys in that order (the output of `congkhai deadline`). Invalid
// UTF-8 in `text` is replaced with U+FFFD rather than throwing.
std::string deadline_to_json_line(const Deadline& d);

// Checks that an interpretation is consistent with its kind, as an editor's
// override (`cach_hieu_thoi_han`) must be: date needs `han` and no `cac_lan`;
// range needs `bat_dau` <= `han`; from needs `bat_dau` and no `han`; recurring
// needs `cac_lan` in increasing order without repeats and, if `han` is given, it
// is the last of them; continuous, external and unknown carry no dates.
// Returns a Vietnamese message saying what is wrong and what to write, or
// nullopt when consistent. Every parse_deadline result is consistent.
std::optional<std::string> check_deadline_override(const Deadline& d);

}  // namespace ck
