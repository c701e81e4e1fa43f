#include "importer/table_rows.h"

#include <algorithm>
#include <array>

#include "importer/agencies.h"
#include "importer/cell_html.h"
#include "importer/markers.h"
#include "importer/scan.h"
#include "importer/vn_text.h"
#include "util/slug.h"
#include "util/text.h"

namespace ck::importer {
namespace {

bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

// Which data-model column a header cell names, from folded keywords; -1 when none.
int column_named(const std::string& header) {
  std::string s = slugify(header);
  if (contains(s, "san-pham") || contains(s, "ket-qua")) return kProducts;
  if (contains(s, "chu-tri")) return kLead;
  if (contains(s, "phoi-hop")) return kPartners;
  if (contains(s, "thoi-gian") || contains(s, "thoi-han") || contains(s, "tien-do") ||
      contains(s, "hoan-thanh"))
    return kDeadline;
  if (contains(s, "noi-dung") || contains(s, "nhiem-vu") || contains(s, "cong-viec") || starts_with(s, "ten"))
    return kText;
  return -1;
}

// "II. Cải cách thể chế" or "II Cải cách thể chế" -> ("II", "Cải cách thể chế");
// "II, Cải cách thể chế" too (a typo, or a scan's dot read as a comma).
bool split_roman_title(const std::string& t, TableSection& s) {
  size_t end = 0;
  while (end < t.size() && end < 7 && is_roman(t.substr(0, end + 1))) ++end;
  if (end == 0) return false;
  size_t title = end;
  if (title < t.size() && (t[title] == '.' || t[title] == ',')) ++title;
  if (title >= t.size() || t[title] != ' ') return false;
  s.number = t.substr(0, end);
  s.title = trim(t.substr(title));
  return !s.title.empty();
}

bool is_blank_row(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); });
}

bool starts_list_item(std::string_view s) {
  for (std::string_view mark : {"- ", "+ ", "• ", "– "})
    if (s.substr(0, mark.size()) == mark) return true;
  return false;
}

// The rest of a cell cut by a page break joins the cell with a space. When
// either part is in paragraphs (<p>…</p>, as a Word or PDF reader lowers a
// cell of several lines), the rest's first paragraph continues the cell's last
// one — unless it starts a list item of its own.
void join_cut_cell(std::string& into, const std::string& more) {
  if (more.empty()) return;
  if (into.empty()) {
    into = more;
    return;
  }
  std::string first = more, rest;
  if (starts_with(more, "<p>")) {
    size_t close = more.find("</p>");
    first = more.substr(3, close == std::string::npos ? std::string::npos : close - 3);
    rest = close == std::string::npos ? "" : more.substr(close + 4);
  }
  bool into_paragraphs = into.size() >= 4 && into.compare(into.size() - 4, 4, "</p>") == 0;
  if ((!into_paragraphs && rest.empty() && first == more) || starts_list_item(first)) {
    into += " " + more;
  } else if (into_paragraphs) {
    into.insert(into.size() - 4, " " + first);
    into += rest;
  } else {
    into = "<p>" + into + " " + first + "</p>" + rest;
  }
}

// The first words of a source line, for a warning that quotes it.
std::string excerpt(const std::string& line) {
  std::string t = normalize_space(line);
  if (t.size() <= 90) return t;
  size_t cut = 90;
  while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return t.substr(0, cut) + "…";
}

// True when a cell's text continues a sentence or a name: it starts with a
// lower-case letter ("tâm Phục vụ…", "chính công", "quan"). A list item ("- …")
// does not: it is its own item.
bool continues_cell(const std::string& raw) {
  std::string plain = cell_line(raw);
  if (plain.empty() || starts_with(plain, "- ") || starts_with(plain, "+ ")) return false;
  return starts_lower(plain);
}

