#include "validate/schema_check.h"

#include <atomic>
#include <chrono>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "assets/assets.h"
#include "validate/json_locator.h"

namespace ck {
namespace {

using nlohmann::json;

struct CompiledSchema {
  json source;
  valijson::Schema schema;
};

// Schemas are parsed once per process; valijson schemas are immutable after parsing.
const CompiledSchema& compiled(std::string_view path) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<CompiledSchema>, std::less<>> cache;
  std::lock_guard lock(mutex);
  auto it = cache.find(path);
  if (it != cache.end()) return *it->second;
  auto entry = std::make_unique<CompiledSchema>();
  auto text = assets::find(path);
  entry->source = json::parse(text.value_or("{}"));
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter adapter(entry->source);
  parser.populateSchema(adapter, entry->schema);
  return *cache.emplace(std::string(path), std::move(entry)).first->second;
}

std::vector<std::string> pointer_tokens(const std::string& pointer) {
  std::vector<std::string> out;
  size_t i = 1;
  while (i <= pointer.size() && !pointer.empty()) {
    size_t next = pointer.find('/', i);
    out.push_back(pointer.substr(i, next == std::string::npos ? std::string::npos : next - i));
    if (next == std::string::npos) break;
    i = next + 1;
  }
  return out;
}

// Follows properties/items/$ref through our schemas to the subschema for a path.
const json* subschema_at(const json& root, const json& start, const std::vector<std::string>& tokens) {
  const json* s = &start;
  auto deref = [&](const json* node) {
    for (int guard = 0; node && node->contains("$ref") && guard < 8; ++guard) {
      std::string ref = (*node)["$ref"].get<std::string>();
      if (ref.rfind("#/", 0) != 0) return node;
      node = &root.at(json::json_pointer(ref.substr(1)));
    }
    return node;
  };
  s = deref(s);
  for (const auto& tok : tokens) {
    if (s->contains("properties") && (*s)["properties"].contains(tok)) {
      s = &(*s)["properties"][tok];
    } else if (s->contains("items")) {
      s = &(*s)["items"];
    } else {
      return nullptr;
    }
    s = deref(s);
  }
  return s;
}

std::string type_label(const json* schema) {
  if (!schema || !schema->contains("type")) return "giá trị khác";
  std::string t = (*schema)["type"].get<std::string>();
  if (t == "string") return "chuỗi văn bản trong ngoặc kép, vd. \"…\"";
  if (t == "array") return "danh sách trong ngoặc vuông, vd. [\"…\"]";
  if (t == "integer") return "số nguyên, vd. 50";
  if (t == "number") return "số, vd. 90 hoặc 87.5";
  if (t == "object") return "đối tượng trong ngoặc nhọn {…}";
  if (t == "boolean") return "true hoặc false";
  return t;
}

std::string value_text(const json& v) {
  std::string s = v.is_string() ? v.get<std::string>() : v.dump();
  if (s.size() > 60) s = s.substr(0, 57) + "…";
  return v.is_string() ? "\"" + s + "\"" : s;
}

std::string property_names(const json* schema) {
  std::string out;
  if (!schema || !schema->contains("properties")) return out;
  for (auto& [k, v] : (*schema)["properties"].items()) {
    if (k == "$schema") continue;
    out += (out.empty() ? "" : ", ") + k;
  }
  return out;
}

std::string quoted_after(const std::string& s, const std::string& marker) {
  auto p = s.find(marker);
  if (p == std::string::npos) return {};
  p += marker.size();
  auto e = s.find('\'', p);
  return s.substr(p, e == std::string::npos ? std::string::npos : e - p);
}

// valijson reports each failure at every level above it too; keep the leaves.
bool is_cascade(const std::string& d) {
  return d.rfind("Failed to validate item #", 0) == 0 ||
         d.rfind("Failed to validate against schema associated with property", 0) == 0 ||
         d.rfind("Failed to validate against child schema", 0) == 0 ||
         d.rfind("Failed to validate against additional properties schema", 0) == 0 ||
         d.rfind("Failed to validate against schema associated with pattern", 0) == 0;
}

std::string explain(const json& root_schema, const json& doc, const std::vector<std::string>& tokens,
                    const std::string& pointer, const std::string& english) {
  const json* schema = subschema_at(root_schema, root_schema, tokens);
  const json* value = nullptr;
  try {
    value = &doc.at(json::json_pointer(pointer));
  } catch (const json::exception&) {
  }
  if (english.rfind("Missing required property", 0) == 0) {
    std::string name = quoted_after(english, "property '");
    // The description sits beside a "$ref", so read it before following the ref.
    const json* raw = schema && schema->contains("properties") && (*schema)["properties"].contains(name)
                          ? &(*schema)["properties"][name]
                          : nullptr;
    const json* field = schema ? subschema_at(root_schema, *schema, {name}) : nullptr;
    std::string hint = raw && raw->contains("description") ? (*raw)["description"].get<std::string>() : type_label(field);
    return "thiếu trường bắt buộc \"" + name + "\" — hãy thêm \"" + name + "\": " + hint;
  }
  if (english.find("could not be validated using 'properties'") != std::string::npos) {
    std::string name = quoted_after(english, "constraints: '");
    std::vector<std::string> names;
    if (schema && schema->contains("properties"))
      for (auto& [k, v] : (*schema)["properties"].items()) names.push_back(k);
    std::string msg = "trường \"" + name + "\" không có trong mẫu dữ liệu";
    std::string near = closest_match(name, names);
    if (!near.empty()) return msg + " — có phải ý bạn là \"" + near + "\"?";
    return msg + " — các trường được dùng: " + property_names(schema) + " (xem docs/data-model.md)";
  }
  std::string got = value ? " (đang là " + value_text(*value) + ")" : "";
  if (english.rfind("Value type not permitted", 0) == 0)
    return "sai kiểu dữ liệu" + got + " — cần " + type_label(schema);
  if (english.rfind("Failed to match against any enum values", 0) == 0) {
    std::string options;
    if (schema && schema->contains("enum"))
      for (auto& e : (*schema)["enum"]) options += (options.empty() ? "" : ", ") + e.get<std::string>();
    return "giá trị không hợp lệ" + got + " — chọn một trong: " + options;
  }
  if (english.rfind("Failed to match regex", 0) == 0) {
    std::string d = schema && schema->contains("description") ? (*schema)["description"].get<std::string>()
                                                              : "không đúng định dạng";
    return "giá trị không đúng dạng" + got + " — " + d;
  }
  if (english.rfind("String should be no fewer than", 0) == 0) return "không được để trống — hãy điền nội dung";
  if (english.find("greater than") != std::string::npos || english.find("less than") != std::string::npos) {
    std::string range;
    if (schema && schema->contains("minimum") && schema->contains("maximum"))
      range = " — cần từ " + (*schema)["minimum"].dump() + " đến " + (*schema)["maximum"].dump();
    return "giá trị ngoài khoảng cho phép" + got + range;
  }
  return "không hợp lệ" + got + " (" + english + ")";
}

}  // namespace

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = std::max<size_t>(2, word.size() / 3) + 1;
  for (const auto& c : candidates) {
    // Levenshtein distance, two rows.
    std::vector<size_t> prev(c.size() + 1), cur(c.size() + 1);
    for (size_t j = 0; j <= c.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= word.size(); ++i) {
      cur[0] = i;
      for (size_t j = 1; j <= c.size(); ++j)
        cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (word[i - 1] == c[j - 1] ? 0 : 1)});
      std::swap(prev, cur);
    }
    if (prev[c.size()] < best_distance) {
      best_distance = prev[c.size()];
      best = c;
    }
  }
  return best;
}

