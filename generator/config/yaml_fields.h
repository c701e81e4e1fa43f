// Reading typed fields out of YAML maps with Vietnamese errors that point at
// the line and column of the offending value. Shared by the portal config and
// the front matter of every Markdown file.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "util/diagnostic.h"

namespace ck {

// What went wrong in a YAML text, for the editor: yaml-cpp's own words, except
// for nesting past its depth guard, which it calls "bad file".
std::string yaml_error_text(const YAML::Exception& e);

class YamlFields {
 public:
  // `line_offset` is added to yaml-cpp's 0-based line numbers (front matter
  // starts after the opening '---').
  YamlFields(const YAML::Node& map, std::string file, int line_offset, Diagnostics& diags)
      : map_(map), file_(std::move(file)), line_offset_(line_offset), diags_(diags) {}

  std::optional<std::string> string(const std::string& key, bool required = false);
  std::vector<std::string> string_list(const std::string& key);
  std::optional<bool> boolean(const std::string& key);
  std::optional<int> integer(const std::string& key);
  // The node itself (for nested structures); reports a missing required key.
  YAML::Node node(const std::string& key, bool required = false);

  // Warns about keys not in `known`, suggesting the closest one.
  void warn_unknown_keys(const std::vector<std::string>& known);

  void error_at(const YAML::Node& node, const std::string& message);
  void error_at_map(const std::string& message);  // at the map itself

 private:
  YAML::Node map_;
  std::string file_;
  int line_offset_;
  Diagnostics& diags_;
};

}  // namespace ck
