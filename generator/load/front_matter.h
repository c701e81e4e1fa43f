// Markdown files start with YAML front matter between '---' lines.
#pragma once
#include <optional>
#include <string>

#include <yaml-cpp/yaml.h>

#include "util/diagnostic.h"

namespace ck {

struct FrontMatterDocument {
  YAML::Node fields;     // a map (empty map when the file has no front matter)
  int fields_first_line = 0;  // 0-based line offset of the YAML within the file
  std::string body;      // Markdown after the closing '---'
};

// Reports a YAML syntax error with its line and column in `file`.
std::optional<FrontMatterDocument> parse_front_matter(const std::string& text, const std::string& file,
                                                      Diagnostics& diags);

}  // namespace ck
