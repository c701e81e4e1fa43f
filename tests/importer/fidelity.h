// An independent reading of a plan text, for the fidelity tests: a plain
// row/cell splitter and word lists, sharing no code path with the importer's
// table reader, so a mistake there cannot hide itself here.
#pragma once
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "importer/vn_text.h"
#include "util/text.h"

namespace ck::importer::fidelity {

struct SourceRow {
  std::string number;                // as printed, trailing '.' removed; "" for a sub-row
  std::array<std::string, 6> cells;  // TT, text, lead, partners, deadline, products
  int line = 0;
};

inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cells;
  std::stringstream ss(line);
  std::string cell;
  while (std::getline(ss, cell, '\t')) cells.push_back(trim(cell));
  if (!line.empty() && line.back() == '\t') cells.push_back("");
  return cells;
}

inline bool roman_section(const std::string& c) {
  size_t i = 0;
  while (i < c.size() && (c[i] == 'I' || c[i] == 'V' || c[i] == 'X')) ++i;
  return i > 0 && i + 1 < c.size() && c[i] == '.' && c[i + 1] == ' ';
}

// Rows of the appendix table: headers (first cell TT/STT) and section rows
// skipped; a row without a number right after a header continues the row
// above (cells joined with a space); anywhere else it is a sub-row.
inline std::vector<SourceRow> read_source_table(const std::string& content) {
  std::vector<SourceRow> rows;
  std::stringstream ss(content);
  std::string line;
  bool after_header = false;
  for (int no = 1; std::getline(ss, line); ++no) {
    if (line.find('\t') == std::string::npos) continue;
    std::vector<std::string> cells = split_tabs(line);
    cells.resize(6);
    std::string first = cells[0];
    if (first == "TT" || first == "STT" || first == "Stt") {
      after_header = true;
      continue;
    }
    bool rest_empty = true;
    for (size_t k = 1; k < 6; ++k) rest_empty = rest_empty && cells[k].empty();
    if (first.empty() && rest_empty) continue;
    bool roman_only = !first.empty() && first.find_first_not_of("IVX") == std::string::npos;
    bool no_cells = cells[2].empty() && cells[3].empty() && cells[4].empty() && cells[5].empty();
    if ((rest_empty && roman_section(first)) || (roman_only && no_cells)) {
      after_header = false;
      continue;
    }
    if (first.empty() && after_header && !rows.empty()) {
      for (size_t k = 1; k < 6; ++k)
        if (!cells[k].empty()) rows.back().cells[k] += (rows.back().cells[k].empty() ? "" : " ") + cells[k];
    } else {
      SourceRow r;
      r.number = !first.empty() && first.back() == '.' ? first.substr(0, first.size() - 1) : first;
      for (size_t k = 0; k < 6; ++k) r.cells[k] = cells[k];
      r.line = no;
      rows.push_back(r);
    }
    after_header = false;
  }
  return rows;
}

// HTML as the contract converts it: <i> to *, other tags gone, spaces normalised.
inline std::string html_to_text(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    bool tag = s[i] == '<' && i + 1 < s.size() &&
               (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/');
    size_t end = tag ? s.find('>', i) : std::string::npos;
    if (end == std::string::npos) {
      out.push_back(s[i]);
      continue;
    }
    std::string name = s.substr(i, end - i + 1);
    if (name == "<i>" || name == "</i>")
      out += "*";
    else
      out += " ";
    i = end;
  }
  return normalize_space(out);
}

// True when `source` is `items` in order with only separators between and around them.
inline bool reassembles(const std::string& source, const std::vector<std::string>& items,
                        std::string_view separators, bool va_separates) {
  size_t pos = 0;
  auto skip = [&] {
    while (true) {
      while (pos < source.size() &&
             (source[pos] == ' ' || separators.find(source[pos]) != std::string_view::npos))
        ++pos;
      if (va_separates && source.compare(pos, 4, "và ") == 0)
        pos += 4;  // "và" is 3 bytes
      else
        return;
    }
  };
  for (const auto& item : items) {
    skip();
    if (source.compare(pos, item.size(), item) != 0) return false;
    pos += item.size();
  }
  skip();
  return pos == source.size();
}

// Lower-cased words with the punctuation around them removed.
inline std::vector<std::string> words(const std::string& text) {
  static const std::string_view kPunct = ".,;:!?()[]{}\"'*\\/-";
  std::vector<std::string> out;
  for (auto& raw : split_words(html_to_text(text))) {
    std::string w = raw;
    for (std::string_view q : {"“", "”", "‘", "’", "–", "…"}) {
      for (size_t p = w.find(q); p != std::string::npos; p = w.find(q)) w.replace(p, q.size(), " ");
    }
    for (auto& part : split_words(w)) {
      size_t b = part.find_first_not_of(kPunct), e = part.find_last_not_of(kPunct);
      if (b != std::string::npos) out.push_back(to_lower(part.substr(b, e - b + 1)));
    }
  }
  return out;
}

