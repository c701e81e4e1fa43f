#include "progress/form_changes.h"

#include <map>

#include "model/task_kind.h"
#include "progress/form_layout.h"

namespace ck::progress {

namespace {

// Forward order of the work; cancelled / adjusted stand aside (-1).
int rank(ReportedStatus s) {
  switch (s) {
    case ReportedStatus::NoReport:
      return 0;
    case ReportedStatus::NotStarted:
      return 1;
    case ReportedStatus::InProgress:
      return 2;
    case ReportedStatus::Done:
      return 3;
    default:
      return -1;
  }
}

std::string percent(const std::optional<int>& p) { return p ? std::to_string(*p) + "%" : "—"; }
std::string day(const std::optional<CivilDate>& d) { return d ? d->vietnamese() : "—"; }

bool same_update(const Update& a, const Update& b) {
  return a.date == b.date && a.note == b.note && a.evidence == b.evidence;
}

class RowChecker {
 public:
  RowChecker(const FormSheet& sheet, FormChanges& out) : sheet_(sheet), out_(out) {}

  void error(const FormRow& row, Column c, const std::string& what) {
    out_.errors.push_back(cell_place(sheet_.name, row.row, column_index(c)) + ": " + what);
  }

  // The edit the row asks for, or nullopt when it asks for nothing new (or is wrong: errors say why).
  std::optional<TaskEdit> check(const Plan& plan, const Task& task, const FormRow& row) {
    TaskEdit e;
    e.task_id = task.id;
    e.label = "Nhiệm vụ " + task_display_number(plan, task);
    size_t errors_before = out_.errors.size();
    ReportedStatus status = row.status.value_or(task.status);
    std::optional<int> progress = row.progress ? row.progress : task.progress;
    std::optional<CivilDate> completed = row.completed ? row.completed : task.completed;
    if (row.completed && status != ReportedStatus::Done)
      error(row, Column::Completed,
            "chỉ ghi ngày hoàn thành khi trạng thái là \"" + status_label(ReportedStatus::Done) +
                "\" — chọn trạng thái đó, hoặc xoá ngày");
    if (status == ReportedStatus::Done && row.progress && *row.progress < 100)
      error(row, Column::Progress,
            "nhiệm vụ \"" + status_label(ReportedStatus::Done) + "\" thì tiến độ là 100 (đang là " +
                std::to_string(*row.progress) + ") — sửa tiến độ hoặc trạng thái");
    if (status != ReportedStatus::Done && task.status == ReportedStatus::Done && task.completed) {
      e.remove_completed = true;
      completed.reset();
    }
    if (!row.evidence.empty() && row.done.empty())
      error(row, Column::Done, "có minh chứng nhưng chưa ghi kết quả thực hiện — ghi ngắn gọn việc đã làm");
    if (!row.done.empty()) {
      Update u{sheet_.date, row.done, row.evidence};
      bool present = false;
      for (const auto& existing : task.updates) present = present || same_update(existing, u);
      if (!present) e.update = u;
    }
    if (status != task.status) e.status = status;
    if (progress != task.progress) e.progress = progress;
    if (completed != task.completed && completed) e.completed = completed;

    bool changes = e.status || e.progress || e.completed || e.remove_completed || e.update;
    bool back = e.status && (rank(status) < rank(task.status) || rank(status) < 0 || rank(task.status) < 0);
    bool lower = e.progress && task.progress && *e.progress < *task.progress;
    if ((back || lower) && row.reason.empty()) {
      std::string what;
      if (!back)
        what = "tiến độ giảm từ " + percent(task.progress) + " xuống " + percent(e.progress);
      else if (rank(status) >= 0 && rank(task.status) >= 0)
        what = "trạng thái lùi từ \"" + status_label(task.status) + "\" về \"" + status_label(status) + "\"";
      else
        what =
            "trạng thái đổi từ \"" + status_label(task.status) + "\" sang \"" + status_label(status) + "\"";
      error(row, Column::Reason, what + " — ghi lý do vào cột Lý do");
    }
    if (out_.errors.size() != errors_before) return std::nullopt;
    if (!changes) {
      if (row.filled()) ++out_.unchanged_rows;
      return std::nullopt;
    }
    if (row.fingerprint != task_fingerprint(task)) {
      std::string now = "trạng thái \"" + status_label(task.status) + "\", tiến độ " + percent(task.progress);
      std::string msg = cell_place(sheet_.name, row.row, column_index(Column::Number)) + ": " + e.label +
                        " đã được cập nhật sau khi xuất biểu mẫu (nay là " + now +
                        ") — không ghi đè; xuất biểu mẫu mới, điền lại dòng này rồi gửi lại";
      out_.conflicts.push_back(msg);
      out_.errors.push_back(msg);
      return std::nullopt;
    }
    e.reason = row.reason;
    std::string w;
    auto part = [&](const std::string& s) { w += (w.empty() ? "" : "; ") + s; };
    if (e.status) part("Trạng thái " + status_label(task.status) + " → " + status_label(status));
    if (e.progress) part("Tiến độ " + percent(task.progress) + " → " + percent(e.progress));
    if (e.completed) part("Ngày hoàn thành " + day(task.completed) + " → " + day(e.completed));
    if (e.remove_completed && !e.completed) part("Bỏ ngày hoàn thành " + day(task.completed));
    if (e.update) {
      std::string ev;
      for (const auto& x : e.update->evidence) ev += (ev.empty() ? "" : "; ") + x;
      part("Thêm cập nhật ngày " + e.update->date.vietnamese() + ": " + e.update->note +
           (ev.empty() ? "" : " (minh chứng: " + ev + ")"));
    }
    if (!e.reason.empty()) part("Lý do: " + e.reason);
    e.words = e.label + ": " + w;
    return e;
  }

