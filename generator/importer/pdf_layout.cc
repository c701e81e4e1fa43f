#include "importer/pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "importer/markers.h"
#include "importer/table_rows.h"
#include "importer/vn_text.h"
#include "util/slug.h"
#include "util/text.h"

namespace ck::importer {
namespace {

struct TextLine {
  std::vector<const PdfWord*> words;  // left to right
  double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
  double mid() const { return (y0 + y1) / 2; }
  double height() const { return y1 - y0; }
};

// Words into lines: a word whose vertical middle lies within the current
// line's band (half a word height) joins it.
std::vector<TextLine> lines_of(const PdfPage& page) {
  std::vector<const PdfWord*> words;
  for (const auto& w : page.words) words.push_back(&w);
  std::stable_sort(words.begin(), words.end(),
                   [](const PdfWord* a, const PdfWord* b) { return (a->y0 + a->y1) < (b->y0 + b->y1); });
  std::vector<TextLine> lines;
  for (const PdfWord* w : words) {
    double mid = (w->y0 + w->y1) / 2, h = w->y1 - w->y0;
    if (lines.empty() || mid - lines.back().mid() > std::max(h, lines.back().height()) / 2)
      lines.emplace_back();
    TextLine& l = lines.back();
    l.words.push_back(w);
    l.x0 = std::min(l.x0, w->x0);
    l.x1 = std::max(l.x1, w->x1);
    l.y0 = std::min(l.y0, w->y0);
    l.y1 = std::max(l.y1, w->y1);
  }
  for (auto& l : lines)
    std::stable_sort(l.words.begin(), l.words.end(),
                     [](const PdfWord* a, const PdfWord* b) { return a->x0 < b->x0; });
  return lines;
}

// The usual distance between the middles of consecutive lines of a paragraph
// or a cell: the lower quartile of the distances (wider ones are row and
// paragraph breaks).
double pitch_of(const std::vector<TextLine>& lines, size_t from, size_t to) {
  std::vector<double> d;
  for (size_t i = from + 1; i < to; ++i) d.push_back(lines[i].mid() - lines[i - 1].mid());
  if (d.empty()) return from < to ? lines[from].height() * 1.15 : 14;
  std::sort(d.begin(), d.end());
  return d[d.size() / 4];
}

bool numbered_header(const TextLine& l) {
  std::string first = slugify(l.words.front()->text);
  return first == "tt" || first == "stt";
}

// The header row's first line: "TT"/"STT" then three words or more; or, when
// a scan misread "TT" (as "11", "T1"), a short first word followed by at
// least three of the usual column names.
bool is_header_line(const TextLine& l) {
  if (l.words.size() < 4) return false;
  if (numbered_header(l)) return true;
  if (l.words.front()->text.size() > 3) return false;
  int gaps = 0;  // a header's cells stand apart; a sentence's words do not
  for (size_t i = 1; i < l.words.size(); ++i)
    gaps += l.words[i]->x0 - l.words[i - 1]->x1 > (l.words[i]->y1 - l.words[i]->y0) * 1.5;
  if (gaps < 3) return false;
  std::string line;
  for (const PdfWord* w : l.words) line += " " + w->text;
  std::string s = slugify(line);
  int names = 0;
  for (const char* name : {"noi-dung", "co-quan", "thoi-gian", "thoi-han", "san-pham", "nhiem-vu"})
    names += s.find(name) != std::string::npos;
  return names >= 3;
}

// Words with spaces between; a word cut after its hyphen at a line's end
// ("310/KH-" then "UBND") joins the next without one.
// Italic words (from the font's name) become the paragraph's italic spans,
// so the lowering keeps them as emphasis, as it does for Word.
DocParagraph paragraph_of(const std::vector<const PdfWord*>& words) {
  DocParagraph p;
  std::string& s = p.text;
  const PdfWord* prev = nullptr;
  for (const PdfWord* w : words) {
    bool new_line = prev && w->y0 > prev->y0 + (prev->y1 - prev->y0) / 2;
    bool cut = new_line && prev->text.size() > 1 && prev->text.back() == '-';
    bool spaced = !s.empty() && !cut;
    if (spaced) s += ' ';
    if (w->italic) {
      if (prev && prev->italic && !p.italic_spans.empty())
        p.italic_spans.back().end = s.size() + w->text.size();
      else
        p.italic_spans.push_back({s.size(), s.size() + w->text.size()});
    }
    s += w->text;
    prev = w;
  }
  return p;
}

std::string joined(const std::vector<const PdfWord*>& words) { return paragraph_of(words).text; }

// Header cells: the header band's words grouped by x (a gap of more than a
// word space between groups), each group's words in reading order.
struct HeaderCell {
  double x0 = 1e9, x1 = -1e9;
  std::vector<const PdfWord*> words;
};

void in_reading_order(std::vector<HeaderCell>& cells) {  // line by line, left to right
  for (auto& c : cells)
    std::stable_sort(c.words.begin(), c.words.end(), [](const PdfWord* a, const PdfWord* b) {
      double am = (a->y0 + a->y1) / 2, bm = (b->y0 + b->y1) / 2;
      if (std::abs(am - bm) > (a->y1 - a->y0) / 2) return am < bm;
      return a->x0 < b->x0;
    });
}

std::vector<HeaderCell> header_cells(const std::vector<TextLine>& lines, size_t from, size_t to) {
  std::vector<const PdfWord*> words;
  for (size_t i = from; i < to; ++i) words.insert(words.end(), lines[i].words.begin(), lines[i].words.end());
  std::stable_sort(words.begin(), words.end(),
                   [](const PdfWord* a, const PdfWord* b) { return a->x0 < b->x0; });
  std::vector<HeaderCell> cells;
  for (const PdfWord* w : words) {
    double space = (w->y1 - w->y0) * 0.45;
    if (cells.empty() || w->x0 > cells.back().x1 + space) cells.emplace_back();
    HeaderCell& c = cells.back();
    c.x0 = std::min(c.x0, w->x0);
    c.x1 = std::max(c.x1, w->x1);
    c.words.push_back(w);
  }
  in_reading_order(cells);
  return cells;
}

// Header cells between the column borders drawn across the header line
// (`edges`, left to right, the table's outer borders included).
std::vector<HeaderCell> ruled_header_cells(const std::vector<TextLine>& lines, size_t from, size_t to,
                                           const std::vector<double>& edges) {
  std::vector<HeaderCell> cells(edges.size() - 1);
  for (size_t k = 0; k + 1 < edges.size(); ++k) cells[k].x0 = edges[k] + 1, cells[k].x1 = edges[k + 1] - 1;
  for (size_t i = from; i < to; ++i)
    for (const PdfWord* w : lines[i].words) {
      double mid = (w->x0 + w->x1) / 2;
      auto k = std::upper_bound(edges.begin(), edges.end(), mid) - edges.begin() - 1;
      if (k >= 0 && static_cast<size_t>(k) < cells.size()) cells[static_cast<size_t>(k)].words.push_back(w);
    }
  in_reading_order(cells);
  return cells;
}

bool roman_label(const std::string& word);

// Where each column starts: see the header comment. A column's edge is a
// ruling gap: no word of a row crosses it (section rows, which span the
// table, are left out), and many words start just right of it.
std::vector<double> column_starts(const std::vector<HeaderCell>& header, const std::vector<TextLine>& lines,
                                  size_t from, size_t to) {
  std::map<long, int> starts;  // x0 to the nearest point -> words starting there
  std::vector<const PdfWord*> words;
  for (size_t i = from; i < to; ++i) {
    if (roman_label(lines[i].words.front()->text)) continue;
    for (const PdfWord* w : lines[i].words) ++starts[std::lround(w->x0)], words.push_back(w);
  }
  auto crossings = [&](double x) {
    return std::count_if(words.begin(), words.end(),
                         [&](const PdfWord* w) { return w->x0 < x && w->x1 > x; });
  };
  std::vector<double> out{-1e9};
  for (size_t k = 1; k < header.size(); ++k) {
    long lo = std::lround(header[k - 1].x1), hi = std::lround(header[k].x0);
    long best = -1;
    long best_score = 0;
    for (auto it = starts.upper_bound(lo); it != starts.end() && it->first <= hi; ++it) {
      long count = 0;  // a scan's slight turn spreads an edge over a few points
      for (long x = it->first - 2; x <= it->first + 2; ++x)
        if (auto f = starts.find(x); f != starts.end()) count += f->second;
      long score = count - 4 * static_cast<long>(crossings(static_cast<double>(it->first) - 2.5));
      if (score > best_score) best = it->first, best_score = score;
    }
    double edge = best >= 0 ? static_cast<double>(best) - 2.5 : (header[k - 1].x1 + header[k].x0) / 2;
    out.push_back(std::max(edge, header[k - 1].x1 + 0.5));
  }
  return out;
}

size_t column_of(const std::vector<double>& starts, double x0) {
  size_t k = 0;
  while (k + 1 < starts.size() && starts[k + 1] <= x0) ++k;
  return k;
}

// A section's Roman number as OCR misreads its "I"s — "1I." for "II.", "HII."
// for "III." (a serifed I beside a stroke), "l", "|", "!" — read back: each of
// those as "I", when the word has a real Roman letter too (so a task's "1." stays
// a task's number) and the result is a Roman number. "" when it is not one.
std::string roman_misread(const std::string& word) {
  std::string w = trim_right_chars(word, ".,"), out;
  if (w.empty() || w.size() == word.size() || w.find_first_of("IVX") == std::string::npos) return "";
  for (char c : w) out += (c == '1' || c == 'l' || c == '|' || c == 'H' || c == '!') ? 'I' : c;
  return out != w && is_roman(out) ? out + "." : "";
}

// "1." (or "l.", "|.", "!.") that is a misread "I.": said by the line, as a task's "1." looks the same — a
// section's title starts in the number column, right after its number; a task's text is in the next column.
bool one_misread_as_section(const std::string& word, const PdfWord* next, bool next_in_number_column) {
  std::string w = trim_right_chars(word, ".,");
  return w.size() < word.size() && (w == "1" || w == "l" || w == "|" || w == "!") && next && next_in_number_column &&
         starts_upper(next->text);
}

// "II." — or "II," as OCR often reads the dot (the cell is flagged then, for
// its low confidence), or a misread of one (roman_misread).
bool roman_label(const std::string& word) {
  std::string w = trim_right_chars(word, ".,");
  return !w.empty() && (word.back() == '.' || word.back() == ',') && (is_roman(w) || !roman_misread(word).empty());
}

bool starts_item(const std::string& word) { return word == "-" || word == "+" || word == "•" || word == "–"; }

// A narrow cell wraps "Phòng Văn hóa - Xã hội" before its dash: a "- " line
// is then the rest of a name, not a new item, when the cell is one paragraph
// not begun by a list mark and its line ends without punctuation.
bool wraps_a_name(const std::vector<std::vector<const PdfWord*>>& paragraphs) {
  if (paragraphs.size() != 1 || paragraphs[0].empty() || starts_item(paragraphs[0].front()->text)) return false;
  char last = paragraphs[0].back()->text.back();
  return last != ';' && last != '.' && last != ':' && last != ',';
}

// A word OCR may have misread: under the confidence threshold, or holding a
// character no Vietnamese plan text has ("v]", "1⁄2026", "|"): Tesseract's
// confidence in those is often high. Text-layer words (threshold 0) never are.
bool uncertain(const PdfWord& w, double threshold) {
  if (threshold <= 0) return false;
  if (w.confidence < threshold) return true;
  for (std::string_view odd :
       {"[", "]", "|", "⁄", "¬", "`", "~", "^", "_", "{", "}", "\\", "@", "#", "¢", "©", "®", "°"})
    if (w.text.find(odd) != std::string::npos) return true;
  return false;
}

// "Xã (41%)": a word OCR read, with its confidence.
std::string with_confidence(const PdfWord& w) {
  return w.text + " (" + std::to_string(static_cast<int>(w.confidence)) + "%)";
}

// "Xã (41%), hôi (52%)": the words of `words` OCR may have misread, with their confidence.
std::string doubtful_words(const std::vector<const PdfWord*>& words, double threshold) {
  std::string low;
  for (const PdfWord* w : words)
    if (uncertain(*w, threshold)) low += (low.empty() ? "" : ", ") + with_confidence(*w);
  return low;
}

// OCR words under the threshold outside a task cell (a paragraph, a header cell): no cell of the data to
// mark, so the import report lists them, with the same words as a cell's warning.
SourceNote doubtful_text_note(const std::string& where, const std::string& what, const std::string& text,
                              const std::string& low, double threshold) {
  return {where, what + " đọc từ bản quét chưa chắc chắn (dưới " + std::to_string(static_cast<int>(threshold)) +
                     "%): “" + text + "” — từ: " + low + "; hãy đối chiếu với bản giấy"};
}

// One table row being gathered: per cell, its paragraphs' words.
struct RowDraft {
  std::vector<std::vector<std::vector<const PdfWord*>>> cells;  // cell -> paragraph -> words
  bool section = false;
  std::string roman;  // a section number OCR misread, read back ("II." for "1I."); "" when read as printed
  int page = 0;
};

class Builder {
 public:
  Builder(double threshold) : threshold_(threshold) {}