// Why an unnumbered row is the rest of the row above, or "" when nothing says so.
std::string cut_reason(const std::vector<std::string>& cells, const Columns& cols) {
  auto at = [&](int column) {
    int i = cols.at[static_cast<size_t>(column)];
    return i >= 0 && static_cast<size_t>(i) < cells.size() ? cells[static_cast<size_t>(i)] : std::string();
  };
  if (normalize_space(cell_line(at(kText))).empty()) return "không có nội dung công việc";
  static const std::array<std::pair<int, const char*>, 3> kNamed{
      {{kText, "nội dung"}, {kLead, "cơ quan chủ trì"}, {kPartners, "cơ quan phối hợp"}}};
  for (auto [column, name] : kNamed)
    if (continues_cell(at(column))) return std::string("có ô ") + name + " bắt đầu bằng chữ thường";
  return "";
}

// The row above ends mid-sentence and left empty a cell this row fills.
bool looks_unfinished(const RawTask& above, const std::vector<std::string>& cells, const Columns& cols) {
  std::string text = cell_line(above.cells[kText]);
  if (text.empty() || ends_clause(text)) return false;
  for (int k : {kLead, kPartners, kDeadline, kProducts}) {
    int i = cols.at[static_cast<size_t>(k)];
    bool fills = i >= 0 && static_cast<size_t>(i) < cells.size() && !cells[static_cast<size_t>(i)].empty();
    if (fills && above.cells[static_cast<size_t>(k)].empty()) return true;
  }
  return false;
}

struct Reader {
  const std::string& file;
  Diagnostics& diags;
  Table table;
  Columns cols;
  bool after_header = false;
  bool warned_extra = false;
  int last_numbered = -1;
  int section = -1;
  Line previous_row;  // the source line of the row above, for warnings that quote both
  std::vector<bool> doubt;  // the current row's cells OCR read uncertainly (Line::uncertain, extra cells folded)

  bool doubtful(int column) const {
    int at = cols.at[static_cast<size_t>(column)];
    return at >= 0 && static_cast<size_t>(at) < doubt.size() && doubt[static_cast<size_t>(at)];
  }

  std::string cell(const std::vector<std::string>& cells, int column) const {
    int at = cols.at[static_cast<size_t>(column)];
    return at >= 0 && static_cast<size_t>(at) < cells.size() ? cells[static_cast<size_t>(at)] : "";
  }

  void warn(int line, const std::string& message) { diags.warning(file, line, 0, message); }

  void header(const Columns& c, int line) {
    cols = c;
    after_header = true;
    ++table.header_rows;
    if (!cols.extra.empty() && !warned_extra) {
      std::vector<std::string> names;
      for (int i : cols.extra) names.push_back("“" + cols.names[static_cast<size_t>(i)] + "”");
      warn(line, "cột " + join(names, ", ") +
                     " không có trong mô hình dữ liệu: nội dung của cột được ghi vào cuối nội dung nhiệm vụ");
      warned_extra = true;
    }
  }

  // Cells past the header's width join the last cell, so nothing is lost.
  void fold_extra_cells(std::vector<std::string>& cells, int line) {
    size_t width = std::max<size_t>(cols.names.size(), kColumnCount);
    if (cells.size() <= width) return;
    std::string rest;
    for (size_t i = width; i < cells.size(); ++i)
      if (!cells[i].empty()) rest += " " + cells[i];
    cells.resize(width);
    if (doubt.size() > width) {
      bool folded = std::find(doubt.begin() + static_cast<long>(width), doubt.end(), true) != doubt.end();
      doubt.resize(width);
      doubt.back() = doubt.back() || folded;
    }
    if (rest.empty()) return;
    cells.back() += rest;
    warn(line, "dòng có nhiều ô hơn tiêu đề bảng: phần thừa được nối vào ô cuối");
  }

  bool section_row(const std::vector<std::string>& cells, int line);
  void numbered_row(const std::vector<std::string>& cells, const std::string& number, int line);
  void unnumbered_row(const std::vector<std::string>& cells, int line);
  void continue_row(RawTask& task, const std::vector<std::string>& cells);
  RawTask make_task(const std::vector<std::string>& cells, const std::string& number, int line) const;
  void stray_line(const Line& l);
  void row(const Line& l);
};

