#include "progress/export_form.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cmath>
#include <system_error>

#include "derive/agencies.h"
#include "derive/status.h"
#include "model/task_kind.h"
#include "progress/form_layout.h"

namespace ck::progress {

namespace {

constexpr const char* kFont =
    "Times New Roman";  // Nghị định 30/2020; LibreOffice substitutes Liberation Serif

struct Formats {
  lxw_format* title;
  lxw_format* subtitle;
  lxw_format* instruction;
  lxw_format* header_locked;
  lxw_format* header_input;
  lxw_format* locked;
  lxw_format* locked_centre;
  lxw_format* input;
  lxw_format* input_percent;
  lxw_format* input_date;
  lxw_format* hidden;
};

lxw_format* base_format(lxw_workbook* wb, double size) {
  lxw_format* f = workbook_add_format(wb);
  format_set_font_name(f, kFont);
  format_set_font_size(f, size);
  return f;
}

lxw_format* cell_format(lxw_workbook* wb, bool input) {
  lxw_format* f = base_format(wb, 11);
  format_set_text_wrap(f);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(f, LXW_BORDER_THIN);
  format_set_border_color(f, 0xA6A6A6);
  if (input) {
    format_set_bg_color(f, 0xFFF2CC);  // pale yellow: "write here"
    format_set_unlocked(f);
  } else {
    format_set_bg_color(f, 0xEDEDED);  // grey: read-only
    format_set_font_color(f, 0x404040);
  }
  return f;
}

Formats make_formats(lxw_workbook* wb) {
  Formats f{};
  f.title = base_format(wb, 14);
  format_set_bold(f.title);
  format_set_align(f.title, LXW_ALIGN_CENTER);
  format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(f.title);
  f.subtitle = base_format(wb, 12);
  format_set_italic(f.subtitle);
  format_set_align(f.subtitle, LXW_ALIGN_CENTER);
  format_set_text_wrap(f.subtitle);
  f.instruction = base_format(wb, 11);
  format_set_text_wrap(f.instruction);
  format_set_align(f.instruction, LXW_ALIGN_VERTICAL_TOP);
  for (lxw_format** h : {&f.header_locked, &f.header_input}) {
    bool input = h == &f.header_input;
    *h = base_format(wb, 11);
    format_set_bold(*h);
    format_set_text_wrap(*h);
    format_set_align(*h, LXW_ALIGN_CENTER);
    format_set_align(*h, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(*h, LXW_BORDER_THIN);
    format_set_bg_color(*h, input ? 0xFFD966 : 0xBFBFBF);
  }
  f.locked = cell_format(wb, false);
  f.locked_centre = cell_format(wb, false);
  format_set_align(f.locked_centre, LXW_ALIGN_CENTER);
  f.input = cell_format(wb, true);
  f.input_percent = cell_format(wb, true);
  format_set_align(f.input_percent, LXW_ALIGN_CENTER);
  f.input_date = cell_format(wb, true);
  format_set_num_format(f.input_date, "dd/mm/yyyy");
  format_set_align(f.input_date, LXW_ALIGN_CENTER);
  f.hidden = base_format(wb, 8);
  return f;
}

std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : "\n") + s;
  return out;
}

// Excel and LibreOffice do not grow a row for wrapped text written by a
// program, so the height is estimated: the most lines any cell needs.
double row_height(const std::vector<std::pair<std::string, double>>& cells) {
  int lines = 1;
  for (const auto& [text, width] : cells) {
    int cell_lines = 0;
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      size_t chars = 0;  // code points
      for (size_t i = start; i < end; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
      // ~1.15 characters of 11 pt Times per unit of column width
      cell_lines += std::max(1, static_cast<int>(std::ceil(static_cast<double>(chars) / (width * 1.3))));
      start = end + 1;
    }
    lines = std::max(lines, cell_lines);
  }
  return 14.5 * lines + 3;
}

bool concerns_agency(const Task& task, const AgencyIndex& index, const std::string& agency_id) {
  if (agency_id.empty()) return true;
  for (const auto* names : {&task.lead, &task.partners})
    for (const auto& n : *names)
      if (index.id_for(n) == agency_id) return true;
  return false;
}

void write_sheet(lxw_workbook* wb, const Formats& f, const ExportRequest& req, const Plan& plan,
                 const AgencyIndex& agencies, size_t& task_rows) {
  std::string name = sheet_name_for(plan);
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  const auto& cols = form_columns();
  const lxw_col_t last_col = static_cast<lxw_col_t>(cols.size() - 1);
  for (size_t i = 0; i < cols.size(); ++i) {
    lxw_row_col_options opt{};
    opt.hidden = (cols[i].column == Column::TaskId || cols[i].column == Column::Fingerprint) ? 1 : 0;
    worksheet_set_column_opt(ws, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), cols[i].width, nullptr,
                             &opt);
  }
  const lxw_col_t first_visible = static_cast<lxw_col_t>(column_index(Column::Number) - 1);

