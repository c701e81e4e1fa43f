// Small builders shared by the importer tests (header-only: the test CMake
// globs *_test.cc only).
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

#include "importer/layout.h"
#include "importer/table_rows.h"
#include "importer/tasks.h"
#include "util/diagnostic.h"

namespace ck::importer::test {

// One tab-separated row.
inline std::string tsv(std::initializer_list<std::string_view> cells) {
  std::string row;
  bool first = true;
  for (auto c : cells) {
    if (!first) row += "\t";
    row += c;
    first = false;
  }
  return row;
}

inline const std::string kHeader = tsv({"TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                        "Thời gian thực hiện/ hoàn thành", "Sản phẩm"});

// Lines joined with '\n'.
inline std::string text(std::initializer_list<std::string_view> lines) {
  std::string out;
  for (auto l : lines) out += std::string(l) + "\n";
  return out;
}

inline TaskList tasks_of(const std::string& table_text, Diagnostics& diags) {
  Table t = read_table(read_lines(table_text), "t.txt", diags);
  return build_tasks(t, "t.txt", diags);
}

inline std::string warnings(const Diagnostics& d) { return d.format_all(); }

}  // namespace ck::importer::test
