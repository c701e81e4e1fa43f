#include "load/json_document.h"

#include <cstdio>
#include <set>
#include <vector>

#include "util/text.h"
#include "validate/nesting_depth.h"
#include "validate/schema_check.h"

namespace ck {

using nlohmann::json;

namespace {

// A control character other than tab and line feed, as "U+0000", or "".
// JSON escapes (\u0000) decode to them and nothing later expects them: a NUL
// would reach the CSV, a C1 character hides text.
std::string control_character_in(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    unsigned code = c;
    if (c == 0xC2 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xE0) == 0x80)
      code = static_cast<unsigned char>(s[i + 1]);  // U+0080..U+009F
    else if ((c >= 0x20 && c != 0x7F) || c == '\t' || c == '\n')
      continue;
    char hex[8];
    std::snprintf(hex, sizeof hex, "U+%04X", code);
    return hex;
  }
  return {};
}

// Every key and string value; depth is bounded by the nesting check before parsing.
bool refuse_control_characters(const JsonDocument& doc, const json& value, const std::string& pointer,
                               Diagnostics& diags) {
  bool clean = true;
  auto report = [&](const std::string& at, const std::string& code) {
    doc.error(diags, at,
              "văn bản có ký tự điều khiển " + code +
                  " (không nhìn thấy được, thường do dán từ phần mềm khác) — xóa ký tự đó; chỉ được dùng tab "
                  "và xuống dòng");
    clean = false;
  };
  if (value.is_string()) {
    if (auto code = control_character_in(value.get_ref<const std::string&>()); !code.empty())
      report(pointer, code);
  } else if (value.is_object()) {
    for (const auto& [key, member] : value.items()) {
      std::string at = pointer + "/" + json_pointer_token(key);
      if (auto code = control_character_in(key); !code.empty()) report(pointer, code);
      clean = refuse_control_characters(doc, member, at, diags) && clean;
    }
  } else if (value.is_array()) {
    for (size_t i = 0; i < value.size(); ++i)
      clean = refuse_control_characters(doc, value[i], pointer + "/" + std::to_string(i), diags) && clean;
  }
  return clean;
}

}  // namespace

TextPosition JsonDocument::position(const std::string& pointer) const {
  if (!locator_) locator_.emplace(text);
  return locator_->value(pointer);
}

void JsonDocument::error(Diagnostics& diags, const std::string& pointer, const std::string& message) const {
  auto pos = position(pointer);
  diags.error(file, pos.line, pos.column, message);
}

void JsonDocument::warning(Diagnostics& diags, const std::string& pointer, const std::string& message) const {
  auto pos = position(pointer);
  diags.warning(file, pos.line, pos.column, message);
}

std::optional<JsonDocument> parse_json_document(const std::string& text, const std::string& file,
                                                const char* schema_path, Diagnostics& diags) {
  JsonDocument doc;
  doc.file = file;
  doc.text = text;
  // Before any recursive parse, print or walk of the value.
  if (auto at = json_depth_excess(text)) {
    auto [line, col] = line_col_at(text, *at);
    diags.error(file, line, col, nesting_depth_message());
    return std::nullopt;
  }
  // nlohmann keeps the last of duplicate keys silently; an editor who pasted a
  // field twice must hear about it, so track keys per open object.
  std::vector<std::set<std::string>> open_objects;
  std::vector<std::string> duplicates;
  auto callback = [&](int, json::parse_event_t event, json& parsed) {
    if (event == json::parse_event_t::object_start) open_objects.emplace_back();
    if (event == json::parse_event_t::object_end && !open_objects.empty()) open_objects.pop_back();
    if (event == json::parse_event_t::key && !open_objects.empty()) {
      std::string key = parsed.get<std::string>();
      if (!open_objects.back().insert(key).second) duplicates.push_back(key);
    }
    return true;
  };
  try {
    doc.value = json::parse(text, callback);
  } catch (const json::parse_error& e) {
    auto [line, col] = line_col_at(text, e.byte > 0 ? e.byte - 1 : 0);
    std::string what = e.what();
    auto p = what.find("syntax error");
    diags.error(file, line, col,
                "JSON không hợp lệ" + (p == std::string::npos ? std::string() : " (" + what.substr(p) + ")") +
                    " — kiểm tra dấu phẩy giữa các mục, dấu ngoặc {} [] và ngoặc kép quanh văn bản");
    return std::nullopt;
  }
  if (!duplicates.empty()) {
    // The callback cannot tell where a key is; the locator's scan (only on
    // this error path) finds each repeat, matched in text order by name.
    JsonLocator locator(text);
    auto repeats = locator.repeated_keys();
    size_t next = 0;
    for (const auto& key : duplicates) {
      TextPosition at;
      const std::string token = "/" + json_pointer_token(key);
      for (size_t i = next; i < repeats.size(); ++i) {
        if (repeats[i].first.ends_with(token)) {
          at = repeats[i].second;
          next = i + 1;
          break;
        }
      }
      diags.error(file, at.line, at.column,
                  "trường \"" + key + "\" xuất hiện hai lần trong cùng một mục — xóa một trong hai");
    }
  }
  if (!refuse_control_characters(doc, doc.value, "", diags)) return std::nullopt;
  auto problems = check_against_schema(doc.value, schema_path);
  for (const auto& problem : problems) {
    auto pos = doc.position(problem.pointer);
    diags.error(file, pos.line, pos.column, problem.message);
  }
  if (!problems.empty() || !duplicates.empty()) return std::nullopt;
  return doc;
}

}  // namespace ck
