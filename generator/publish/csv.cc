#include "publish/csv.h"

namespace ck {

std::string csv_field(std::string_view value) {
  constexpr std::string_view kFormulaStart = "=+-@\t\r";
  std::string text = !value.empty() && kFormulaStart.find(value.front()) != std::string_view::npos
                         ? "'" + std::string(value)
                         : std::string(value);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    out += csv_field(fields[i]);
  }
  return out + "\r\n";
}

}  // namespace ck
