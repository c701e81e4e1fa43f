#include "progress/read_form.h"

#include <cmath>
#include <cstdio>
#include <map>

#include "progress/form_layout.h"
#include "util/text.h"

namespace ck::progress {

using ooxml::CellValue;

namespace {

constexpr size_t kMaxTextBytes = 4000;  // a cell of notes, not a report pasted whole

std::string quoted(const std::string& s) { return "\"" + (s.size() > 60 ? s.substr(0, 57) + "…" : s) + "\""; }

// The cell as a person reads it: text as is, a number as written.
std::string shown(const CellValue& v) {
  if (v.kind == CellValue::Kind::Boolean) return v.number ? "TRUE" : "FALSE";
  return v.text;
}

std::string status_choices() {
  std::string out;
  for (ReportedStatus s : reportable_statuses()) out += (out.empty() ? "" : ", ") + status_label(s);
  return out;
}

bool whole(double x, int& out) {
  double r = std::round(x);
  if (std::fabs(x - r) > 1e-6 || r < 0 || r > 100) return false;
  out = static_cast<int>(r);
  return true;
}

class SheetReader {
 public:
  SheetReader(const ooxml::Workbook& book, const ooxml::Worksheet& sheet, const CivilDate& today,
              FormReading& out)
      : book_(book), sheet_(sheet), today_(today), out_(out) {}

  void read() {
    FormSheet form;
    form.name = sheet_.name;
    std::string plan_cell = trim(sheet_.at(kPlanCellRow, 1).text);
    auto slash = plan_cell.find('/');
    auto date = CivilDate::parse_iso(trim(sheet_.at(kDateCellRow, 1).text));
    if (slash == std::string::npos || !date) {
      error(kPlanCellRow, 1,
            "ô ẩn ghi kế hoạch và ngày của biểu mẫu đã bị sửa — xuất lại biểu mẫu bằng "
            "\"congkhai progress export\"");
      return;
    }
    form.commune = plan_cell.substr(0, slash);
    form.plan = plan_cell.substr(slash + 1);
    form.date = *date;
    form.agency = normalize_space(sheet_.at(kAgencyCellRow, 1).text);
    if (!find_columns()) return;
    check_merges();
    std::map<std::string, int> seen;  // task id -> row
    for (int row = kFirstTaskRow; row <= sheet_.max_row; ++row) {
      FormRow r = read_row(row);
      if (r.task_id.empty()) {
        if (r.filled())
          error(row, col(Column::Status),
                "dòng này không có mã nhiệm vụ (dòng thêm vào?) — điền vào dòng của nhiệm vụ có sẵn, không "
                "thêm dòng");
        continue;
      }
      if (auto [it, fresh] = seen.emplace(r.task_id, row); !fresh) {
        error(row, col(Column::Number),
              "nhiệm vụ này đã có ở dòng " + std::to_string(it->second) +
                  " — mỗi nhiệm vụ chỉ điền một dòng; xoá dòng chép thêm");
        continue;
      }
      form.rows.push_back(std::move(r));
    }
    out_.sheets.push_back(std::move(form));
  }

 private:
  int col(Column c) const { return cols_.at(c); }

  void error(int row, int c, const std::string& what) {
    out_.errors.push_back(cell_place(sheet_.name, row, c) + ": " + what);
  }

  bool find_columns() {
    for (const ColumnSpec& spec : form_columns()) {
      for (int c = 1; c <= sheet_.max_col; ++c)
        if (normalize_space(sheet_.at(kHeaderRow, c).text) == spec.header) cols_[spec.column] = c;
      if (!cols_.count(spec.column)) {
        out_.errors.push_back(cell_place(sheet_.name, kHeaderRow, column_index(spec.column)) +
                              ": thiếu cột \"" + std::string(spec.header) +
                              "\" ở dòng tiêu đề — không xoá hay đổi tên cột; xuất lại biểu mẫu nếu cần");
        return false;
      }
    }
    return true;
  }

