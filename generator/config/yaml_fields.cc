#include "config/yaml_fields.h"

#include <yaml-cpp/depthguard.h>

#include "util/text.h"
#include "validate/schema_check.h"

namespace ck {

std::string yaml_error_text(const YAML::Exception& e) {
  if (dynamic_cast<const YAML::DeepRecursion*>(&e)) return "các mục lồng nhau quá nhiều tầng";
  return e.msg;
}

void YamlFields::error_at(const YAML::Node& node, const std::string& message) {
  YAML::Mark m = node.Mark();
  bool known = m.line >= 0 && !m.is_null();
  diags_.error(file_, known ? m.line + 1 + line_offset_ : 0, known ? m.column + 1 : 0, message);
}

void YamlFields::error_at_map(const std::string& message) { error_at(map_, message); }

YAML::Node YamlFields::node(const std::string& key, bool required) {
  // An undefined node (operator! is true) means "absent"; const lookup never inserts.
  YAML::Node absent(YAML::NodeType::Undefined);
  if (!map_.IsMap()) return absent;
  const YAML::Node& map = map_;
  YAML::Node n = map[key];
  if (!n.IsDefined() || n.IsNull()) {
    if (required) error_at_map("thiếu trường bắt buộc \"" + key + "\" — hãy thêm dòng \"" + key + ": …\"");
    return absent;
  }
  return n;
}

std::optional<std::string> YamlFields::string(const std::string& key, bool required) {
  YAML::Node n = node(key, required);
  if (!n) return std::nullopt;
  if (!n.IsScalar()) {
    error_at(n, "trường \"" + key + "\" phải là một đoạn văn bản (một dòng \"" + key + ": …\")");
    return std::nullopt;
  }
  std::string value = n.Scalar();
  if (required && trim(value).empty()) {
    error_at(n, "trường \"" + key + "\" không được để trống");
    return std::nullopt;
  }
  return value;
}

std::vector<std::string> YamlFields::string_list(const std::string& key) {
  std::vector<std::string> out;
  YAML::Node n = node(key);
  if (!n) return out;
  if (n.IsScalar()) return {n.Scalar()};
  if (!n.IsSequence()) {
    error_at(n, "trường \"" + key + "\" phải là danh sách, mỗi mục một dòng bắt đầu bằng \"- \"");
    return out;
  }
  for (const auto& item : n) {
    if (!item.IsScalar()) {
      error_at(item, "mỗi mục của \"" + key + "\" phải là một đoạn văn bản");
      continue;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

std::optional<bool> YamlFields::boolean(const std::string& key) {
  YAML::Node n = node(key);
  if (!n) return std::nullopt;
  bool value = false;
  if (!n.IsScalar() || !YAML::convert<bool>::decode(n, value)) {
    error_at(n, "trường \"" + key + "\" phải là true hoặc false");
    return std::nullopt;
  }
  return value;
}

std::optional<int> YamlFields::integer(const std::string& key) {
  YAML::Node n = node(key);
  if (!n) return std::nullopt;
  int value = 0;
  if (!n.IsScalar() || !YAML::convert<int>::decode(n, value)) {
    error_at(n, "trường \"" + key + "\" phải là một số nguyên");
    return std::nullopt;
  }
  return value;
}

void YamlFields::warn_unknown_keys(const std::vector<std::string>& known) {
  if (!map_.IsMap()) return;
  for (const auto& kv : map_) {
    std::string key = kv.first.Scalar();
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string near = closest_match(key, known);
    YAML::Mark m = kv.first.Mark();
    diags_.warning(file_, m.line + 1 + line_offset_, m.column + 1,
                   "trường \"" + key + "\" không được dùng và sẽ bị bỏ qua" +
                       (near.empty() ? "" : " — có phải ý bạn là \"" + near + "\"?"));
  }
}

}  // namespace ck
