// Parsing a JSON data file strictly (syntax errors and duplicate keys are
// errors with line:column) and checking it against its schema.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "util/diagnostic.h"
#include "validate/json_locator.h"

namespace ck {

struct JsonDocument {
  nlohmann::json value;
  std::string file;
  std::string text;

  TextPosition position(const std::string& pointer) const;
  void error(Diagnostics& diags, const std::string& pointer, const std::string& message) const;
  void warning(Diagnostics& diags, const std::string& pointer, const std::string& message) const;

 private:
  mutable std::optional<JsonLocator> locator_;
};

// nullopt when the text is not valid JSON or breaks the schema (all problems reported).
std::optional<JsonDocument> parse_json_document(const std::string& text, const std::string& file,
                                                const char* schema_path, Diagnostics& diags);

}  // namespace ck
