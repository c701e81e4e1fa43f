#include "history/plan_snapshot.h"

#include <algorithm>
#include <unordered_map>

#include "history/json_text.h"
#include "history/messages.h"
#include "history/utf8.h"
#include "util/text.h"

namespace ck::history {

namespace {

constexpr std::array<std::string_view, kTaskFieldCount> kFieldKeys = {"so",
                                                                      "phan",
                                                                      "thuoc",
                                                                      "noi_dung",
                                                                      "co_quan_chu_tri",
                                                                      "co_quan_phoi_hop",
                                                                      "thoi_han",
                                                                      "cach_hieu_thoi_han",
                                                                      "san_pham",
                                                                      "trang_thai",
                                                                      "tien_do",
                                                                      "ngay_hoan_thanh"};

// "2026-03-02: note (evidence; evidence)"
std::string update_line(JsonText& in) {
  if (in.peek() != '{') return in.display();
  std::string ngay, noi_dung, minh_chung, key;
  in.begin_object();
  while (in.ok() && in.next_key(key)) {
    if (key == "ngay")
      ngay = in.display();
    else if (key == "noi_dung")
      noi_dung = in.display();
    else if (key == "minh_chung")
      minh_chung = in.display();
    else
      in.skip();
  }
  std::string line = ngay.empty() ? "" : ngay + ": ";
  line += noi_dung;
  if (!minh_chung.empty()) line += " (" + minh_chung + ")";
  return line;
}

void read_field(JsonText& in, const std::string& key, TaskSnapshot& task, bool& has_id) {
  if (key == "ma") {
    has_id = in.peek() == '"';
    task.id = in.display();
  } else if (key == "ma_cu") {
    task.previous_id = in.display();
  } else if (key == "cap_nhat") {
    task.updates.clear();
    if (in.peek() != '[') return in.skip();
    in.begin_array();
    while (in.ok() && in.next_element()) task.updates.push_back(update_line(in));
  } else if (auto f = std::find(kFieldKeys.begin(), kFieldKeys.end(), key); f != kFieldKeys.end()) {
    task.values[static_cast<size_t>(f - kFieldKeys.begin())] = in.display();
  } else {
    in.skip();
  }
}

std::string_view span_text(std::string_view text, const Span& s) { return text.substr(s.offset, s.length); }

// Reuses the neighbour's parsed task when the text is identical: at the same
// index, or, when tasks were added or removed, anywhere (hashing every task
// text only then: it costs more than the rest of an ordinary version).
class TaskReuse {
 public:
  TaskReuse(const PlanSnapshot* n, size_t count) : n_(n), count_(count) {}

  const std::shared_ptr<const TaskSnapshot>* find(std::string_view text, size_t index) {
    if (!n_) return nullptr;
    if (index < n_->spans.size() && span_text(n_->text, n_->spans[index]) == text) return &n_->tasks[index];
    if (n_->spans.size() == count_) return nullptr;
    if (by_text_.empty())
      for (size_t i = 0; i < n_->spans.size(); ++i) by_text_.emplace(span_text(n_->text, n_->spans[i]), i);
    auto it = by_text_.find(text);
    return it == by_text_.end() ? nullptr : &n_->tasks[it->second];
  }

 private:
  const PlanSnapshot* n_;
  size_t count_;  // tasks in the version being read
  std::unordered_map<std::string_view, size_t> by_text_;
};

}  // namespace

std::string_view task_field_key(size_t field) { return field < kTaskFieldCount ? kFieldKeys[field] : ""; }

TaskParse parse_task(std::string_view json_text) {
  if (first_invalid_utf8(json_text) != std::string_view::npos) return {false, nullptr};
  JsonText in(json_text);
  if (in.peek() != '{') {
    in.skip();
    return {in.ok(), nullptr};
  }
  auto task = std::make_shared<TaskSnapshot>();
  bool has_id = false;
  std::string key;
  in.begin_object();
  while (in.ok() && in.next_key(key)) read_field(in, key, *task, has_id);
  if (!in.ok()) return {false, nullptr};
  if (!has_id || task->id.empty()) return {true, nullptr};
  if (task->values[kTrangThai].empty()) task->values[kTrangThai] = "chua_cap_nhat";
  return {true, std::move(task)};
}

PlanSnapshot make_plan_snapshot(std::string text, const PlanSnapshot* neighbour) {
  auto owned = std::make_shared<const std::string>(std::move(text));
  std::string_view view = *owned;
  return make_plan_snapshot(view, std::move(owned), neighbour);
}

PlanSnapshot make_plan_snapshot(std::string_view text, std::shared_ptr<const void> owner,
                                const PlanSnapshot* neighbour) {
  PlanSnapshot snap;
  snap.text = text;
  snap.owner = std::move(owner);
  PlanScan scan = neighbour ? scan_plan_json_after(snap.text, neighbour->text, neighbour->spans)
                            : scan_plan_json(snap.text);
  if (!scan.ok) {
    auto [line, col] = line_col_at(snap.text, scan.error_offset);
    snap.error = msg::invalid_json(line, col);
    return snap;
  }
  if (!scan.has_tasks) {
    snap.error = msg::no_task_list();
    return snap;
  }
  snap.spans = std::move(scan.tasks);
  size_t n = snap.spans.size();
  snap.tasks.reserve(n);
  TaskReuse reuse(neighbour, n);
  for (size_t i = 0; i < n; ++i) {
    std::shared_ptr<const TaskSnapshot> task;
    if (i < scan.same_head) {
      task = neighbour->tasks[i];  // known identical: no comparison needed
    } else if (n - i <= scan.same_tail) {
      task = neighbour->tasks[neighbour->tasks.size() - (n - i)];
    } else if (auto* same = reuse.find(span_text(snap.text, snap.spans[i]), i)) {
      task = *same;
    } else {
      TaskParse parsed = parse_task(span_text(snap.text, snap.spans[i]));
      ++snap.parsed;
      if (!parsed.valid) {
        snap.error = msg::invalid_utf8_task(i);
        snap.spans.clear();
        snap.tasks.clear();
        return snap;
      }
      task = std::move(parsed.task);
    }
    snap.tasks.push_back(std::move(task));
  }
  snap.ok = true;
  return snap;
}

}  // namespace ck::history
