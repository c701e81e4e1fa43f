#include "load/json_document.h"

#include <set>
#include <vector>

#include "util/text.h"
#include "validate/schema_check.h"

namespace ck {

using nlohmann::json;

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
      diags.error(file, at.line, at.column, "trường \"" + key + "\" xuất hiện hai lần trong cùng một mục — xóa một trong hai");
    }
  }
  auto problems = check_against_schema(doc.value, schema_path);
  for (const auto& problem : problems) {
    auto pos = doc.position(problem.pointer);
    diags.error(file, pos.line, pos.column, problem.message);
  }
  if (!problems.empty() || !duplicates.empty()) return std::nullopt;
  return doc;
}

}  // namespace ck