  // A merged range hides every cell but its first: a value typed across
  // several tasks' rows would be read for one task only.
  void check_merges() {
    for (const auto& m : sheet_.merged) {
      if (m.last_row < kFirstTaskRow) continue;
      bool covers_input = false;
      for (const ColumnSpec& spec : form_columns())
        if (spec.input && col(spec.column) >= m.first_col && col(spec.column) <= m.last_col)
          covers_input = true;
      if (covers_input)
        error(m.first_row, m.first_col,
              "các ô " + ooxml::cell_ref(m.first_row, m.first_col) + ":" +
                  ooxml::cell_ref(m.last_row, m.last_col) +
                  " bị gộp — bỏ gộp ô (Merge) để mỗi nhiệm vụ có ô riêng");
    }
  }

  // The cell's value; a formula's cached value is used and noted.
  const CellValue& value(int row, Column c) {
    const CellValue& v = sheet_.at(row, col(c));
    if (v.formula) {
      if (v.kind == CellValue::Kind::Empty)
        error(row, col(c), "ô có công thức chưa tính ra giá trị — ghi thẳng giá trị thay cho công thức");
      else
        out_.notes.push_back(cell_place(sheet_.name, row, col(c)) +
                             ": ô có công thức; dùng giá trị đã tính " + quoted(shown(v)));
    }
    if (v.kind == CellValue::Kind::Error)
      error(row, col(c), "ô báo lỗi " + v.text + " — ghi giá trị thay cho công thức lỗi");
    return v;
  }

  std::string text(int row, Column c, const char* what) {
    const CellValue& v = value(row, c);
    if (v.kind == CellValue::Kind::Error) return "";
    std::string s = trim(shown(v));
    if (v.kind == CellValue::Kind::Number && v.date_style) {
      if (auto d = book_.serial_date(v.number)) s = d->vietnamese();
    }
    if (s.size() > kMaxTextBytes) {
      error(row, col(c),
            std::string(what) + " dài quá " + std::to_string(kMaxTextBytes) +
                " ký tự — ghi tóm tắt, đính kèm văn bản làm minh chứng");
      return "";
    }
    if (find_invalid_utf8(s) != std::string::npos) {
      error(row, col(c), std::string(what) + " có ký tự không đọc được — gõ lại ô này");
      return "";
    }
    return s;
  }

  FormRow read_row(int row) {
    FormRow r;
    r.row = row;
    r.task_id = trim(sheet_.at(row, col(Column::TaskId)).text);
    r.fingerprint = trim(sheet_.at(row, col(Column::Fingerprint)).text);

    const CellValue& st = value(row, Column::Status);
    if (st.kind == CellValue::Kind::Text && !trim(st.text).empty()) {
      r.status = status_from_label(st.text);
      if (!r.status)
        error(row, col(Column::Status),
              "trạng thái " + quoted(trim(st.text)) +
                  " không có trong danh sách — chọn một trong: " + status_choices());
    } else if (st.kind == CellValue::Kind::Number || st.kind == CellValue::Kind::Boolean) {
      error(row, col(Column::Status),
            "trạng thái " + quoted(shown(st)) +
                " không có trong danh sách — chọn một trong: " + status_choices());
    }

    const CellValue& pr = value(row, Column::Progress);
    if (pr.kind == CellValue::Kind::Number) {
      int p = 0;
      double x = pr.percent_style ? pr.number * 100 : pr.number;
      if (whole(x, p))
        r.progress = p;
      else
        error(row, col(Column::Progress),
              "tiến độ phải là số nguyên từ 0 đến 100 (đang là " +
                  quoted(pr.percent_style ? trim_number(x) + "%" : shown(pr)) + ")");
    } else if (pr.kind == CellValue::Kind::Text && !trim(pr.text).empty()) {
      r.progress = parse_progress_text(pr.text);
      if (!r.progress)
        error(row, col(Column::Progress),
              "tiến độ phải là số nguyên từ 0 đến 100 (đang là " + quoted(trim(pr.text)) + ")");
    } else if (pr.kind == CellValue::Kind::Boolean) {
      error(row, col(Column::Progress),
            "tiến độ phải là số nguyên từ 0 đến 100 (đang là " + quoted(shown(pr)) + ")");
    }

    const CellValue& cd = value(row, Column::Completed);
    std::optional<CivilDate> day;
    bool given = false;
    if (cd.kind == CellValue::Kind::Number) {
      given = true;
      day = book_.serial_date(cd.number);
      if (day && (day->year < 2000 || day->year > 2100)) day.reset();
    } else if (cd.kind == CellValue::Kind::Text && !trim(cd.text).empty()) {
      given = true;
      day = parse_date_text(cd.text);
    } else if (cd.kind == CellValue::Kind::Boolean) {
      given = true;
    }
    if (given && !day) {
      error(row, col(Column::Completed),
            "ngày hoàn thành " + quoted(trim(shown(cd))) +
                " không phải ngày — ghi dạng ngày/tháng/năm, ví dụ 15/03/2026");
    } else if (day && today_ < *day) {
      error(row, col(Column::Completed),
            "ngày hoàn thành " + day->vietnamese() + " chưa tới (hôm nay là " + today_.vietnamese() +
                ") — ghi ngày đã hoàn thành thật");
    } else {
      r.completed = day;
    }

    r.done = text(row, Column::Done, "kết quả thực hiện");
    std::string ev = text(row, Column::Evidence, "minh chứng");
    for (std::string item : split_evidence(ev))
      if (!item.empty()) r.evidence.push_back(item);
    r.reason = text(row, Column::Reason, "lý do");
    return r;
  }

