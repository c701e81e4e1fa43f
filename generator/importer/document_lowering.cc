#include "importer/document_lowering.h"

#include <algorithm>

#include "importer/vn_text.h"
#include "util/text.h"

namespace ck::importer {
namespace {

constexpr size_t kTaskTableColumns = 5;

std::string paragraph_line(const DocParagraph& p, const std::string& text) {
  return p.numbering.empty() ? text : p.numbering + " " + text;
}

// Text for a tab-separated cell: no tabs or line breaks (the HTML is escaped already).
std::string cell_safe(std::string_view s) {
  std::string out;
  for (char c : s) out += c == '\t' || c == '\r' ? ' ' : c;
  return trim(out);
}

// `text` with its partial italic spans wrapped in `open`/`close` (a span that
// covers the whole text, or crosses a line break, is left plain).
std::string with_italics(const DocParagraph& p, std::string_view open, std::string_view close,
                         std::string (*escape)(std::string_view)) {
  std::string out;
  size_t at = 0;
  const std::string& t = p.text;
  for (const DocSpan& s : p.italic_spans) {
    size_t b = s.begin, e = std::min(s.end, t.size());
    while (b < e && t[b] == ' ') ++b;
    while (e > b && t[e - 1] == ' ') --e;
    if (b < at || b >= e || t.find('\n', b) < e) continue;
    // The part of the line the span sits in: between line breaks and tab columns.
    size_t seg_begin = t.find_last_of("\n\t", b == 0 ? 0 : b - 1);
    seg_begin = seg_begin == std::string::npos || b == 0 ? 0 : seg_begin + 1;
    size_t seg_end = std::min(t.find_first_of("\n\t", e), t.size());
    if (normalize_space(t.substr(seg_begin, b - seg_begin)).empty() &&
        normalize_space(t.substr(e, seg_end - e)).empty())
      continue;
    out += escape(std::string_view(t).substr(at, b - at));
    out += open;
    out += escape(std::string_view(t).substr(b, e - b));
    out += close;
    at = e;
  }
  out += escape(std::string_view(t).substr(at));
  return out;
}

std::string as_is(std::string_view s) { return std::string(s); }

// Escapes the HTML special characters of a cell's text.
std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

// A line typed in columns with tab stops, split where both sides have two
// words or more; other tabs become spaces.
std::vector<std::string> tab_columns(const std::string& line) {
  std::vector<std::string> parts;
  for (auto& part : split(line, '\t'))
    if (!normalize_space(part).empty()) parts.push_back(normalize_space(part));
  std::vector<std::string> out;
  for (auto& part : parts) {
    if (!out.empty() && (word_count(out.back()) < 2 || word_count(part) < 2))
      out.back() += " " + part;
    else
      out.push_back(part);
  }
  if (out.empty()) out.push_back(line);
  return out;
}

bool is_bullet(const std::string& numbering) {
  return numbering == "-" || numbering == "+" || numbering == "•" || numbering == "–";
}

void cell_lines(const DocCell& cell, std::vector<std::string>& lines);

void nested_table_lines(const DocTable& t, std::vector<std::string>& lines) {
  for (const auto& row : t.rows) {
    std::vector<std::string> parts;
    for (const auto& c : row.cells) {
      if (c.merged_above) continue;
      std::vector<std::string> inner;
      cell_lines(c, inner);
      if (!inner.empty()) parts.push_back(join(inner, " "));
    }
    std::string line = normalize_space(join(parts, " "));
    if (!line.empty()) lines.push_back(line);
  }
}

// The cell's lines of text in order: paragraphs (split at line breaks), then nested tables.
void cell_lines(const DocCell& cell, std::vector<std::string>& lines) {
  for (const auto& p : cell.paragraphs) {
    bool first = true;
    for (auto& piece : split_lines(with_italics(p, "<i>", "</i>", html_escape))) {
      std::string t = normalize_space(piece);
      if (t.empty()) continue;
      // A line break before a lower-case word only wrapped the sentence.
      if (!first && starts_lower(t)) {
        lines.back() += " " + t;
        continue;
      }
      std::string mark = first ? (is_bullet(p.numbering) ? "-" : p.numbering) : "";
      lines.push_back(mark.empty() ? t : mark + " " + t);
      first = false;
    }
  }
  for (const auto& t : cell.tables) nested_table_lines(t, lines);
}

std::string cell_text(const DocCell& cell) {
  std::vector<std::string> lines;
  cell_lines(cell, lines);
  if (lines.size() == 1) return cell_safe(lines[0]);
  std::string out;
  for (const auto& l : lines) out += "<p>" + cell_safe(l) + "</p>";
  return out;
}

struct Lowerer {
  LoweredText out;

  void line(const std::string& text, const std::string& where, int heading = 0, std::vector<bool> uncertain = {}) {
    out.text += text;
    out.text += '\n';
    out.where.push_back(where);
    out.heading.push_back(heading);
    out.uncertain.push_back(std::move(uncertain));
  }

  void paragraph(const DocParagraph& p) {
    std::vector<std::string> pieces;
    for (auto& piece : split_lines(with_italics(p, "*", "*", as_is)))
      for (auto& column : tab_columns(piece)) pieces.push_back(std::move(column));
    if (pieces.empty()) pieces.emplace_back();
    for (size_t i = 0; i < pieces.size(); ++i)
      line(i == 0 ? paragraph_line(p, pieces[i]) : pieces[i], p.where, i == 0 ? p.heading : 0);
  }

  void task_table(const DocTable& t) {
    for (const auto& row : t.rows) {
      std::vector<std::string> cells;
      std::vector<bool> uncertain;
      for (const auto& c : row.cells) {
        bool number_column = cells.empty();
        cells.push_back(c.merged_above && number_column ? "" : cell_text(c));
        uncertain.push_back(c.uncertain && !(c.merged_above && number_column));
        for (int k = 1; k < c.colspan; ++k) cells.emplace_back(), uncertain.push_back(false);
      }
      while (cells.size() < kTaskTableColumns) cells.emplace_back();
      std::string row_text;
      for (size_t i = 0; i < cells.size(); ++i) row_text += (i ? "\t" : "") + cells[i];
      if (std::find(uncertain.begin(), uncertain.end(), true) == uncertain.end()) uncertain.clear();
      line(row_text, row.where, 0, std::move(uncertain));
    }
  }

  void layout_table(const DocTable& t) {
    for (const auto& row : t.rows)
      for (const auto& c : row.cells) {
        if (c.merged_above) continue;
        for (const auto& p : c.paragraphs) paragraph(p);
        for (const auto& nested : c.tables) table(nested);
      }
  }

  void table(const DocTable& t) {
    if (grid_width(t) >= kTaskTableColumns)
      task_table(t);
    else
      layout_table(t);
  }
};

}  // namespace

size_t grid_width(const DocTable& table) {
  size_t width = 0;
  for (const auto& row : table.rows) {
    size_t w = 0;
    for (const auto& c : row.cells) w += static_cast<size_t>(std::max(1, c.colspan));
    width = std::max(width, w);
  }
  return width;
}

LoweredText lower_document(const SourceDocument& doc) {
  Lowerer l;
  for (const auto& b : doc.blocks) {
    if (b.kind == DocBlock::Kind::Paragraph)
      l.paragraph(b.paragraph);
    else
      l.table(b.table);
  }
  return std::move(l.out);
}

}  // namespace ck::importer
