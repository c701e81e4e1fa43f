#include "validate/nesting_depth.h"

#include <string>
#include <vector>

namespace ck {

std::optional<size_t> json_depth_excess(std::string_view text, int limit) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;  // the escaped character cannot end the string
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

std::optional<size_t> yaml_depth_excess(std::string_view text, int limit) {
  std::vector<size_t> indents;  // indentation of each open block level
  int flow = 0;
  char quote = 0;  // a quoted scalar may run over several lines
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view line = text.substr(line_start, line_end - line_start);
    size_t indent = line.find_first_not_of(' ');
    bool blank = indent == std::string_view::npos || (line[indent] == '#' && !quote);
    int block = static_cast<int>(indents.size());
    size_t j = blank ? line.size() : indent;
    if (!blank && !quote && flow == 0) {
      while (!indents.empty() && indents.back() > indent) indents.pop_back();
      if (indents.empty() || indents.back() < indent) indents.push_back(indent);
      block = static_cast<int>(indents.size());
      if (block > limit) return line_start + indent;
      // Compact indicators after the indentation: each opens one more level.
      while (j + 1 < line.size() && (line[j] == '-' || line[j] == '?') && line[j + 1] == ' ') {
        if (++block > limit) return line_start + j;
        j = line.find_first_not_of(' ', j + 1);
        if (j == std::string_view::npos) j = line.size();
      }
    }
    char before = ' ';  // the last character outside a scalar: a quote opens one only after an indicator
    for (; j < line.size(); ++j) {
      char c = line[j];
      if (quote) {
        if (c == '\\' && quote == '"')
          ++j;
        else if (c == quote)
          quote = 0;  // '' inside single quotes closes and reopens: the same
        continue;
      }
      if ((c == '"' || c == '\'') && std::string_view(" [{,:-?").find(before) != std::string_view::npos) {
        quote = c;
      } else if (c == '#' && (j == 0 || line[j - 1] == ' ')) {
        break;
      } else if (c == '[' || c == '{') {
        if (block + ++flow > limit) return line_start + j;
      } else if ((c == ']' || c == '}') && flow > 0) {
        --flow;
      }
      if (c == ':' || c == '-' || c == '?' || c == ',' || c == '[' || c == '{')
        before = c;
      else if (c != ' ')
        before = 'x';
    }
    line_start = line_end + 1;
  }
  return std::nullopt;
}

std::string nesting_depth_message(int limit) {
  return "dữ liệu lồng nhau quá sâu (hơn " + std::to_string(limit) +
         " cấp ngoặc hoặc thụt lề) — kế hoạch chỉ cần vài cấp; kiểm tra các dấu ngoặc [ { thừa hoặc chưa "
         "đóng";
}

}  // namespace ck
