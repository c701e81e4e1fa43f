#include "importer/layout.h"

#include <algorithm>

#include "util/text.h"

namespace ck::importer {

std::vector<Line> read_lines(std::string_view content) {
  std::vector<Line> lines;
  int no = 0;
  for (auto& raw : split_lines(content)) lines.push_back({++no, nfc(raw)});
  return lines;
}

std::vector<std::string> split_cells(std::string_view line) {
  std::vector<std::string> cells;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cells.push_back(
        trim(line.substr(start, tab == std::string_view::npos ? line.size() - start : tab - start)));
    if (tab == std::string_view::npos) return cells;
    start = tab + 1;
  }
}

bool is_table_row(std::string_view line) { return std::count(line.begin(), line.end(), '\t') >= 4; }

Layout split_layout(const std::vector<Line>& lines) {
  Layout layout;
  size_t first = lines.size(), last = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (first == lines.size() && is_table_row(lines[i].text)) first = i;
    if (lines[i].text.find('\t') != std::string::npos) last = i;
  }
  if (first == lines.size()) {
    layout.text = lines;
    layout.text_before_table = lines.size();
    return layout;
  }
  layout.text.assign(lines.begin(), lines.begin() + static_cast<long>(first));
  layout.text_before_table = layout.text.size();
  layout.table.assign(lines.begin() + static_cast<long>(first), lines.begin() + static_cast<long>(last) + 1);
  layout.text.insert(layout.text.end(), lines.begin() + static_cast<long>(last) + 1, lines.end());
  return layout;
}

bool is_page_number(std::string_view line) {
  std::string t = normalize_space(line);
  if (t.size() >= 4 && starts_with(t, "- ") && t.substr(t.size() - 2) == " -") t = t.substr(2, t.size() - 4);
  if (t.empty() || t.size() > 3) return false;
  return std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace ck::importer
