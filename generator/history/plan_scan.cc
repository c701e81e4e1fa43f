#include "history/plan_scan.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace ck::history {

namespace {

constexpr int kMaxDepth = 256;
constexpr int kTaskDepth = 2;  // top-level object = 1, its "nhiem_vu" array = 2

// 1 for bytes that end the fast path through a string body: '"', '\\', controls.
constexpr std::array<uint8_t, 256> kStringStop = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = 1;
  t['"'] = 1;
  t['\\'] = 1;
  return t;
}();

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

class Scanner {
 public:
  Scanner(std::string_view text, PlanScan& out)
      : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()), out_(out) {}

  bool document() {
    ws();
    if (!value(0)) return false;
    ws();
    return p_ == end_;
  }

  // From the start of a task at `from`, scans tasks and separators until one
  // ends exactly at `target`; appends the tasks found. False on an error, on
  // the array's end, or on passing `target`.
  bool tasks_until(size_t from, size_t target, std::vector<Span>& found) {
    p_ = begin_ + from;
    for (;;) {
      const char* start = p_;
      if (!value(kTaskDepth)) return false;
      found.push_back({static_cast<size_t>(start - begin_), static_cast<size_t>(p_ - start)});
      if (offset() == target) return true;
      if (offset() > target) return false;
      ws();
      if (!at(',')) return false;
      ++p_;
      ws();
    }
  }

  size_t offset() const { return static_cast<size_t>(p_ - begin_); }

 private:
  bool at(char c) const { return p_ < end_ && *p_ == c; }

  void ws() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  bool value(int depth) {
    if (p_ >= end_) return false;
    switch (*p_) {
      case '{':
        return object(depth + 1);
      case '[':
        return array(depth + 1, false);
      case '"':
        return string(nullptr);
      case 't':
        return literal("true");
      case 'f':
        return literal("false");
      case 'n':
        return literal("null");
      default:
        return number();
    }
  }

  bool literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word)
      return false;
    p_ += word.size();
    return true;
  }

  bool digits() {
    if (p_ >= end_ || !is_digit(*p_)) return false;
    while (p_ < end_ && is_digit(*p_)) ++p_;
    return true;
  }

  bool number() {
    if (at('-')) ++p_;
    if (at('0')) {
      ++p_;
    } else if (!digits()) {
      return false;
    }
    if (at('.') && (++p_, !digits())) return false;
    if (at('e') || at('E')) {
      ++p_;
      if (at('+') || at('-')) ++p_;
      if (!digits()) return false;
    }
    return true;
  }

  bool escape() {
    if (++p_ >= end_) return false;
    switch (*p_) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        ++p_;
        return true;
      case 'u':
        if (end_ - p_ < 5 || !is_hex(p_[1]) || !is_hex(p_[2]) || !is_hex(p_[3]) || !is_hex(p_[4]))
          return false;
        p_ += 5;
        return true;
      default:
        return false;
    }
  }

  // On success `raw` (if given) is the body between the quotes, escapes as written.
  bool string(std::string_view* raw) {
    const char* start = ++p_;
    for (;;) {
      while (p_ < end_ && !kStringStop[static_cast<uint8_t>(*p_)]) ++p_;
      if (p_ >= end_) return false;
      if (*p_ == '"') break;
      if (*p_ != '\\' || !escape()) return false;  // a raw control character or a bad escape
    }
    if (raw) *raw = std::string_view(start, static_cast<size_t>(p_ - start));
    ++p_;
    return true;
  }

  bool object(int depth) {
    if (depth > kMaxDepth) return false;
    ++p_;
    ws();
    if (at('}')) return ++p_, true;
    for (;;) {
      std::string_view key;
      if (!at('"') || !string(&key)) return false;
      ws();
      if (!at(':')) return false;
      ++p_;
      ws();
      bool tasks = depth == 1 && key == "nhiem_vu" && at('[');
      if (!(tasks ? array(depth + 1, true) : value(depth))) return false;
      ws();
      if (at('}')) return ++p_, true;
      if (!at(',')) return false;
      ++p_;
      ws();
    }
  }

  // `tasks`: this is the top-level "nhiem_vu" array, record its elements.
  bool array(int depth, bool tasks) {
    if (depth > kMaxDepth) return false;
    if (tasks) {
      out_.has_tasks = true;
      out_.tasks.clear();
    }
    ++p_;
    ws();
    if (at(']')) return ++p_, true;
    for (;;) {
      const char* start = p_;
      if (!value(depth)) return false;
      if (tasks) out_.tasks.push_back({static_cast<size_t>(start - begin_), static_cast<size_t>(p_ - start)});
      ws();
      if (at(']')) return ++p_, true;
      if (!at(',')) return false;
      ++p_;
      ws();
    }
  }

  const char* begin_;
  const char* p_;
  const char* end_;
  PlanScan& out_;
};

