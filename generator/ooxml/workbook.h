// Reading the cells of an .xlsx workbook (SpreadsheetML) as values a form
// reader can check: text (shared strings with their rich-text runs joined,
// inline strings, "str" formula results), numbers, booleans, cell errors,
// and whether a number is styled as a date or a percentage (styles.xml), so a
// date typed in Excel (a serial number) can be told from the number 46000.
// A formula is read as its cached value and marked, never evaluated. Merged
// ranges are listed for the caller to judge. Limits on rows, columns and
// cells turn a huge sheet into a clear error (PackageError, Vietnamese).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ooxml/zip_archive.h"
#include "util/civil_date.h"

namespace ck::ooxml {

struct CellValue {
  enum class Kind { Empty, Text, Number, Boolean, Error };
  Kind kind = Kind::Empty;
  std::string text;   // Text: the string; Number: as written in the file; Error: "#DIV/0!"; Boolean: "0"/"1"
  double number = 0;  // Number and Boolean
  bool date_style = false;     // a Number whose cell format shows a date (or t="d": then text is ISO)
  bool percent_style = false;  // a Number whose cell format shows a percentage (0.4 shows as 40%)
  bool formula = false;        // the cell holds a formula; the value is the one the spreadsheet last computed
};

struct CellRange {
  int first_row = 0, first_col = 0, last_row = 0, last_col = 0;  // 1-based, inclusive
  bool contains(int row, int col) const {
    return row >= first_row && row <= last_row && col >= first_col && col <= last_col;
  }
};

struct Worksheet {
  std::string name;
  bool hidden = false;                             // state="hidden" or "veryHidden"
  std::map<std::pair<int, int>, CellValue> cells;  // (row, col), 1-based; empty cells are not stored
  std::vector<CellRange> merged;
  int max_row = 0;
  int max_col = 0;

  // The cell, or an Empty value.
  const CellValue& at(int row, int col) const;
};

struct Workbook {
  bool date1904 = false;  // serial numbers count from 1904-01-01 (old Mac Excel) instead of 1899-12-30
  std::vector<Worksheet> sheets;  // in the workbook's order

  const Worksheet* find(const std::string& name) const;
  // A date serial number as a calendar day (the time of day is dropped), or
  // nullopt outside 1900-03-01..9999-12-31.
  std::optional<CivilDate> serial_date(double serial) const;
};

struct WorkbookLimits {
  int max_rows = 20000;  // a commune's plan has at most a few hundred tasks
  int max_cols = 200;
  size_t max_cells = 400000;
  size_t max_sheets = 100;
  size_t max_shared_strings = 400000;
};

// Reads every sheet of an .xlsx package. Throws PackageError (Vietnamese,
// naming the file, the sheet and the cell where there is one).
Workbook read_workbook(ZipArchive& zip, const WorkbookLimits& limits = {});

// "G12" for (12, 7); "" when out of range.
std::string cell_ref(int row, int col);
// "G12" -> (12, 7); nullopt when malformed or past XFD1048576.
std::optional<std::pair<int, int>> parse_cell_ref(std::string_view ref);
// "A1:D3" (or a single "B2") -> range; nullopt when malformed.
std::optional<CellRange> parse_cell_range(std::string_view ref);
// Column letters: 7 -> "G".
std::string column_name(int col);

}  // namespace ck::ooxml