std::string describe_pointer(const json& doc, const std::string& pointer) {
  auto tokens = pointer_tokens(pointer);
  std::string out;
  const json* node = &doc;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& tok = tokens[i];
    bool index = !tok.empty() && std::all_of(tok.begin(), tok.end(), ::isdigit);
    const json* child = nullptr;
    if (node->is_array() && index && std::stoul(tok) < node->size())
      child = &(*node)[std::stoul(tok)];
    else if (node->is_object() && node->contains(tok))
      child = &(*node)[tok];
    std::string part;
    std::string parent = i > 0 ? tokens[i - 1] : "";
    if (index) {
      auto label = [&](const char* noun) {
        std::string name;
        if (child && child->is_object()) {
          if (child->contains("so") && (*child)["so"].is_string() && !(*child)["so"].get<std::string>().empty())
            name = (*child)["so"].get<std::string>();
          else if (child->contains("ma") && (*child)["ma"].is_string())
            name = (*child)["ma"].get<std::string>();
        }
        return std::string(noun) + " \"" + (name.empty() ? "#" + std::to_string(std::stoul(tok) + 1) : name) + "\"";
      };
      if (parent == "nhiem_vu") part = label("nhiệm vụ");
      else if (parent == "phan") part = label("phần");
      else if (parent == "chi_tieu") part = label("chỉ tiêu");
      else if (parent == "co_quan") part = label("cơ quan");
      else if (parent == "cap_nhat") part = "lần cập nhật thứ " + std::to_string(std::stoul(tok) + 1);
      else if (parent == "ket_qua") part = "kết quả đo thứ " + std::to_string(std::stoul(tok) + 1);
      else part = "trường \"" + parent + "\", mục thứ " + std::to_string(std::stoul(tok) + 1);
    } else {
      bool list_next = i + 1 < tokens.size();
      if (!list_next || !(child && child->is_array())) part = "trường \"" + tok + "\"";
    }
    if (!part.empty()) out += (out.empty() ? "" : ", ") + part;
    if (!child) break;
    node = child;
  }
  return out;
}

namespace {
std::atomic<long long> g_check_nanoseconds{0};

// Adds the lifetime of the object to g_check_nanoseconds.
struct CheckTimer {
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
  ~CheckTimer() {
    g_check_nanoseconds += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count();
  }
};
}  // namespace

double schema_check_seconds() { return static_cast<double>(g_check_nanoseconds.load()) / 1e9; }

std::vector<SchemaProblem> check_against_schema(const json& document, std::string_view schema_path) {
  CheckTimer timer;
  const CompiledSchema& s = compiled(schema_path);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(document);
  std::vector<SchemaProblem> problems;
  if (validator.validate(s.schema, target, &results)) return problems;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    if (is_cascade(error.description)) continue;
    std::string pointer;
    std::vector<std::string> tokens;
    for (const auto& c : error.context) {
      if (c == "<root>" || c.size() < 2) continue;
      std::string tok = c.substr(1, c.size() - 2);  // "[nhiem_vu]" -> "nhiem_vu"
      tokens.push_back(tok);
      pointer += "/" + json_pointer_token(tok);
    }
    std::string where = describe_pointer(document, pointer);
    std::string what = explain(s.source, document, tokens, pointer, error.description);
    problems.push_back({pointer, where.empty() ? what : where + ": " + what});
  }
  return problems;
}

}  // namespace ck
