#include "history/plan_snapshot.h"

#include <nlohmann/json.hpp>
#include <unordered_map>

#include "history/messages.h"
#include "util/text.h"

namespace ck::history {

using nlohmann::json;

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

std::string display(const json& v) {
  switch (v.type()) {
    case json::value_t::string:
      return v.get<std::string>();
    case json::value_t::null:
      return "";
    case json::value_t::array: {
      std::string out;
      for (const auto& e : v) {
        if (!out.empty()) out += "; ";
        out += display(e);
      }
      return out;
    }
    default:
      return v.dump();  // numbers, booleans; objects with sorted keys
  }
}

std::string update_line(const json& u) {
  if (!u.is_object()) return display(u);
  std::string line;
  if (auto it = u.find("ngay"); it != u.end()) line = display(*it) + ": ";
  if (auto it = u.find("noi_dung"); it != u.end()) line += display(*it);
  if (auto it = u.find("minh_chung"); it != u.end() && !it->empty()) line += " (" + display(*it) + ")";
  return line;
}

std::string_view span_text(const std::string& text, const Span& s) {
  return std::string_view(text).substr(s.offset, s.length);
}

// Reuses the neighbour's parsed task when the text is identical: first at the
// same index (tasks rarely move), then anywhere.
class TaskReuse {
 public:
  explicit TaskReuse(const PlanSnapshot* n) : n_(n) {}

  std::shared_ptr<const TaskSnapshot> find(std::string_view text, size_t index) {
    if (!n_) return nullptr;
    if (index < n_->spans.size() && span_text(n_->text, n_->spans[index]) == text) return n_->tasks[index];
    if (by_text_.empty())
      for (size_t i = 0; i < n_->spans.size(); ++i) by_text_.emplace(span_text(n_->text, n_->spans[i]), i);
    auto it = by_text_.find(text);
    return it == by_text_.end() ? nullptr : n_->tasks[it->second];
  }
  bool found_any() const { return n_ != nullptr; }

 private:
  const PlanSnapshot* n_;
  std::unordered_map<std::string_view, size_t> by_text_;
};

}  // namespace

std::string_view task_field_key(size_t field) { return field < kTaskFieldCount ? kFieldKeys[field] : ""; }

std::shared_ptr<const TaskSnapshot> parse_task(std::string_view json_text) {
  json t = json::parse(json_text);
  if (!t.is_object()) return nullptr;
  auto ma = t.find("ma");
  if (ma == t.end() || !ma->is_string() || ma->get<std::string>().empty()) return nullptr;
  auto task = std::make_shared<TaskSnapshot>();
  task->id = ma->get<std::string>();
  if (auto it = t.find("ma_cu"); it != t.end()) task->previous_id = display(*it);
  for (size_t f = 0; f < kTaskFieldCount; ++f)
    if (auto it = t.find(kFieldKeys[f]); it != t.end()) task->values[f] = display(*it);
  if (task->values[kTrangThai].empty()) task->values[kTrangThai] = "chua_cap_nhat";
  if (auto it = t.find("cap_nhat"); it != t.end() && it->is_array())
    for (const auto& u : *it) task->updates.push_back(update_line(u));
  return task;
}

PlanSnapshot make_plan_snapshot(std::string text, const PlanSnapshot* neighbour) {
  PlanSnapshot snap;
  snap.text = std::move(text);
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
  snap.tasks.reserve(snap.spans.size());
  TaskReuse reuse(neighbour);
  for (size_t i = 0; i < snap.spans.size(); ++i) {
    std::string_view t = span_text(snap.text, snap.spans[i]);
    auto task = reuse.find(t, i);
    if (!task) {
      try {
        task = parse_task(t);
        ++snap.parsed;
      } catch (const json::exception&) {
        snap.error = msg::invalid_utf8_task(i);
        snap.spans.clear();
        snap.tasks.clear();
        return snap;
      }
    }
    snap.tasks.push_back(std::move(task));
  }
  snap.ok = true;
  return snap;
}

}  // namespace ck::history
