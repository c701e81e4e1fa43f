// Compares a table read from a scan with the same table read from the PDF's
// text layer, page by page and cell by cell: how many cells OCR read exactly,
// how many it flagged, and which it misread without flagging (the figure that
// must stay zero: nothing read from a scan may look certain when it is not).
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "importer/pdf_layout.h"
#include "importer/source_document.h"

namespace ck::importer::scan_check {

struct ScanComparison {
  size_t pages = 0, pages_rows_differ = 0;  // pages whose row count differs from the printed one
  size_t cells = 0, exact = 0, flagged = 0;
  std::vector<std::string> unflagged_misreads;  // "trang 3: “đơ lường” for “đo lường”"
};

inline const DocTable* first_table(const SourceDocument& d) {
  for (const auto& b : d.blocks)
    if (b.kind == DocBlock::Kind::Table) return &b.table;
  return nullptr;
}

inline std::string cell_text(const DocCell& c) {
  std::string s;
  for (const auto& p : c.paragraphs) s += (s.empty() ? "" : " ") + p.text;
  return s;
}

// `page_offset`: the scan's page 1 is the printed table's page 1 + offset.
inline ScanComparison compare_scan(const DocTable& scanned, const std::vector<UncertainCell>& uncertain,
                                   const DocTable& printed, int page_offset) {
  auto by_page = [](const DocTable& t) {
    std::map<std::string, std::vector<size_t>> rows;
    for (size_t i = 0; i < t.rows.size(); ++i)
      if (!t.rows[i].header) rows[t.rows[i].where].push_back(i);
    return rows;
  };
  std::set<std::pair<size_t, int>> flags;
  for (const auto& u : uncertain) flags.insert({u.row, u.column});
  auto truth = by_page(printed);
  ScanComparison out;
  for (const auto& [where, rows] : by_page(scanned)) {
    ++out.pages;
    int page = std::stoi(where.substr(where.find(' ') + 1)) + page_offset;
    const auto& want = truth["trang " + std::to_string(page)];
    for (size_t i : rows)
      for (size_t k = 0; k < scanned.rows[i].cells.size(); ++k)
        out.flagged += flags.count({i, static_cast<int>(k)});
    if (want.size() != rows.size()) {
      ++out.pages_rows_differ;
      for (size_t i : want) out.cells += printed.rows[i].cells.size();
      continue;
    }
    for (size_t r = 0; r < rows.size(); ++r) {
      const DocRow &got = scanned.rows[rows[r]], &ref = printed.rows[want[r]];
      for (size_t k = 0; k < ref.cells.size(); ++k) {
        ++out.cells;
        std::string read = k < got.cells.size() ? cell_text(got.cells[k]) : "";
        std::string truth_text = cell_text(ref.cells[k]);
        if (read == truth_text && got.cells.size() == ref.cells.size()) {
          ++out.exact;
        } else if (!flags.count({rows[r], static_cast<int>(k)})) {
          out.unflagged_misreads.push_back(where + ": “" + read + "” cho “" + truth_text + "”");
        }
      }
    }
  }
  return out;
}

}  // namespace ck::importer::scan_check
