// Reading values out of JSON text that scan_plan_json has already checked,
// without building a tree: a task is a few hundred bytes read once, and a
// DOM parser spends most of its time allocating nodes for it.
#pragma once
#include <string>
#include <string_view>

namespace ck::history {

class JsonText {
 public:
  explicit JsonText(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

  bool ok() const { return ok_; }  // false after a malformed value or an escape that is not valid UTF-16
  bool at_end() const { return p_ >= end_; }
  char peek();  // the next non-space byte, or 0 at the end

  // Objects: begin_object() then, while next_key(key), read or skip the value.
  bool begin_object();
  bool next_key(std::string& key);
  // Arrays: begin_array() then, while next_element(), read or skip the value.
  bool begin_array();
  bool next_element();

  // The value as a display string: strings unescaped, numbers as written,
  // true/false, null as "", arrays joined with "; ", objects as compact JSON
  // with sorted keys.
  std::string display();
  // The value as compact JSON with object keys sorted (numbers as written).
  std::string canonical();
  void skip();
  // Where reading stands (after skip(): just past the value), for editors
  // that splice text at a value's exact bytes (progress/json_edit).
  const char* cursor() const { return p_; }

 private:
  bool fail() { return ok_ = false; }
  bool string(std::string& out);
  std::string_view scalar();  // a number or literal, as written

  const char* p_;
  const char* end_;
  bool ok_ = true;
  bool first_ = true;  // no member/element read yet in the current container
};

// `s` as a JSON string literal, escaped the way nlohmann::json::dump does.
std::string json_quote(std::string_view s);

}  // namespace ck::history