  // The form's identity, in the hidden column.
  worksheet_write_string(ws, kTitleRow - 1, 0, std::string(kFormMarker).c_str(), f.hidden);
  worksheet_write_string(ws, kPlanCellRow - 1, 0, (req.commune->id + "/" + plan.id).c_str(), f.hidden);
  worksheet_write_string(ws, kDateCellRow - 1, 0, req.date.iso().c_str(), f.hidden);

  std::string title = "BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ\n" + plan.title;
  std::string agency_note;
  if (!req.agency_id.empty())
    if (const AgencyTasks* a = agencies.find(req.agency_id)) {
      agency_note = " — Cơ quan: " + a->agency.name;
      worksheet_write_string(ws, kAgencyCellRow - 1, 0, a->agency.name.c_str(), f.hidden);
    }
  std::string subtitle = req.commune->name + (plan.doc_number.empty() ? "" : " — Số " + plan.doc_number) +
                         agency_note + " — Số liệu tính đến ngày " + req.date.vietnamese();
  std::string instruction =
      "Cách điền: chỉ điền các cột màu vàng, mỗi dòng một nhiệm vụ; để trống ô nào là giữ nguyên nội dung "
      "đó. "
      "Trạng thái chọn trong danh sách; Tiến độ là số từ 0 đến 100 (40, 40% đều được); Ngày hoàn thành dạng "
      "ngày/tháng/năm; ghi Lý do khi lùi trạng thái hoặc giảm tiến độ. Không sửa các cột màu xám, không xoá "
      "hay thêm cột. Gửi lại: tải tệp này lên thư mục bao-cao/ của kho nội dung, hoặc gửi Văn phòng HĐND và "
      "UBND.";
  worksheet_merge_range(ws, kTitleRow - 1, first_visible, kTitleRow - 1, last_col, title.c_str(), f.title);
  worksheet_set_row(ws, kTitleRow - 1, 40, nullptr);
  worksheet_merge_range(ws, kSubtitleRow - 1, first_visible, kSubtitleRow - 1, last_col, subtitle.c_str(),
                        f.subtitle);
  worksheet_set_row(ws, kSubtitleRow - 1, 20, nullptr);
  worksheet_merge_range(ws, kInstructionRow - 1, first_visible, kInstructionRow - 1, last_col,
                        instruction.c_str(), f.instruction);
  worksheet_set_row(ws, kInstructionRow - 1, 45, nullptr);

  for (size_t i = 0; i < cols.size(); ++i)
    worksheet_write_string(ws, kHeaderRow - 1, static_cast<lxw_col_t>(i), std::string(cols[i].header).c_str(),
                           cols[i].input ? f.header_input : f.header_locked);
  worksheet_set_row(ws, kHeaderRow - 1, 62, nullptr);

  StatusOptions status_options{req.date, req.due_soon_days};
  auto kinds = classify_rows(plan);
  lxw_row_t row = kFirstTaskRow - 1;
  for (size_t t = 0; t < plan.tasks.size(); ++t) {
    const Task& task = plan.tasks[t];
    if (kinds[t] != RowKind::Task || !concerns_agency(task, agencies, req.agency_id)) continue;
    auto put = [&](Column c, const std::string& text, lxw_format* fmt) {
      worksheet_write_string(ws, row, static_cast<lxw_col_t>(column_index(c) - 1), text.c_str(), fmt);
    };
    std::string progress_now = task.progress ? std::to_string(*task.progress) + "%" : "—";
    put(Column::TaskId, task.id, f.hidden);
    put(Column::Fingerprint, task_fingerprint(task), f.hidden);
    put(Column::Number, task_display_number(plan, task), f.locked_centre);
    put(Column::Text, task.text, f.locked);
    put(Column::Lead, join_lines(task.lead), f.locked);
    put(Column::Partners, join_lines(task.partners), f.locked);
    put(Column::DeadlineText, task.deadline.text, f.locked);
    put(Column::DeadlineRead, deadline_reading(task.deadline), f.locked);
    put(Column::StatusNow, std::string(task_status_label(derive_status(task, status_options).status)),
        f.locked);
    put(Column::ProgressNow, progress_now, f.locked_centre);
    for (Column c : {Column::Status, Column::Done, Column::Evidence, Column::Reason})
      worksheet_write_blank(ws, row, static_cast<lxw_col_t>(column_index(c) - 1), f.input);
    worksheet_write_blank(ws, row, static_cast<lxw_col_t>(column_index(Column::Progress) - 1),
                          f.input_percent);
    worksheet_write_blank(ws, row, static_cast<lxw_col_t>(column_index(Column::Completed) - 1), f.input_date);
    auto w = [](Column c) { return column_spec(c).width; };
    worksheet_set_row(ws, row,
                      row_height({{task.text, w(Column::Text)},
                                  {join_lines(task.lead), w(Column::Lead)},
                                  {join_lines(task.partners), w(Column::Partners)},
                                  {task.deadline.text, w(Column::DeadlineText)},
                                  {deadline_reading(task.deadline), w(Column::DeadlineRead)}}),
                      nullptr);
    ++row;
    ++task_rows;
  }
  lxw_row_t last_row = row == kFirstTaskRow - 1 ? row : row - 1;