// "I. Cải cách thể chế" in the first cell, or "I" then the title, or the
// title in the second cell; every other cell empty.
bool Reader::section_row(const std::vector<std::string>& cells, int line) {
  for (int k : {kLead, kPartners, kDeadline, kProducts})
    if (!cell(cells, k).empty()) return false;
  std::string n = normalize_space(cell(cells, kNumber)), x = normalize_space(cell(cells, kText));
  TableSection s;
  std::string bare = trim_right_chars(n, ".");
  if (x.empty() && split_roman_title(n, s)) {
    s.line = line;
  } else if (is_roman(bare) && !x.empty()) {
    s = {bare, x, line};
  } else if (n.empty() && split_roman_title(x, s) && x.find(". ") == s.number.size()) {
    s.line = line;
  } else {
    return false;
  }
  table.sections.push_back(s);
  section = static_cast<int>(table.sections.size()) - 1;
  last_numbered = -1;
  return true;
}

RawTask Reader::make_task(const std::vector<std::string>& cells, const std::string& number, int line) const {
  RawTask t;
  t.number = number;
  t.section = section;
  t.line = line;
  for (int k = kText; k < kColumnCount; ++k) t.cells[static_cast<size_t>(k)] = cell(cells, k);
  for (int k = kNumber; k < kColumnCount; ++k) t.uncertain[static_cast<size_t>(k)] = doubtful(k);
  for (int i : cols.extra) {
    t.extra.emplace_back(cols.names[static_cast<size_t>(i)],
                         static_cast<size_t>(i) < cells.size() ? cells[static_cast<size_t>(i)] : "");
    // An extra column's cell is written at the end of the task's text.
    if (static_cast<size_t>(i) < doubt.size() && doubt[static_cast<size_t>(i)]) t.uncertain[kText] = true;
  }
  return t;
}

void Reader::numbered_row(const std::vector<std::string>& cells, const std::string& number, int line) {
  RawTask t = make_task(cells, number, line);
  bool letter = !number.empty() && !(number[0] >= '0' && number[0] <= '9');
  size_t dot = number.rfind('.');
  for (int i = static_cast<int>(table.tasks.size()) - 1; i >= 0 && t.parent < 0; --i) {
    const std::string& other = table.tasks[static_cast<size_t>(i)].number;
    if (dot != std::string::npos && other == number.substr(0, dot)) t.parent = i;
    if (letter && !other.empty() && other[0] >= '0' && other[0] <= '9') t.parent = i;
  }
  table.tasks.push_back(std::move(t));
  last_numbered = static_cast<int>(table.tasks.size()) - 1;
}

// How the rest of a cell cut by a page break joins what is above it: with a
// space, except in an agency column where it starts a new name ("Văn phòng
// UBND" / "Phòng Văn hóa - Xã hội" on the next page), which is a new item.
std::string joined(const std::string& above, const std::string& rest, int column) {
  if (above.empty()) return rest;
  bool agencies = column == kLead || column == kPartners;
  std::string tail = trim_right_chars(above, " ");
  bool open = ends_with(tail, ",") || ends_with(tail, ";") || ends_with(tail, " và") || ends_with(tail, "-");
  if (agencies && !open && !continues_cell(rest) && starts_agency_or_group(cell_line(rest)))
    return above + "; " + rest;
  std::string into = above;
  join_cut_cell(into, rest);
  return into;
}

void Reader::continue_row(RawTask& task, const std::vector<std::string>& cells) {
  RawTask more = make_task(cells, "", 0);
  for (size_t k = kText; k < kColumnCount; ++k) {
    std::string& into = task.cells[k];
    if (!more.cells[k].empty()) into = joined(into, more.cells[k], static_cast<int>(k));
    task.uncertain[k] = task.uncertain[k] || more.uncertain[k];
  }
  if (more.uncertain[kNumber]) task.uncertain[kText] = true;  // a misread number on a continuation: its text is in doubt
  for (size_t i = 0; i < more.extra.size() && i < task.extra.size(); ++i)
    if (!more.extra[i].second.empty())
      task.extra[i].second += (task.extra[i].second.empty() ? "" : " ") + more.extra[i].second;
  ++table.continuation_rows;
}

