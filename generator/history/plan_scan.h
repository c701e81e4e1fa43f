// A strict JSON (RFC 8259) check of a plan file that also finds where each task
// (each element of the top-level "nhiem_vu" array) lies in the text, without
// building a tree. History reads tens of thousands of versions of the same
// files, and consecutive versions share almost every byte: the caller parses
// only task texts it has not seen (plan_snapshot.h), and scan_plan_json_after
// re-checks only the part of a version that differs from a neighbouring one.
// This is the one pass over every byte of a version, so it is written for
// speed: no allocation besides the result, a table-driven loop over strings.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace ck::history {

struct Span {
  size_t offset = 0;
  size_t length = 0;
  bool operator==(const Span&) const = default;
};

struct PlanScan {
  bool ok = false;          // the text is one valid JSON value
  size_t error_offset = 0;  // byte offset of the first error when !ok
  bool has_tasks = false;   // a top-level object with a "nhiem_vu" array (the last one, if repeated)
  std::vector<Span> tasks;  // each element of that array, as written
  // From scan_plan_json_after: the first `same_head` and the last `same_tail`
  // tasks are byte for byte the ones at the same ends of `prev`.
  size_t same_head = 0;
  size_t same_tail = 0;
};

// Keys are compared as written ("nhiem_vu" spelled with escapes is not found).
// Nesting deeper than 256 levels is an error. UTF-8 is not checked here: task
// texts are checked when parsed, and nothing else is read.
PlanScan scan_plan_json(std::string_view text);

// The same result as scan_plan_json(text), given `prev`: another text whose
// scan was ok and had tasks (`prev_tasks`). Only the bytes between the tasks
// around the first and last difference are scanned: the rest is identical to
// `prev`, and so is the scanner's state on entering and leaving that part.
// Falls back to a full scan when the difference is outside the task array.
PlanScan scan_plan_json_after(std::string_view text, std::string_view prev,
                              const std::vector<Span>& prev_tasks);

}  // namespace ck::history
