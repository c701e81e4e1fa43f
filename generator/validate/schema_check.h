// Checks a data file against its JSON Schema (the one shipped in schemas/ and
// compiled into the binary) and words every problem in Vietnamese for editors.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace ck {

struct SchemaProblem {
  std::string pointer;  // JSON pointer of the value (or object) at fault
  std::string message;  // Vietnamese: where, what is wrong, what to do
};

// `schema_path` names an embedded schema: "schemas/plan.schema.json".
std::vector<SchemaProblem> check_against_schema(const nlohmann::json& document, std::string_view schema_path);

// Time spent in check_against_schema so far in this process, for `build --stats`.
double schema_check_seconds();

// Names the thing a pointer designates for a person: /nhiem_vu/11/co_quan_chu_tri
// -> `nhiệm vụ "12", trường "co_quan_chu_tri"` (uses the task's printed number).
std::string describe_pointer(const nlohmann::json& document, const std::string& pointer);

// Closest candidate by edit distance, or "" when none is close enough.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace ck
