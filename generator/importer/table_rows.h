// The appendix table, row by row. Rows are recognised by their shape, not by
// exact strings: a header has "TT"/"STT" first and five or more cells; a
// section row holds a Roman numeral and a title with the other cells empty; a
// numbered row starts with "1", "1.2" or "a)"; an unnumbered row is either the
// rest of the row above cut by a page break, or a sub-row of a numbered task.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "importer/layout.h"
#include "util/diagnostic.h"

namespace ck::importer {

// The columns a task has, in the order of the data model.
enum Column { kNumber, kText, kLead, kPartners, kDeadline, kProducts, kColumnCount };

struct Columns {
  std::array<int, kColumnCount> at{0, 1, 2, 3, 4, 5};  // cell index of each column, -1 when absent
  std::vector<int> extra;                              // cells with no place in the data model
  std::vector<std::string> names;                      // header cells as printed
};

// The column layout of a header row, or nullopt when `cells` is not a header.
std::optional<Columns> read_header(const std::vector<std::string>& cells);

struct TableSection {
  std::string number;  // "II"
  std::string title;
  int line = 0;
};

// A task as read from the table, cells raw (HTML untouched), continuation
// rows already joined to their cell with a space.
struct RawTask {
  std::string number;  // as printed, trailing dot removed; "" for a sub-row
  int section = -1;    // index into sections
  int parent = -1;     // index into tasks, for sub-rows and "1.2"/"a)" rows
  std::array<std::string, kColumnCount> cells;
  std::array<bool, kColumnCount> uncertain{};  // cells OCR read uncertainly, on any of the task's lines
  std::vector<std::pair<std::string, std::string>> extra;  // (column name, raw cell) for extra columns
  int line = 0;
};

struct Table {
  std::vector<TableSection> sections;
  std::vector<RawTask> tasks;
  std::vector<Line> unplaced;  // lines between rows that could not join a task (kept in the text)
  size_t header_rows = 0;
  size_t continuation_rows = 0;
};

Table read_table(const std::vector<Line>& lines, const std::string& file, Diagnostics& diags);

// "12." -> "12"; true when `cell` is a task number: "1", "1.2", "a)", "đ".
bool read_task_number(const std::string& cell, std::string& number);

}  // namespace ck::importer
