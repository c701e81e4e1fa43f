// Table rows become the data model's sections and tasks: stable ids, parents,
// and cells converted (HTML to Markdown, agencies and products as lists).
#pragma once
#include <string>
#include <vector>

#include "importer/table_rows.h"
#include "util/diagnostic.h"

namespace ck::importer {

struct ImportedSection {
  std::string id;      // "ii"
  std::string number;  // "II"
  std::string title;
};

struct ImportedTask {
  std::string id;      // "nv-12", "nv-3-1" for the first sub-row of 3
  std::string number;  // as printed, "" for a sub-row
  std::string section_id;
  std::string parent_id;
  std::string text;  // Markdown
  std::vector<std::string> lead;
  std::vector<std::string> partners;
  std::string deadline;  // verbatim
  std::vector<std::string> products;
  // "can_doi_chieu": the data model's names of the cells OCR read uncertainly ("noi_dung", "thoi_han", …).
  std::vector<std::string> unverified;
  int line = 0;
};

struct TaskList {
  std::vector<ImportedSection> sections;
  std::vector<ImportedTask> tasks;
};

// Ids: "nv-" + the printed number slugified ("1.2" -> "nv-1-2"); a lettered
// row "a)" under task 3 -> "nv-3-a"; unnumbered sub-rows -> parent id + "-k"
// (k = 1, 2, …, skipping ids numbered rows already use). Sections: the Roman
// numeral slugified ("ii").
TaskList build_tasks(const Table& table, const std::string& file, Diagnostics& diags);

}  // namespace ck::importer