  static std::string trim_number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", x);
    return buf;
  }

  // One item per line or per ";".
  static std::vector<std::string> split_evidence(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    for (char ch : s) {
      if (ch == '\n' || ch == ';' || ch == '\r') {
        out.push_back(normalize_space(cur));
        cur.clear();
      } else {
        cur += ch;
      }
    }
    out.push_back(normalize_space(cur));
    return out;
  }

  const ooxml::Workbook& book_;
  const ooxml::Worksheet& sheet_;
  CivilDate today_;
  FormReading& out_;
  std::map<Column, int> cols_;
};

}  // namespace

std::string cell_place(const std::string& sheet, int row, int col) {
  return "Trang '" + sheet + "', ô " + ooxml::cell_ref(row, col);
}

std::optional<int> parse_progress_text(std::string_view text) {
  std::string s = trim(text);
  if (!s.empty() && s.back() == '%') s = trim(s.substr(0, s.size() - 1));
  if (s.empty() || s.size() > 3) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  if (v > 100) return std::nullopt;
  return v;
}

std::optional<CivilDate> parse_date_text(std::string_view text) {
  std::string s = trim(text);
  if (auto iso = CivilDate::parse_iso(s)) return iso;
  int d = 0, m = 0, y = 0;
  char a = 0, b = 0;
  int used = 0;
  if (std::sscanf(s.c_str(), "%2d%c%2d%c%4d%n", &d, &a, &m, &b, &y, &used) == 5 &&
      static_cast<size_t>(used) == s.size() && a == b && (a == '/' || a == '-' || a == '.') && y >= 1000 &&
      CivilDate::valid(y, m, d))
    return CivilDate{y, m, d};
  return std::nullopt;
}

FormReading read_form(const ooxml::Workbook& book, const CivilDate& today) {
  FormReading out;
  for (const auto& sheet : book.sheets) {
    if (trim(sheet.at(1, 1).text) != kFormMarker) continue;
    SheetReader(book, sheet, today, out).read();
  }
  if (out.sheets.empty() && out.errors.empty())
    out.errors.push_back("tệp không có trang biểu mẫu báo cáo tiến độ nào (ô ẩn A1 phải ghi \"" +
                         std::string(kFormMarker) +
                         "\") — dùng biểu mẫu xuất bằng \"congkhai progress export\"");
  return out;
}

}  // namespace ck::progress