  void page(const PdfPage& page, int page_no);
  PdfLayoutResult finish();

 private:
  void narrative(const std::vector<TextLine>& lines, size_t from, size_t to, int page_no);
  void flush_paragraph();
  void table_part(const std::vector<TextLine>& lines, size_t band, size_t header_at, size_t to, int page_no,
                  const PdfPage& page);
  void add_line_to_row(const TextLine& l);
  void close_row();
  void close_table();

  double threshold_;
  PdfLayoutResult result_;
  // narrative
  std::vector<const PdfWord*> para_;
  int para_page_ = 0;  // the page the paragraph starts on
  double left_ = 0, right_ = 0;
  // table
  bool in_table_ = false, table_done_ = false;
  DocTable table_;
  std::vector<double> starts_;
  std::vector<std::string> header_texts_;
  RowDraft row_;
  bool row_open_ = false;
};

void Builder::flush_paragraph() {
  if (para_.empty()) return;
  DocParagraph p = paragraph_of(para_);
  if (std::string low = doubtful_words(para_, threshold_); !low.empty())
    result_.doc.notes.push_back(
        doubtful_text_note("trang " + std::to_string(para_page_), "đoạn văn", p.text, low, threshold_));
  result_.doc.add(std::move(p));
  para_.clear();
}

void Builder::narrative(const std::vector<TextLine>& lines, size_t from, size_t to, int page_no) {
  if (from >= to) return;
  double left = 1e9, right = -1e9;
  for (size_t i = from; i < to; ++i) left = std::min(left, lines[i].x0), right = std::max(right, lines[i].x1);
  if (page_no == 1 || right - left > right_ - left_) left_ = left, right_ = right;
  double pitch = pitch_of(lines, from, to);
  for (size_t i = from; i < to; ++i) {
    const TextLine& l = lines[i];
    double h = l.height();
    bool indented = l.x0 > left_ + h * 0.8;
    bool centred = indented && std::abs((l.x0 - left_) - (right_ - l.x1)) < h * 1.5;
    bool gap = i > from && l.mid() - lines[i - 1].mid() > pitch * 1.3;
    if (indented || centred || gap) flush_paragraph();
    if (para_.empty()) para_page_ = page_no;
    para_.insert(para_.end(), l.words.begin(), l.words.end());
    bool short_line = l.x1 < right_ - h * 2.5;
    if (short_line || centred) flush_paragraph();
  }
}

void Builder::close_row() {
  if (!row_open_) return;
  row_open_ = false;
  DocRow row;
  row.where = "trang " + std::to_string(row_.page);
  for (size_t k = 0; k < row_.cells.size(); ++k) {
    DocCell cell;
    std::string low;
    for (const auto& words : row_.cells[k]) {
      if (words.empty()) continue;
      DocParagraph p = paragraph_of(words);
      cell.paragraphs.push_back(std::move(p));
      if (std::string more = doubtful_words(words, threshold_); !more.empty())
        low += (low.empty() ? "" : ", ") + more;
    }
    if (row_.section) {
      cell.colspan = static_cast<int>(starts_.size());
      // A section number OCR misread ("1I."): the table reader knows sections by their Roman number, so it is
      // read back, said in the report, and the cell flagged whatever the word's confidence.
      const PdfWord* label = row_.cells[0].front().front();
      if (const std::string& roman = row_.roman; !roman.empty() && !cell.paragraphs.empty()) {
        cell.paragraphs.front().text.replace(0, label->text.size(), roman);
        result_.doc.notes.push_back({row.where, "số của phần đọc được là “" + label->text + "” (bản quét): coi là “" +
                                                    roman + "”; hãy đối chiếu với bản giấy"});
        if (!uncertain(*label, threshold_))
          low = with_confidence(*label) + (low.empty() ? "" : ", " + low);
      }
    }
    if (!low.empty()) {
      cell.uncertain = true;
      UncertainCell u;
      u.number = row_.cells[0].empty() || row_.section ? "" : joined(row_.cells[0].front());
      u.column = static_cast<int>(k);
      u.row = table_.rows.size();
      std::string column = k < header_texts_.size() ? header_texts_[k] : std::to_string(k + 1);
      u.where = row.where + ", dòng " + (u.number.empty() ? "không số" : "“" + u.number + "”") + ", cột “" +
                column + "”";
      for (const auto& p : cell.paragraphs) u.text += (u.text.empty() ? "" : " ") + p.text;
      u.words = low;
      result_.uncertain.push_back(std::move(u));
    }
    row.cells.push_back(std::move(cell));
    if (row_.section) break;
  }
  table_.rows.push_back(std::move(row));
}

void Builder::add_line_to_row(const TextLine& l) {
  for (const PdfWord* w : l.words) {
    size_t k = row_.section ? 0 : column_of(starts_, w->x0);
    auto& paragraphs = row_.cells[k];
    // A line's first word in this cell: a list mark starts a new paragraph.
    bool first_in_cell_line = std::none_of(l.words.begin(), l.words.end(), [&](const PdfWord* o) {
      return o->x0 < w->x0 && (row_.section ? 0 : column_of(starts_, o->x0)) == k;
    });
    if (paragraphs.empty() || (first_in_cell_line && starts_item(w->text) && !paragraphs.back().empty() &&
                               !wraps_a_name(paragraphs)))
      paragraphs.emplace_back();
    paragraphs.back().push_back(w);
  }
}

// `band`: the header row's first line (above the TT line `header_at` when the header's cells are centred).
void Builder::table_part(const std::vector<TextLine>& lines, size_t band, size_t header_at, size_t to, int page_no,
                         const PdfPage& page) {
  const std::vector<double>& rules = page.rules;
  // Drawn rules around the header line: rows are the bands between rules.
  // Otherwise the header band is the header line and the wrapped lines of its
  // cells, up to the first gap wider than the header's own line pitch.
  const double header_mid = lines[header_at].mid();
  auto below = std::upper_bound(rules.begin(), rules.end(), header_mid);
  const bool ruled = below != rules.begin() && below != rules.end();
  size_t body = header_at + 1;
  if (ruled) {
    while (body < to && lines[body].mid() < *below) ++body;
  } else {
    double hpitch = lines[header_at].height() * 1.2;
    double number_end = lines[header_at].words.front()->x1;
    while (body < to && lines[body].mid() - lines[body - 1].mid() < hpitch && lines[body].x0 > number_end + 1)
      ++body;
  }
  // Column borders drawn across the header line are the columns; otherwise
  // the header's words are grouped by the gaps between them.
  std::vector<double> edges;
  for (const auto& v : page.vertical_rules)
    if (v.y0 <= header_mid && header_mid <= v.y1) edges.push_back(v.x);
  std::sort(edges.begin(), edges.end());
  std::vector<HeaderCell> header;
  if (ruled && edges.size() >= 6) {
    header = ruled_header_cells(lines, band, body, edges);
    starts_.assign(1, -1e9);
    starts_.insert(starts_.end(), edges.begin() + 1, edges.end() - 1);
  } else {
    header = header_cells(lines, band, body);
    starts_ = column_starts(header, lines, body, to);
  }
  header_texts_.clear();
  DocRow hrow;
  hrow.header = true;
  hrow.where = "trang " + std::to_string(page_no);
  for (const auto& c : header) {
    DocCell cell;
    DocParagraph p;
    p.text = joined(c.words);
    if (hrow.cells.empty() && !numbered_header(lines[header_at])) {
      // Only the header's label, never a cell's content: the table reader
      // knows the number column by this name. Said in the import report.
      result_.doc.notes.push_back(
          {hrow.where, "tiêu đề cột số thứ tự đọc được là “" + p.text + "” (bản quét): coi là “TT”"});
      p.text = "TT";
    }
    if (std::string low = doubtful_words(c.words, threshold_); !low.empty())
      result_.doc.notes.push_back(doubtful_text_note(hrow.where, "tiêu đề cột", joined(c.words), low, threshold_));
    header_texts_.push_back(p.text);
    cell.paragraphs.push_back(std::move(p));
    hrow.cells.push_back(std::move(cell));
  }
  table_.rows.push_back(std::move(hrow));
  ++result_.table_pages;

  double pitch = pitch_of(lines, body, to);
  size_t end = to;
  for (size_t i = body; i < to; ++i) {
    const TextLine& l = lines[i];
    double gap = i > body ? l.mid() - lines[i - 1].mid() : 0;
    // The table ends on this page at a wide gap (ruled: only below its last rule, as a centred
    // row's lines in different columns interleave at half the line pitch).
    if (i > body && gap > pitch * 2.2 && (!ruled || l.mid() > rules.back())) {
      end = i;
      break;
    }
    // Ruled, a row starts past a rule (a centred row's number is in its
    // middle; a row a page break cut has no rule under it); else by line gaps.
    bool numbered = column_of(starts_, l.words.front()->x0) == 0;
    bool past_rule = ruled && i > body &&
                     std::upper_bound(rules.begin(), rules.end(), lines[i - 1].mid()) !=
                         std::upper_bound(rules.begin(), rules.end(), l.mid());
    bool starts_row = ruled ? past_rule : numbered || gap > pitch * 1.2;
    if (!row_open_ || starts_row || i == body) {
      close_row();
      row_ = RowDraft{};
      row_.cells.resize(starts_.size());
      row_.page = page_no;
      const std::string& first = l.words.front()->text;
      row_.roman = roman_misread(first);
      if (numbered && row_.roman.empty() && l.words.size() > 1 &&
          one_misread_as_section(first, l.words[1], column_of(starts_, l.words[1]->x0) == 0))
        row_.roman = "I.";
      row_.section = numbered && (roman_label(first) || !row_.roman.empty());
      if (!row_.section) row_.roman.clear();
      row_open_ = true;
    }
    add_line_to_row(l);
  }
  close_row();
  if (end < to) {
    close_table();
    narrative(lines, end, to, page_no);
  }
}

void Builder::close_table() {
  close_row();
  if (!in_table_) return;
  in_table_ = false;
  table_done_ = true;
  table_.where = "bảng phụ lục";
  result_.doc.add(std::move(table_));
  table_ = DocTable{};
}

void Builder::page(const PdfPage& page, int page_no) {
  std::vector<TextLine> lines = lines_of(page);
  size_t header_at = lines.size();
  if (!table_done_)
    for (size_t i = 0; i < lines.size() && header_at == lines.size(); ++i)
      if (is_header_line(lines[i])) header_at = i;
  // A header whose cells are centred has lines above its TT line: from the rule above it.
  size_t band = header_at;
  if (header_at < lines.size()) {
    auto above = std::lower_bound(page.rules.begin(), page.rules.end(), lines[header_at].mid());
    if (above != page.rules.begin())
      while (band > 0 && lines[band - 1].mid() > *std::prev(above)) --band;
  }
  if (in_table_ && band != 0) close_table();  // the table did not go on to this page
  narrative(lines, 0, band, page_no);
  if (header_at == lines.size()) return;
  flush_paragraph();
  in_table_ = true;
  table_part(lines, band, header_at, lines.size(), page_no, page);
}

PdfLayoutResult Builder::finish() {
  close_table();
  flush_paragraph();
  result_.doc.format = "pdf";
  return std::move(result_);
}

}  // namespace

std::optional<std::pair<double, double>> number_column(const PdfPage& page) {
  std::vector<TextLine> lines = lines_of(page);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!is_header_line(lines[i])) continue;
    size_t body = i + 1;
    while (body < lines.size() && lines[body].mid() - lines[body - 1].mid() < lines[i].height() * 1.2) ++body;
    std::vector<HeaderCell> header = header_cells(lines, i, body);
    if (header.size() < 2) return std::nullopt;
    std::vector<double> starts = column_starts(header, lines, body, lines.size());
    double h = lines[i].height();
    return std::pair{std::max(0.0, header[0].x0 - 2 * h), starts[1]};
  }
  return std::nullopt;
}

PdfLayoutResult layout_pdf(const std::vector<PdfPage>& pages, double threshold) {
  Builder b(threshold);
  for (size_t i = 0; i < pages.size(); ++i) b.page(pages[i], static_cast<int>(i) + 1);
  return b.finish();
}

}  // namespace ck::importer
