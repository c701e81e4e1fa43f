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
  std::string error;      // when !ok, for the notes: "không phải JSON hợp lệ (dòng 4, cột 7)"
  std::string_view text;  // the blob, kept so the next version can be compared with it
  std::shared_ptr<const void> owner;  // keeps `text` alive (a git_blob or a string)
  std::vector<Span> spans;            // each task's text in `text`
  // Parallel to spans. Shared between versions whose task text is identical.
  // Null for an element that is not an object with a string "ma".
  std::vector<std::shared_ptr<const TaskSnapshot>> tasks;
  size_t parsed = 0;  // tasks parsed for this version (the rest were reused)
};

// `neighbour`, when given, must be an ok snapshot of another version of the
// same file; it is only read.
PlanSnapshot make_plan_snapshot(std::string text, const PlanSnapshot* neighbour);
// Without a copy: `owner` keeps `text` alive.
PlanSnapshot make_plan_snapshot(std::string_view text, std::shared_ptr<const void> owner,
                                const PlanSnapshot* neighbour);

// One task's JSON text (checked by scan_plan_json). `task` is null when it is
// not an object with a non-empty string "ma"; `valid` is false when its text
// is not valid UTF-8 (or not JSON after all). A repeated key: the last wins.
struct TaskParse {
  bool valid = true;
  std::shared_ptr<const TaskSnapshot> task;
};
TaskParse parse_task(std::string_view json_text);

}  // namespace ck::history