size_t common_prefix(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size()), i = 0;
  constexpr size_t kBlock = 64;  // memcmp is vectorised; find the block, then the byte
  while (i + kBlock <= n && std::memcmp(a.data() + i, b.data() + i, kBlock) == 0) i += kBlock;
  while (i < n && a[i] == b[i]) ++i;
  return i;
}

size_t common_suffix(std::string_view a, std::string_view b, size_t limit) {
  size_t i = 0;
  constexpr size_t kBlock = 64;
  const char* ae = a.data() + a.size();
  const char* be = b.data() + b.size();
  while (i + kBlock <= limit && std::memcmp(ae - i - kBlock, be - i - kBlock, kBlock) == 0) i += kBlock;
  while (i < limit && ae[-1 - static_cast<long>(i)] == be[-1 - static_cast<long>(i)]) ++i;
  return i;
}

}  // namespace

PlanScan scan_plan_json(std::string_view text) {
  PlanScan out;
  Scanner scanner(text, out);
  out.ok = scanner.document();
  if (!out.ok) {
    out.error_offset = scanner.offset();
    out.has_tasks = false;
    out.tasks.clear();
  }
  return out;
}

PlanScan scan_plan_json_after(std::string_view text, std::string_view prev,
                              const std::vector<Span>& prev_tasks) {
  if (prev_tasks.empty()) return scan_plan_json(text);
  if (text == prev) return PlanScan{true, 0, true, prev_tasks, prev_tasks.size(), 0};
  size_t prefix = common_prefix(text, prev);
  size_t suffix = common_suffix(text, prev, std::min(text.size(), prev.size()) - prefix);
  auto first = std::upper_bound(prev_tasks.begin(), prev_tasks.end(), prefix,
                                [](size_t pos, const Span& s) { return pos < s.offset; });
  if (first == prev_tasks.begin()) return scan_plan_json(text);  // the difference starts before the tasks
  --first;
  size_t change_end = prev.size() - suffix;  // in prev
  auto last =
      std::find_if(first, prev_tasks.end(), [&](const Span& s) { return s.offset + s.length >= change_end; });
  if (last == prev_tasks.end()) return scan_plan_json(text);  // it ends after the tasks
  long delta = static_cast<long>(text.size()) - static_cast<long>(prev.size());
  size_t target = static_cast<size_t>(static_cast<long>(last->offset + last->length) + delta);

  PlanScan out;
  out.tasks.assign(prev_tasks.begin(), first);
  Scanner scanner(text, out);
  if (!scanner.tasks_until(first->offset, target, out.tasks)) return scan_plan_json(text);
  for (auto it = last + 1; it != prev_tasks.end(); ++it)
    out.tasks.push_back({static_cast<size_t>(static_cast<long>(it->offset) + delta), it->length});
  out.same_head = static_cast<size_t>(first - prev_tasks.begin());
  out.same_tail = static_cast<size_t>(prev_tasks.end() - last - 1);
  out.ok = true;
  out.has_tasks = true;
  return out;
}

}  // namespace ck::history