 private:
  const FormSheet& sheet_;
  FormChanges& out_;
};

}  // namespace

FormChanges form_changes(const Portal& portal, const FormReading& form) {
  FormChanges out;
  std::map<const Plan*, size_t> plan_slot;
  for (const FormSheet& sheet : form.sheets) {
    const Commune* commune = portal.find_commune(sheet.commune);
    const Plan* plan = portal.find_plan(sheet.commune, sheet.plan);
    if (!commune || !plan) {
      out.errors.push_back(cell_place(sheet.name, kPlanCellRow, 1) + ": biểu mẫu của kế hoạch \"" +
                           sheet.commune + "/" + sheet.plan +
                           "\" nhưng kho nội dung không có kế hoạch đó — gửi đúng kho, hoặc "
                           "xuất lại biểu mẫu");
      continue;
    }
    auto kinds = classify_rows(*plan);
    RowChecker checker(sheet, out);
    for (const FormRow& row : sheet.rows) {
      size_t index = plan->tasks.size();
      for (size_t i = 0; i < plan->tasks.size(); ++i)
        if (plan->tasks[i].id == row.task_id) index = i;
      if (index == plan->tasks.size()) {
        if (row.filled())
          checker.error(row, Column::Number,
                        "nhiệm vụ mã \"" + row.task_id +
                            "\" không còn trong kế hoạch — xuất biểu mẫu mới rồi điền lại");
        continue;
      }
      if (kinds[index] != RowKind::Task) {
        if (row.filled())
          checker.error(row, Column::Number,
                        "dòng này là dòng tiêu đề nhóm, không phải nhiệm vụ — báo cáo ở "
                        "các dòng con");
        continue;
      }
      auto edit = checker.check(*plan, plan->tasks[index], row);
      if (!edit) continue;
      auto [it, fresh] = plan_slot.emplace(plan, out.plans.size());
      if (fresh) out.plans.push_back({commune, plan, {}});
      out.plans[it->second].edits.push_back(std::move(*edit));
    }
  }
  return out;
}

}  // namespace ck::progress
