#include "progress/apply_form.h"

#include <nlohmann/json.hpp>

#include "load/plan_data.h"
#include "load/portal_loader.h"
#include "ooxml/workbook.h"
#include "progress/form_changes.h"
#include "progress/git_commit.h"
#include "progress/json_edit.h"
#include "progress/read_form.h"
#include "util/replace_file.h"

namespace ck::progress {

namespace {

std::string read_all(const std::filesystem::path& p, bool& ok) {
  std::string out;
  std::FILE* f = std::fopen(p.c_str(), "rb");
  ok = f != nullptr;
  if (!f) return out;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return out;
}

// The edits of one plan applied to its JSON text.
bool edit_text(const PlanEdits& plan, std::string& text, std::string& error) {
  PlanJsonEditor ed(text);
  for (const TaskEdit& e : plan.edits) {
    bool ok = true;
    if (e.status) ok = ok && ed.set(e.task_id, "trang_thai", std::string(reported_status_key(*e.status)));
    if (e.progress) ok = ok && ed.set(e.task_id, "tien_do", *e.progress);
    if (e.remove_completed && !e.completed) ok = ok && ed.remove(e.task_id, "ngay_hoan_thanh");
    if (e.completed) ok = ok && ed.set(e.task_id, "ngay_hoan_thanh", e.completed->iso());
    if (e.update) {
      nlohmann::ordered_json u;
      u["ngay"] = e.update->date.iso();
      u["noi_dung"] = e.update->note;
      if (!e.update->evidence.empty()) u["minh_chung"] = e.update->evidence;
      ok = ok && ed.append(e.task_id, "cap_nhat", u);
    }
    if (!ok) {
      error = plan.plan->data_path + ": " + ed.error();
      return false;
    }
  }
  text = ed.text();
  return true;
}

// Who reported: the agency every sheet was exported for, or nobody in
// particular (a whole-plan form, sheets for different agencies).
std::string reporting_agency(const FormReading& reading) {
  std::string agency;
  for (const FormSheet& sheet : reading.sheets) {
    if (sheet.agency.empty() || (!agency.empty() && sheet.agency != agency)) return {};
    agency = sheet.agency;
  }
  return agency;
}

// The subject is shown to citizens in the changelog and feeds, so it names the
// reporting agency, never the uploaded file; the file stays in the trailer for
// `git log --grep='^Bieu-mau:'`.
std::string commit_message(const FormChanges& changes, const std::string& agency, const std::string& form_name) {
  size_t tasks = 0;
  for (const auto& p : changes.plans) tasks += p.edits.size();
  std::string msg = "Cập nhật tiến độ " + std::to_string(tasks) + " nhiệm vụ theo báo cáo " +
                    (agency.empty() ? std::string("tiến độ") : "của " + agency) + "\n\n";
  std::string reasons;
  for (const auto& p : changes.plans)
    for (const auto& e : p.edits) {
      msg += "- " + (changes.plans.size() > 1 ? p.plan->id + ", " : "") + e.words + "\n";
      if (!e.reason.empty()) reasons += "Ly-do: " + e.label + ": " + e.reason + "\n";
    }
  msg += "\n" + reasons + "Bieu-mau: " + form_name + "\n";
  return msg;
}

}  // namespace

ApplyResult apply_form(const ApplyRequest& req) {
  ApplyResult r;
  std::string form_name = req.form.filename().string();
  ooxml::Workbook book;
  try {
    auto zip = ooxml::ZipArchive::open_file(req.form.string(), {}, form_name);
    book = ooxml::read_workbook(zip);
  } catch (const ooxml::PackageError& e) {
    r.exit_code = 1;
    r.output = std::string("lỗi: ") + e.what() + "\n";
    return r;
  }
  FormReading reading = read_form(book, req.today);
  Diagnostics diags;
  auto portal = load_portal(req.source, diags);
  if (!portal || diags.has_errors()) {
    r.exit_code = 1;
    r.output = diags.format_all() + "Kho nội dung có lỗi: sửa các lỗi trên trước khi nhập biểu mẫu.\n";
    return r;
  }
  FormChanges changes = form_changes(*portal, reading);
  std::vector<std::string> errors = reading.errors;
  errors.insert(errors.end(), changes.errors.begin(), changes.errors.end());
  for (const auto& n : reading.notes) r.output += "lưu ý: " + n + "\n";
  if (!errors.empty()) {
    r.exit_code = 1;
    r.output += form_name + ": " + std::to_string(errors.size()) + " lỗi, chưa thay đổi gì:\n";
    for (const auto& e : errors) r.output += "  " + e + "\n";
    if (!changes.conflicts.empty())
      r.output += std::to_string(changes.conflicts.size()) +
                  " nhiệm vụ xung đột: đã có người cập nhật sau khi biểu mẫu được xuất.\n";
    return r;
  }
  if (changes.plans.empty()) {
    r.output += form_name + ": không có gì thay đổi" +
                (changes.unchanged_rows
                     ? " (" + std::to_string(changes.unchanged_rows) +
                           " dòng đã điền trùng với dữ liệu hiện có — biểu mẫu đã được nhập trước đây)"
                     : " (biểu mẫu chưa điền dòng nào)") +
                ".\n";
    return r;
  }

  // Every new text is made and checked before any file is written.
  std::vector<std::pair<std::filesystem::path, std::string>> writes;
  for (const PlanEdits& p : changes.plans) {
    std::filesystem::path file = req.source / p.plan->data_path;
    bool ok = false;
    std::string text = read_all(file, ok), error;
    if (!ok || !edit_text(p, text, error)) {
      r.exit_code = 1;
      r.output += "lỗi: " + (ok ? error : file.string() + ": không đọc được") + "\n";
      return r;
    }
    Plan check;
    check.period = p.plan->period;
    Diagnostics after;
    load_plan_data(text, p.plan->data_path, check, after);
    if (after.has_errors()) {  // a bug here, never the clerk's: say so and write nothing
      r.exit_code = 1;
      r.output += after.format_all() +
                  "lỗi: tệp sau khi sửa không hợp lệ — chưa ghi gì; báo lỗi này cho người "
                  "quản trị\n";
      return r;
    }
    writes.emplace_back(file, std::move(text));
  }

  size_t tasks = 0;
  for (const auto& p : changes.plans) tasks += p.edits.size();
  r.output += form_name + ": " + std::to_string(tasks) + " nhiệm vụ thay đổi:\n";
  for (const auto& p : changes.plans) {
    r.output += "  " + p.commune->name + " — " + p.plan->title + " (" + p.plan->data_path + ")\n";
    for (const auto& e : p.edits) r.output += "    " + e.words + "\n";
  }
  if (changes.unchanged_rows)
    r.output += "  (" + std::to_string(changes.unchanged_rows) + " dòng khác trùng với dữ liệu hiện có)\n";
  if (req.dry_run) {
    r.output += "--dry-run: chưa ghi gì.\n";
    return r;
  }
  if (req.commit) {  // an unknown author or a date git would not read: say so before writing anything
    std::string problem = commit_problem({req.source, {}, "", req.author});
    if (!problem.empty()) {
      r.exit_code = 1;
      r.output += "lỗi: " + problem + " — chưa ghi gì\n";
      return r;
    }
  }
  std::vector<std::filesystem::path> written;
  for (const auto& [file, text] : writes) {
    std::string error;
    if (!replace_file(file, text, error)) {
      r.exit_code = 1;
      r.output += "lỗi: " + error + "\n";
      return r;
    }
    written.push_back(file);
  }
  r.output += "Đã ghi " + std::to_string(written.size()) + " tệp.\n";
  if (req.commit) {
    std::string error;
    r.commit = commit_files({req.source, written, commit_message(changes, reporting_agency(reading), form_name), req.author}, error);
    if (r.commit.empty()) {
      r.exit_code = 1;
      r.output += "lỗi: " + error + " (tệp đã ghi, chưa commit)\n";
      return r;
    }
    r.output += "Đã commit " + r.commit.substr(0, 7) + ".\n";
  }
  return r;
}

}  // namespace ck::progress