// See the header comment. What decides, in order:
//  - a row with no text of its own, or whose text or an agency starts with a
//    lower-case letter, is the rest of the row above cut by a page break
//    ("…tại Trung" / "tâm Phục vụ hành chính công"; "Trung tâm Phục vụ hành" /
//    "chính công"): never a sub-row with an empty text or a fragment of a name;
//  - a row under a numbered heading row (one with no agency, deadline or
//    product of its own) that has its own agency or deadline is a sub-row
//    (Bạch Long Vĩ tasks 3 and 19); when the row above looks cut (its text
//    ends mid-sentence and this row fills cells it left empty) the importer
//    is not sure, and says so quoting both source lines;
//  - any other row right after a repeated header is the rest of the row above.
void Reader::unnumbered_row(const std::vector<std::string>& cells, int line) {
  if (table.tasks.empty()) {
    warn(line, "dòng không có số thứ tự trước mọi nhiệm vụ: nhập như một nhiệm vụ không số");
    table.tasks.push_back(make_task(cells, "", line));
    return;
  }
  RawTask& prev = table.tasks.back();
  bool own = !cell(cells, kLead).empty() || !cell(cells, kDeadline).empty();
  bool heading_parent = false;
  if (last_numbered >= 0) {
    const auto& p = table.tasks[static_cast<size_t>(last_numbered)].cells;
    heading_parent = p[kLead].empty() && p[kPartners].empty() && p[kDeadline].empty() && p[kProducts].empty();
  }
  auto sub_row = [&] {
    RawTask t = make_task(cells, "", line);
    t.parent = last_numbered;
    table.tasks.push_back(std::move(t));
  };
  std::string both = "dòng " + std::to_string(previous_row.no) + ": “" + excerpt(previous_row.text) + "”; dòng " +
                     std::to_string(line) + ": “" + excerpt(join(cells, " ")) + "”";
  if (std::string why = cut_reason(cells, cols); !why.empty()) {
    if (!after_header)
      warn(line, "dòng không số " + why + ": nối vào dòng trên như phần bị ngắt trang (" + both +
                     "); xin kiểm tra lại");
    return continue_row(prev, cells);
  }
  if (own && heading_parent) {
    if (after_header && looks_unfinished(prev, cells, cols))
      warn(line, "dòng không số ngay sau tiêu đề trang có cơ quan, thời hạn riêng: nhập như dòng con, nhưng dòng trên "
                 "có vẻ bị ngắt giữa câu (" +
                     both + "); nếu là phần còn lại của dòng trên, hãy nối lại");
    return sub_row();
  }
  if (after_header) return continue_row(prev, cells);
  std::string parent_no = last_numbered >= 0 ? table.tasks[static_cast<size_t>(last_numbered)].number : "";
  if (own && last_numbered >= 0) {
    warn(line, "dòng không số có cơ quan chủ trì hoặc thời hạn riêng dưới nhiệm vụ " + parent_no +
                   " (nhiệm vụ này đã có cơ quan, thời hạn): nhập như dòng con; xin kiểm tra lại");
    return sub_row();
  }
  warn(line,
       "dòng không số, không ngay sau tiêu đề trang và không có cơ quan chủ trì, thời hạn riêng: nối vào "
       "dòng trên (dòng " +
           std::to_string(prev.line) + "); xin kiểm tra lại");
  continue_row(prev, cells);
}

// A line without tabs inside the table: a page number, or text the export
// broke out of its cell, which joins the last filled cell above.
void Reader::stray_line(const Line& l) {
  std::string t = normalize_space(l.text);
  if (t.empty()) return;
  if (is_page_number(t)) return warn(l.no, "bỏ số trang “" + t + "”");
  if (table.tasks.empty()) {
    warn(l.no, "dòng chữ giữa bảng, trước mọi nhiệm vụ: giữ lại trong phần văn bản");
    table.unplaced.push_back(l);
    return;
  }
  RawTask& prev = table.tasks.back();
  size_t k = kProducts;
  while (k > kText && prev.cells[k].empty()) --k;
  prev.cells[k] += (prev.cells[k].empty() ? "" : " ") + t;
  warn(l.no, "dòng chữ giữa bảng (không có ô): nối vào ô cuối của nhiệm vụ ở dòng " +
                 std::to_string(prev.line) + "; xin kiểm tra lại");
}

