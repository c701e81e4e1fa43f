#include "ooxml/workbook.h"

#include <cmath>
#include <cstdlib>
#include <set>

#include "ooxml/xml_part.h"

namespace ck::ooxml {

namespace {

const CellValue kEmpty;

constexpr int kMaxRow = 1048576;  // Excel's own limits
constexpr int kMaxCol = 16384;

[[noreturn]] void fail(const ZipArchive& zip, const std::string& why) {
  throw PackageError(zip.display_name() + ": " + why);
}

std::string sheet_place(const std::string& sheet) { return "trang '" + sheet + "'"; }

// "xl/workbook.xml" + "worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml";
// "/xl/x.xml" is from the package root; ".." steps up.
std::string resolve_target(const std::string& base_part, const std::string& target) {
  std::string path;
  if (!target.empty() && target[0] == '/') {
    path = target.substr(1);
  } else {
    auto slash = base_part.rfind('/');
    path = (slash == std::string::npos ? "" : base_part.substr(0, slash + 1)) + target;
  }
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string seg = path.substr(start, end - start);
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

struct Relationship {
  std::string id, type, part;  // part: resolved against the source part
};

// The internal relationships of `part` (from _rels/<name>.rels beside it).
std::vector<Relationship> read_rels(ZipArchive& zip, const std::string& part) {
  std::vector<Relationship> out;
  auto slash = part.rfind('/');
  std::string dir = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  std::string rels = dir + "_rels/" + part.substr(dir.size()) + ".rels";
  auto xml = zip.read(rels);
  if (!xml) return out;
  pugi::xml_document doc;
  parse_xml(doc, *xml, zip.display_name(), rels);
  for (pugi::xml_node r : doc.document_element().children()) {
    if (local_name(r) != "Relationship") continue;
    if (std::string_view(attribute(r, "TargetMode").value()) == "External") continue;
    out.push_back({attribute(r, "Id").value(), attribute(r, "Type").value(),
                   resolve_target(part, attribute(r, "Target").value())});
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

std::string workbook_part(ZipArchive& zip) {
  for (const auto& r : read_rels(zip, ""))
    if (ends_with(r.type, "/officeDocument")) return r.part;
  return "xl/workbook.xml";
}

// The text of a string item (<si> or <is>): <t> directly, or the <t> of each
// rich-text run <r>; phonetic runs (<rPh>) are not part of the text.
std::string string_item_text(const pugi::xml_node& item) {
  std::string out;
  for (pugi::xml_node c : item.children()) {
    std::string_view name = local_name(c);
    if (name == "t") {
      out += c.text().get();
    } else if (name == "r") {
      if (pugi::xml_node t = child(c, "t")) out += t.text().get();
    }
  }
  return out;
}

std::vector<std::string> read_shared_strings(ZipArchive& zip, const std::string& part,
                                             const WorkbookLimits& limits) {
  std::vector<std::string> out;
  if (part.empty()) return out;
  auto xml = zip.read(part);
  if (!xml) return out;
  pugi::xml_document doc;
  parse_xml(doc, *xml, zip.display_name(), part);
  for (pugi::xml_node si : doc.document_element().children()) {
    if (local_name(si) != "si") continue;
    if (out.size() >= limits.max_shared_strings)
      fail(zip, "bảng tính có quá nhiều chuỗi chữ (hơn " + std::to_string(limits.max_shared_strings) +
                    ") — không phải biểu mẫu báo cáo tiến độ");
    out.push_back(string_item_text(si));
  }
  return out;
}

// A custom number format shows a date when, outside quoted text, escapes and
// [colour]/[h] brackets, it has a day or year code (m alone may be minutes).
bool format_code_is_date(std::string_view code) {
  bool quoted = false, bracket = false;
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (quoted) {
      quoted = c != '"';
    } else if (bracket) {
      bracket = c != ']';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[') {
      bracket = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == 'd' || c == 'D' || c == 'y' || c == 'Y') {
      return true;
    }
  }
  return false;
}

bool format_code_is_percent(std::string_view code) {
  bool quoted = false;
  for (char c : code) {
    if (c == '"') quoted = !quoted;
    if (!quoted && c == '%') return true;
  }
  return false;
}

struct CellStyles {
  std::vector<bool> date;  // by cellXfs index
  std::vector<bool> percent;
};

CellStyles read_styles(ZipArchive& zip, const std::string& part) {
  CellStyles out;
  if (part.empty()) return out;
  auto xml = zip.read(part);
  if (!xml) return out;
  pugi::xml_document doc;
  parse_xml(doc, *xml, zip.display_name(), part);
  pugi::xml_node root = doc.document_element();
  std::map<long, std::string> custom;
  for (pugi::xml_node f : child(root, "numFmts").children())
    if (local_name(f) == "numFmt")
      custom[attribute(f, "numFmtId").as_int(-1)] = attribute(f, "formatCode").value();
  for (pugi::xml_node xf : child(root, "cellXfs").children()) {
    if (local_name(xf) != "xf") continue;
    long id = attribute(xf, "numFmtId").as_int(0);
    bool date = false, percent = false;
    if (auto it = custom.find(id); it != custom.end()) {
      date = format_code_is_date(it->second);
      percent = format_code_is_percent(it->second);
    } else {  // ECMA-376 Part 1, 18.8.30: the built-in formats
      date = (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
      percent = id == 9 || id == 10;
    }
    out.date.push_back(date);
    out.percent.push_back(percent);
  }
  return out;
}

void read_sheet(ZipArchive& zip, const std::string& part, const std::vector<std::string>& shared,
                const CellStyles& styles, const WorkbookLimits& limits, Worksheet& sheet,
                size_t& total_cells) {
  auto xml = zip.read(part);
  if (!xml) fail(zip, "thiếu phần \"" + part + "\" của " + sheet_place(sheet.name) + " — tệp bị hỏng");
  pugi::xml_document doc;
  parse_xml(doc, *xml, zip.display_name(), part);
  pugi::xml_node root = doc.document_element();
  std::string where = sheet_place(sheet.name);
  int row_no = 0;
  for (pugi::xml_node row : child(root, "sheetData").children()) {
    if (local_name(row) != "row") continue;
    pugi::xml_attribute r = attribute(row, "r");
    row_no = r ? r.as_int(0) : row_no + 1;
    if (row_no < 1 || row_no > kMaxRow)
      fail(zip, where + ": số dòng \"" + std::string(r.value()) + "\" không hợp lệ");
    if (row_no > limits.max_rows)
      fail(zip, where + ": có dữ liệu ở dòng " + std::to_string(row_no) + ", quá " +
                    std::to_string(limits.max_rows) + " dòng — xoá các dòng thừa rồi gửi lại");
    int col_no = 0;
    for (pugi::xml_node c : row.children()) {
      if (local_name(c) != "c") continue;
      pugi::xml_attribute cr = attribute(c, "r");
      if (cr) {
        auto pos = parse_cell_ref(cr.value());
        if (!pos || pos->first != row_no)
          fail(zip, where + ": ô có địa chỉ \"" + std::string(cr.value()) + "\" không hợp lệ ở dòng " +
                        std::to_string(row_no) + " — mở tệp bằng Excel hoặc LibreOffice rồi lưu lại");
        col_no = pos->second;
      } else {
        ++col_no;
      }
      if (col_no > limits.max_cols)
        fail(zip, where + ", ô " + cell_ref(row_no, col_no) + ": có dữ liệu ở cột thứ " +
                      std::to_string(col_no) + ", quá " + std::to_string(limits.max_cols) +
                      " cột — xoá các cột thừa rồi gửi lại");
      CellValue v;
      std::string_view type = attribute(c, "t").value();
      pugi::xml_node f = child(c, "f");
      v.formula = static_cast<bool>(f);
      pugi::xml_node val = child(c, "v");
      std::string raw = val.text().get();
      long style = attribute(c, "s").as_int(0);
      if (type == "inlineStr") {
        pugi::xml_node is = child(c, "is");
        if (is) {
          v.kind = CellValue::Kind::Text;
          v.text = string_item_text(is);
        }
      } else if (!val || raw.empty()) {
        // no value: an empty (perhaps styled) cell, or a formula never computed (openpyxl writes <v></v>)
      } else if (type == "s") {
        char* end = nullptr;
        long index = std::strtol(raw.c_str(), &end, 10);
        if (raw.empty() || *end != '\0' || index < 0 || static_cast<size_t>(index) >= shared.size())
          fail(zip, where + ", ô " + cell_ref(row_no, col_no) + ": chỉ tới chuỗi chữ số \"" + raw +
                        "\" không có trong tệp — tệp bị hỏng; mở bằng Excel hoặc LibreOffice rồi lưu lại");
        v.kind = CellValue::Kind::Text;
        v.text = shared[static_cast<size_t>(index)];
      } else if (type == "str") {
        v.kind = CellValue::Kind::Text;
        v.text = raw;
      } else if (type == "b") {
        v.kind = CellValue::Kind::Boolean;
        v.text = raw == "1" || raw == "true" ? "1" : "0";
        v.number = v.text == "1" ? 1 : 0;
      } else if (type == "e") {
        v.kind = CellValue::Kind::Error;
        v.text = raw;
      } else if (type == "d") {  // an ISO 8601 date written as text (strict files, some writers)
        v.kind = CellValue::Kind::Text;
        v.text = raw;
        v.date_style = true;
      } else {
        char* end = nullptr;
        v.number = std::strtod(raw.c_str(), &end);
        if (raw.empty() || *end != '\0' || !std::isfinite(v.number))
          fail(zip, where + ", ô " + cell_ref(row_no, col_no) + ": giá trị số \"" + raw +
                        "\" không đọc được — tệp bị hỏng; mở bằng Excel hoặc LibreOffice rồi lưu lại");
        v.kind = CellValue::Kind::Number;
        v.text = raw;
        if (style >= 0 && static_cast<size_t>(style) < styles.date.size()) {
          v.date_style = styles.date[static_cast<size_t>(style)];
          v.percent_style = styles.percent[static_cast<size_t>(style)];
        }
      }
      if (v.kind == CellValue::Kind::Empty && !v.formula) continue;
      if (++total_cells > limits.max_cells)
        fail(zip, "bảng tính có quá " + std::to_string(limits.max_cells) +
                      " ô có dữ liệu — không phải biểu mẫu báo cáo tiến độ");
      sheet.max_row = std::max(sheet.max_row, row_no);
      sheet.max_col = std::max(sheet.max_col, col_no);
      sheet.cells[{row_no, col_no}] = std::move(v);
    }
  }
  for (pugi::xml_node m : child(root, "mergeCells").children()) {
    if (local_name(m) != "mergeCell") continue;
    auto range = parse_cell_range(attribute(m, "ref").value());
    if (!range)
      fail(zip, where + ": vùng gộp ô \"" + std::string(attribute(m, "ref").value()) + "\" không hợp lệ");
    sheet.merged.push_back(*range);
  }
}

}  // namespace

const CellValue& Worksheet::at(int row, int col) const {
  auto it = cells.find({row, col});
  return it == cells.end() ? kEmpty : it->second;
}

const Worksheet* Workbook::find(const std::string& name) const {
  for (const auto& s : sheets)
    if (s.name == name) return &s;
  return nullptr;
}

std::optional<CivilDate> Workbook::serial_date(double serial) const {
  if (!std::isfinite(serial) || serial < 0 || serial > 3e6) return std::nullopt;
  long days = static_cast<long>(std::floor(serial));
  // 1900 system: day 1 is 1900-01-01 and Excel counts a 29 Feb 1900 that never
  // was, so from day 61 (1900-03-01) the epoch is 1899-12-30. Earlier days are
  // refused rather than read a day off.
  long epoch = date1904 ? CivilDate{1904, 1, 1}.to_days() : CivilDate{1899, 12, 30}.to_days();
  if (!date1904 && days < 61) return std::nullopt;
  CivilDate d = CivilDate::from_days(epoch + days);
  if (d.year > 9999) return std::nullopt;
  return d;
}

std::string column_name(int col) {
  std::string out;
  while (col > 0) {
    int rem = (col - 1) % 26;
    out.insert(out.begin(), static_cast<char>('A' + rem));
    col = (col - 1) / 26;
  }
  return out;
}

std::string cell_ref(int row, int col) {
  if (row < 1 || col < 1) return "";
  return column_name(col) + std::to_string(row);
}

std::optional<std::pair<int, int>> parse_cell_ref(std::string_view ref) {
  size_t i = 0;
  if (i < ref.size() && ref[i] == '$') ++i;
  long col = 0;
  size_t letters = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && letters < 3; ++i, ++letters)
    col = col * 26 + (ref[i] - 'A' + 1);
  if (letters == 0 || col > kMaxCol) return std::nullopt;
  if (i < ref.size() && ref[i] == '$') ++i;
  long row = 0;
  size_t digits = 0;
  for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && digits < 8; ++i, ++digits)
    row = row * 10 + (ref[i] - '0');
  if (digits == 0 || i != ref.size() || row < 1 || row > kMaxRow) return std::nullopt;
  return std::pair<int, int>{static_cast<int>(row), static_cast<int>(col)};
}

std::optional<CellRange> parse_cell_range(std::string_view ref) {
  auto colon = ref.find(':');
  auto a = parse_cell_ref(ref.substr(0, colon));
  auto b = colon == std::string_view::npos ? a : parse_cell_ref(ref.substr(colon + 1));
  if (!a || !b) return std::nullopt;
  return CellRange{std::min(a->first, b->first), std::min(a->second, b->second), std::max(a->first, b->first),
                   std::max(a->second, b->second)};
}

Workbook read_workbook(ZipArchive& zip, const WorkbookLimits& limits) {
  Workbook book;
  std::string wb_part = workbook_part(zip);
  std::string wb_xml = zip.read_required(wb_part, "bảng tính Excel (.xlsx) — hãy lưu biểu mẫu dạng .xlsx");
  pugi::xml_document wb;
  parse_xml(wb, wb_xml, zip.display_name(), wb_part);
  pugi::xml_node root = wb.document_element();
  if (local_name(root) != "workbook")
    fail(zip, "không phải bảng tính Excel (.xlsx) — hãy lưu biểu mẫu dạng .xlsx");
  std::string_view d1904 = attribute(child(root, "workbookPr"), "date1904").value();
  book.date1904 = d1904 == "1" || d1904 == "true";

  // Sheets, shared strings and styles are found through the workbook's
  // relationships; the usual names are the fallback for packages that omit them.
  std::map<std::string, std::string> sheet_parts;  // r:id -> part
  std::string shared_part, styles_part;
  for (const auto& r : read_rels(zip, wb_part)) {
    sheet_parts[r.id] = r.part;
    if (ends_with(r.type, "/sharedStrings")) shared_part = r.part;
    if (ends_with(r.type, "/styles")) styles_part = r.part;
  }
  if (shared_part.empty() && zip.has("xl/sharedStrings.xml")) shared_part = "xl/sharedStrings.xml";
  if (styles_part.empty() && zip.has("xl/styles.xml")) styles_part = "xl/styles.xml";
  std::vector<std::string> shared = read_shared_strings(zip, shared_part, limits);
  CellStyles styles = read_styles(zip, styles_part);

  size_t total_cells = 0;
  std::set<std::string> names;
  for (pugi::xml_node s : child(root, "sheets").children()) {
    if (local_name(s) != "sheet") continue;
    if (book.sheets.size() >= limits.max_sheets)
      fail(zip, "bảng tính có quá " + std::to_string(limits.max_sheets) + " trang");
    Worksheet sheet;
    sheet.name = attribute(s, "name").value();
    std::string_view state = attribute(s, "state").value();
    sheet.hidden = state == "hidden" || state == "veryHidden";
    if (!names.insert(sheet.name).second) fail(zip, "hai trang cùng tên '" + sheet.name + "' — tệp bị hỏng");
    auto it = sheet_parts.find(attribute(s, "id").value());  // r:id
    if (it == sheet_parts.end())
      fail(zip, sheet_place(sheet.name) +
                    ": không tìm thấy nội dung trang — tệp bị hỏng; mở bằng Excel hoặc "
                    "LibreOffice rồi lưu lại");
    read_sheet(zip, it->second, shared, styles, limits, sheet, total_cells);
    book.sheets.push_back(std::move(sheet));
  }
  if (book.sheets.empty()) fail(zip, "bảng tính không có trang nào");
  return book;
}

}  // namespace ck::ooxml
