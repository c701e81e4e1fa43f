#include "validate/json_locator.h"

#include <algorithm>

#include "util/text.h"

namespace ck {
namespace {

// A forgiving scanner over text nlohmann has already accepted: it records
// where values and keys start and never throws.
class Scanner {
 public:
  Scanner(std::string_view t, std::map<std::string, size_t>& values, std::map<std::string, size_t>& keys,
          std::vector<std::pair<std::string, size_t>>& repeated)
      : t_(t), values_(values), keys_(keys), repeated_(repeated) {}

  void value(const std::string& ptr, int depth) {
    ws();
    if (i_ >= t_.size() || depth > 512) return;
    values_.emplace(ptr, i_);
    char c = t_[i_];
    if (c == '{') {
      object(ptr, depth);
    } else if (c == '[') {
      array(ptr, depth);
    } else if (c == '"') {
      string();
    } else {
      while (i_ < t_.size() && t_[i_] != ',' && t_[i_] != '}' && t_[i_] != ']' && !space(t_[i_])) ++i_;
    }
  }

 private:
  static bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  void ws() {
    while (i_ < t_.size() && space(t_[i_])) ++i_;
  }
  std::string string() {  // at '"'; returns the decoded-enough key
    std::string out;
    ++i_;
    while (i_ < t_.size() && t_[i_] != '"') {
      if (t_[i_] == '\\' && i_ + 1 < t_.size()) {
        ++i_;
        out.push_back(t_[i_] == 'n' ? '\n' : t_[i_]);
      } else {
        out.push_back(t_[i_]);
      }
      ++i_;
    }
    ++i_;
    return out;
  }
  void object(const std::string& ptr, int depth) {
    ++i_;
    while (true) {
      ws();
      if (i_ >= t_.size() || t_[i_] == '}') break;
      if (t_[i_] != '"') return;
      size_t key_at = i_;
      std::string child = ptr + "/" + json_pointer_token(string());
      if (!keys_.emplace(child, key_at).second) repeated_.emplace_back(child, key_at);
      ws();
      if (i_ < t_.size() && t_[i_] == ':') ++i_;
      value(child, depth + 1);
      ws();
      if (i_ < t_.size() && t_[i_] == ',') ++i_;
    }
    ++i_;
  }
  void array(const std::string& ptr, int depth) {
    ++i_;
    for (size_t index = 0;; ++index) {
      ws();
      if (i_ >= t_.size() || t_[i_] == ']') break;
      size_t before = i_;
      value(ptr + "/" + std::to_string(index), depth + 1);
      ws();
      if (i_ < t_.size() && t_[i_] == ',') ++i_;
      if (i_ == before) return;  // no progress: malformed, stop
    }
    ++i_;
  }

  std::string_view t_;
  size_t i_ = 0;
  std::map<std::string, size_t>& values_;
  std::map<std::string, size_t>& keys_;
  std::vector<std::pair<std::string, size_t>>& repeated_;
};

}  // namespace

std::string json_pointer_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out.push_back(c);
  }
  return out;
}

void JsonLocator::scan() {
  if (scanned_) return;
  scanned_ = true;
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  size_t start = text_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;  // BOM
  Scanner s(text_.substr(start), value_offsets_, key_offsets_, repeated_key_offsets_);
  s.value("", 0);
  if (start) {
    for (auto& [k, v] : value_offsets_) v += start;
    for (auto& [k, v] : key_offsets_) v += start;
    for (auto& [k, v] : repeated_key_offsets_) v += start;
  }
}

TextPosition JsonLocator::value(const std::string& pointer) {
  scan();
  std::string p = pointer;
  while (true) {
    auto it = value_offsets_.find(p);
    if (it != value_offsets_.end()) return position_at(it->second);
    if (p.empty()) return {1, 1};
    p = p.substr(0, p.rfind('/'));
  }
}

TextPosition JsonLocator::key(const std::string& pointer) {
  scan();
  auto it = key_offsets_.find(pointer);
  if (it == key_offsets_.end()) return value(pointer);
  return position_at(it->second);
}

TextPosition JsonLocator::position_at(size_t offset) const {
  offset = std::min(offset, text_.size());
  size_t line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin();
  size_t start = line_starts_[line - 1];
  if (cursor_offset_ >= start && cursor_offset_ <= offset) {
    // Same line, further on: count on from the last answer.
    auto [ignored, more] = line_col_at(text_.substr(cursor_offset_), offset - cursor_offset_);
    (void)ignored;
    cursor_ = {static_cast<int>(line), cursor_.column + more - 1};
  } else {
    auto [ignored, col] = line_col_at(text_.substr(start), offset - start);
    (void)ignored;
    cursor_ = {static_cast<int>(line), col};
  }
  cursor_offset_ = offset;
  return cursor_;
}

std::vector<std::pair<std::string, TextPosition>> JsonLocator::repeated_keys() {
  scan();
  std::vector<std::pair<std::string, TextPosition>> out;
  for (const auto& [pointer, offset] : repeated_key_offsets_) out.emplace_back(pointer, position_at(offset));
  return out;
}

}  // namespace ck