void Reader::row(const Line& l) {
  if (l.text.find('\t') == std::string::npos) return stray_line(l);
  std::vector<std::string> cells = split_cells(l.text);
  doubt = l.uncertain;
  if (auto h = read_header(cells)) return header(*h, l.no);
  if (is_blank_row(cells)) return;
  fold_extra_cells(cells, l.no);
  struct Remember {
    Line& slot;
    const Line& line;
    ~Remember() { slot = line; }
  } remember{previous_row, l};
  if (section_row(cells, l.no)) {
    after_header = false;
    return;
  }
  std::string printed = normalize_space(cell(cells, kNumber)), number;
  if (read_task_number(printed, number)) {
    numbered_row(cells, number, l.no);
  } else if (printed.empty() || printed == "-" || printed == "+" || printed == "•") {
    unnumbered_row(cells, l.no);
  } else {
    warn(l.no, "số thứ tự “" + printed + "” không theo dạng 1, 1.2, a): dùng nguyên văn");
    numbered_row(cells, printed, l.no);
  }
  after_header = false;
}

}  // namespace

std::optional<Columns> read_header(const std::vector<std::string>& cells) {
  if (cells.size() < 5) return std::nullopt;
  std::string first = slugify(cells[0]);
  if (first != "tt" && first != "stt" && first != "so-tt" && first != "so-thu-tu") return std::nullopt;
  Columns c;
  c.at.fill(-1);
  c.at[kNumber] = 0;
  c.names = cells;
  std::vector<int> unnamed;
  for (size_t i = 1; i < cells.size(); ++i) {
    int col = column_named(cells[i]);
    if (col >= 0 && c.at[static_cast<size_t>(col)] < 0)
      c.at[static_cast<size_t>(col)] = static_cast<int>(i);
    else
      unnamed.push_back(static_cast<int>(i));
  }
  // Cells whose name says nothing take the usual place for their position.
  for (int i : unnamed) {
    if (i < kColumnCount && c.at[static_cast<size_t>(i)] < 0)
      c.at[static_cast<size_t>(i)] = i;
    else
      c.extra.push_back(i);
  }
  return c;
}

// "1", "12", "1.2", "3a"; or a letter "a", "a)", "đ)".
bool read_task_number(const std::string& cell, std::string& number) {
  std::string t = trim_right_chars(normalize_space(cell), ".");
  Scanner sc(t);
  bool numeric = sc.integer(1, 3).has_value();
  while (numeric && sc.eat(".")) numeric = sc.integer(1, 3).has_value();
  if (numeric && !sc.at_end() && sc.peek() >= 'a' && sc.peek() <= 'z') sc.eat(t.substr(sc.pos(), 1));
  bool letter = false;
  if (!numeric) {
    Scanner lc(t);
    letter = lc.eat("đ") || (!t.empty() && t[0] >= 'a' && t[0] <= 'z' && lc.eat(t.substr(0, 1)));
    if (letter) lc.eat(")");
    letter = letter && lc.at_end();
  }
  if (!(numeric && sc.at_end()) && !letter) return false;
  number = t;
  return true;
}

Table read_table(const std::vector<Line>& lines, const std::string& file, Diagnostics& diags) {
  Reader r{file, diags, {}, {}};
  if (!lines.empty() && !read_header(split_cells(lines.front().text)))
    r.warn(lines.front().no, "bảng không có dòng tiêu đề (TT, Nội dung, …): dùng thứ tự cột thường gặp");
  for (const Line& l : lines) r.row(l);
  return r.table;
}

}  // namespace ck::importer
