// One version of a plan's JSON, reduced to what history compares: each task's
// fields as display strings (see FieldChange in history.h). Built from the
// blob's bytes; a neighbouring version of the same file lets it skip parsing
// tasks whose text is unchanged (the common case: one commit edits one task).
#pragma once
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "history/plan_scan.h"

namespace ck::history {

// The fields compared, in the order FieldChanges are listed.
enum TaskField : size_t {
  kSo,
  kPhan,
  kThuoc,
  kNoiDung,
  kChuTri,
  kPhoiHop,
  kThoiHan,
  kCachHieu,
  kSanPham,
  kTrangThai,
  kTienDo,
  kNgayHoanThanh,
  kTaskFieldCount
};
std::string_view task_field_key(size_t field);  // "so", "phan", …

struct TaskSnapshot {
  std::string id;           // "ma"
  std::string previous_id;  // "ma_cu"
  std::array<std::string, kTaskFieldCount> values;
  std::vector<std::string> updates;  // "cap_nhat", one display line each

  bool operator==(const TaskSnapshot&) const = default;
};

struct PlanSnapshot {
  bool ok = false;
  std::string error;        // when !ok, for the notes: "không phải JSON hợp lệ (dòng 4, cột 7)"
  std::string text;         // the blob, kept so the next version can be compared with it
  std::vector<Span> spans;  // each task's text in `text`
  // Parallel to spans. Shared between versions whose task text is identical.
  // Null for an element that is not an object with a string "ma".
  std::vector<std::shared_ptr<const TaskSnapshot>> tasks;
  size_t parsed = 0;  // tasks parsed for this version (the rest were reused)
};

// `neighbour`, when given, must be an ok snapshot of another version of the
// same file; it is only read.
PlanSnapshot make_plan_snapshot(std::string text, const PlanSnapshot* neighbour);

// Parses one task's JSON text; nullptr when it is not an object with a string
// "ma". Throws nlohmann::json::exception on invalid JSON or UTF-8.
std::shared_ptr<const TaskSnapshot> parse_task(std::string_view json_text);

}  // namespace ck::history