  // Drop-down of the statuses an agency reports; checks on progress and date
  // warn (Excel lets "40%" through as 0.4, which apply reads as 40).
  std::vector<std::string> labels;
  for (ReportedStatus s : reportable_statuses()) labels.push_back(status_label(s));
  std::vector<const char*> label_ptrs;
  for (const auto& l : labels) label_ptrs.push_back(l.c_str());
  label_ptrs.push_back(nullptr);
  auto range = [&](Column c, lxw_data_validation* v) {
    lxw_col_t col = static_cast<lxw_col_t>(column_index(c) - 1);
    worksheet_data_validation_range(ws, kFirstTaskRow - 1, col,
                                    std::max<lxw_row_t>(last_row, kFirstTaskRow - 1), col, v);
  };
  lxw_data_validation status{};
  status.validate = LXW_VALIDATION_TYPE_LIST;
  status.value_list = const_cast<char**>(label_ptrs.data());
  status.error_title = const_cast<char*>("Trạng thái");
  status.error_message = const_cast<char*>("Chọn một trạng thái trong danh sách.");
  range(Column::Status, &status);
  lxw_data_validation progress{};
  progress.validate = LXW_VALIDATION_TYPE_DECIMAL;
  progress.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  progress.minimum_number = 0;
  progress.maximum_number = 100;
  progress.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
  progress.error_title = const_cast<char*>("Tiến độ");
  progress.error_message = const_cast<char*>("Tiến độ là số từ 0 đến 100 (phần trăm).");
  range(Column::Progress, &progress);
  lxw_data_validation date{};
  date.validate = LXW_VALIDATION_TYPE_DATE;
  date.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  date.minimum_datetime = {2000, 1, 1, 0, 0, 0};
  date.maximum_datetime = {2100, 12, 31, 0, 0, 0};
  date.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
  date.error_title = const_cast<char*>("Ngày hoàn thành");
  date.error_message = const_cast<char*>("Ghi ngày dạng ngày/tháng/năm, ví dụ 15/03/2026.");
  range(Column::Completed, &date);

  worksheet_autofilter(ws, kHeaderRow - 1, first_visible, last_row, last_col);
  worksheet_freeze_panes(ws, kFirstTaskRow - 1, 0);
  lxw_protection protection{};
  protection.format_columns = 1;
  protection.format_rows = 1;
  protection.sort = 1;
  protection.autofilter = 1;
  worksheet_protect(ws, nullptr, &protection);  // no password: it guards against slips, not people

  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_set_margins(ws, 0.4, 0.4, 0.5, 0.6);
  worksheet_fit_to_pages(ws, 1, 0);  // one page wide, as many tall as needed
  worksheet_repeat_rows(ws, kHeaderRow - 1, kHeaderRow - 1);
  worksheet_set_footer(ws, "&C&\"Times New Roman\"&10Trang &P/&N");
}

}  // namespace

ExportResult export_form(const ExportRequest& req) {
  ExportResult result;
  AgencyIndex agencies(*req.commune);
  std::filesystem::path dir = req.out.parent_path().empty() ? "." : req.out.parent_path();
  if (std::error_code ec;
      !std::filesystem::is_directory(dir, ec)) {  // before libxlsxwriter prints its own English error
    result.error =
        req.out.string() + ": không có thư mục " + dir.string() + " — tạo thư mục trước, hoặc chọn nơi khác";
    return result;
  }
  // Written beside the target, then renamed over it: a failed export leaves the old form.
  std::filesystem::path tmp = req.out;
  tmp += ".tam-" + std::to_string(::getpid());
  lxw_workbook_options options{};
  lxw_workbook* wb = workbook_new_opt(tmp.c_str(), &options);
  if (!wb) {
    result.error = req.out.string() + ": không tạo được tệp (thư mục không có hoặc không có quyền ghi)";
    return result;
  }
  Formats f = make_formats(wb);
  std::string title = "Báo cáo tiến độ — " + req.commune->name;
  lxw_doc_properties props{};
  props.title = const_cast<char*>(title.c_str());
  props.comments = const_cast<char*>(kFormMarker.data());
  props.created =
      static_cast<time_t>(req.date.to_days()) * 86400;  // the same form for the same data and date
  workbook_set_properties(wb, &props);
  for (const Plan* plan : req.plans) write_sheet(wb, f, req, *plan, agencies, result.task_rows);
  lxw_error err = workbook_close(wb);
  std::error_code ec;
  if (err != LXW_NO_ERROR) {
    std::filesystem::remove(tmp, ec);
    result.error = req.out.string() + ": không ghi được tệp (" + lxw_strerror(err) + ")";
    return result;
  }
  std::filesystem::rename(tmp, req.out, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    result.error = req.out.string() + ": không ghi được tệp (" + ec.message() + ")";
    return result;
  }
  result.ok = true;
  return result;
}

}  // namespace ck::progress
