// Where in a JSON text each value starts, by JSON pointer ("/nhiem_vu/11/ma"),
// so errors found on the parsed value can name a line and column. Only used on
// the error path: the text is scanned when the first location is asked for.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ck {

struct TextPosition {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in code points
};

class JsonLocator {
 public:
  explicit JsonLocator(std::string_view text) : text_(text) {}
  // Position of the value at `pointer`, or of its nearest existing ancestor.
  TextPosition value(const std::string& pointer);
  // Position of the key of the member at `pointer` (falls back to value()).
  TextPosition key(const std::string& pointer);
  // Keys written a second time in the same object, in text order: the member's
  // pointer and where the repeat starts.
  std::vector<std::pair<std::string, TextPosition>> repeated_keys();

 private:
  void scan();
  // line_col_at's answer from an index of line starts: a loader asks for the
  // position of every task, and scanning from the top each time is quadratic.
  TextPosition position_at(size_t offset) const;
  std::string_view text_;
  std::vector<size_t> line_starts_;
  // The last answer: positions are mostly asked in text order, and a JSON file
  // written on one line would make counting columns from the line start quadratic.
  mutable size_t cursor_offset_ = 0;
  mutable TextPosition cursor_{1, 1};
  bool scanned_ = false;
  std::map<std::string, size_t> value_offsets_;
  std::map<std::string, size_t> key_offsets_;
  std::vector<std::pair<std::string, size_t>> repeated_key_offsets_;
};

// "/a/b~1c" escaping of one pointer token.
std::string json_pointer_token(std::string_view key);

}  // namespace ck
