// Editing a plan's JSON text with the smallest textual change: a value is
// replaced at its exact bytes, a new key goes where the schema's order puts it
// with the indentation of its neighbours, an update is appended to
// "cap_nhat" in the file's own style. Key order, formatting and every other
// byte stay as they were, so a git diff shows only what the form changed.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace ck::progress {

class PlanJsonEditor {
 public:
  explicit PlanJsonEditor(std::string text) : text_(std::move(text)) {}

  // Each returns false, with error() set, when the task is not in the text
  // or the text is not the JSON it should be.
  // Sets `key` of task `task_id` to `value` (replaced in place, or inserted).
  bool set(const std::string& task_id, const std::string& key, const nlohmann::ordered_json& value);
  bool remove(const std::string& task_id, const std::string& key);
  // Appends `item` to the array `key` of the task (created when absent).
  bool append(const std::string& task_id, const std::string& key, const nlohmann::ordered_json& item);

  const std::string& text() const { return text_; }
  const std::string& error() const { return error_; }

 private:
  struct Member {
    std::string key;
    size_t key_start = 0, value_start = 0, value_end = 0;
  };
  struct TaskSpan {
    size_t start = 0, close = 0;  // '{' and '}'
    std::vector<Member> members;
  };
  bool find_task(const std::string& task_id, TaskSpan& span);
  std::string line_indent(size_t pos) const;  // the whitespace before `pos` on its line ("" when not first)
  std::string dump(const nlohmann::ordered_json& value, const std::string& indent,
                   const std::string& unit) const;
  std::string unit_for(const TaskSpan& span) const;
  // A file written on Windows keeps its CRLF line ends.
  bool crlf() const { return text_.find("\r\n") != std::string::npos; }
  std::string newline() const { return crlf() ? "\r\n" : "\n"; }

  std::string text_;
  std::string error_;
};

// Task keys in the order the schema lists them (schemas/plan.schema.json).
const std::vector<std::string>& task_key_order();

}  // namespace ck::progress