inline void collect_strings(const nlohmann::json& j, std::string& out) {
  if (j.is_string()) out += j.get<std::string>() + "\n";
  for (const auto& v : j) {
    if (j.is_object() || j.is_array()) collect_strings(v, out);
  }
}

// The Markdown body as plain text: no emphasis marks, escapes or heading marks.
inline std::string markdown_plain(const std::string& md) {
  size_t body = md.find("\n---\n", 4);
  std::string text = body == std::string::npos ? md : md.substr(body + 5);
  std::string out;
  std::stringstream ss(text);
  std::string line;
  while (std::getline(ss, line)) {
    size_t h = line.find_first_not_of('#');
    if (h > 0 && h != std::string::npos && line[h] == ' ') line = line.substr(h + 1);
    out += line + "\n";
  }
  std::string plain;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 2, "**") == 0) {
      ++i;
      continue;
    }
    if (out[i] != '\\') plain.push_back(out[i]);
  }
  return normalize_space(plain);
}

inline bool is_motto(const std::string& line) {
  std::string t = normalize_space(line);
  return t == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" || t == "Độc lập - Tự do - Hạnh phúc";
}

// Every word of the source (text and table; header rows and the national
// motto aside) appears in the output, and every line of text appears whole in
// the Markdown body, except the few lines that went to front matter.
inline void expect_no_lost_text(const std::string& source, const std::string& md, const std::string& json,
                                size_t max_front_matter_lines) {
  std::string output = md;
  collect_strings(nlohmann::json::parse(json), output);
  std::set<std::string> out_words;
  for (auto& w : words(output)) out_words.insert(w);
  std::string body = markdown_plain(md);
  std::stringstream ss(source);
  std::string line;
  size_t front_matter_lines = 0;
  std::string not_in_body;
  for (int no = 1; std::getline(ss, line); ++no) {
    std::vector<std::string> cells = split_tabs(line);
    if (is_motto(line) || (!cells.empty() && (cells[0] == "TT" || cells[0] == "STT" || cells[0] == "Stt")))
      continue;
    // The place-and-date line becomes dia_danh and an ISO ngay_ban_hanh.
    size_t date = line.find(", ngày");
    if (date != std::string::npos && line.find("năm ") != std::string::npos && date < 40) {
      std::string year = trim(line.substr(line.find("năm ") + 5, 4));
      EXPECT_NE(md.find("ngay_ban_hanh: \"" + year), std::string::npos) << "line " << no;
      EXPECT_NE(md.find("dia_danh: \"" + trim(line.substr(0, date)) + "\""), std::string::npos)
          << "line " << no;
      ++front_matter_lines;
      continue;
    }
    std::string plain = normalize_space(line);
    for (size_t p = plain.find("**"); p != std::string::npos; p = plain.find("**")) plain.erase(p, 2);
    plain = trim(plain);
    // A page number left by the export is dropped (with a warning).
    if (plain.empty() || std::all_of(plain.begin(), plain.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    for (auto& w : words(line))
      EXPECT_TRUE(out_words.count(w)) << "line " << no << ": word “" << w << "” lost";
    if (line.find('\t') != std::string::npos) continue;
    if (body.find(plain) == std::string::npos) {
      ++front_matter_lines;
      not_in_body += "  line " + std::to_string(no) + ": " + plain + "\n";
    }
  }
  EXPECT_LE(front_matter_lines, max_front_matter_lines) << "lines not in the Markdown body:\n" << not_in_body;
}

// Every task equals its source row: number, text, deadline exactly (HTML
// converted, whitespace normalised); agencies and products as the cell's
// pieces in order, with only separators between them; status never invented.
inline void expect_tasks_match(const std::string& source, const nlohmann::json& plan) {
  auto rows = read_source_table(source);
  const auto& tasks = plan["nhiem_vu"];
  ASSERT_EQ(tasks.size(), rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const auto& t = tasks[i];
    SCOPED_TRACE("source line " + std::to_string(r.line) + ", task " + t["ma"].get<std::string>());
    EXPECT_EQ(t["so"], r.number);
    EXPECT_EQ(normalize_space(t["noi_dung"].get<std::string>()), html_to_text(r.cells[1]));
    EXPECT_TRUE(reassembles(html_to_text(r.cells[2]), t["co_quan_chu_tri"], ";.,", true)) << r.cells[2];
    EXPECT_TRUE(reassembles(html_to_text(r.cells[3]), t["co_quan_phoi_hop"], ";.,", true)) << r.cells[3];
    EXPECT_EQ(t["thoi_han"], html_to_text(r.cells[4]));
    EXPECT_TRUE(reassembles(html_to_text(r.cells[5]), t["san_pham"], ";-", false)) << r.cells[5];
    EXPECT_EQ(t["trang_thai"], "chua_cap_nhat");
    EXPECT_FALSE(t.contains("tien_do"));  // a real plan: nothing about progress is made up
    EXPECT_FALSE(t.contains("cap_nhat"));
  }
}

}  // namespace ck::importer::fidelity
