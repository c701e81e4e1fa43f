#include "history/narrative_diff.h"

#include <algorithm>
#include <cstdint>

#include "history/commit_info.h"
#include "util/text.h"

namespace ck::history {

namespace {

std::string unquote(std::string v) {
  v = trim(v);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
    v = v.substr(1, v.size() - 2);
  return v;
}

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// "key: value" at column 0 → key, value; else false.
bool key_line(std::string_view line, std::string& key, std::string& value) {
  size_t i = 0;
  while (i < line.size() && is_key_char(line[i])) ++i;
  if (i == 0 || i >= line.size() || line[i] != ':') return false;
  key = std::string(line.substr(0, i));
  value = unquote(std::string(line.substr(i + 1)));
  return true;
}

void append_value(std::string& to, std::string_view line) {
  std::string v = trim(line);
  if (!v.empty() && v[0] == '-') v = trim(v.substr(1));
  v = unquote(v);
  if (v.empty()) return;
  if (!to.empty()) to += "; ";
  to += v;
}

enum class Op : uint8_t { Same, Del, Add };
struct Edit {
  Op op;
  size_t old_line;  // 0-based, for Same/Del
  size_t new_line;  // 0-based, for Same/Add (for Del: the new line it precedes)
};

// Edit script between a and b: LCS on the middle after trimming the common
// prefix and suffix.
std::vector<Edit> edit_script(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
    ++suf;
  size_t n = a.size() - pre - suf, m = b.size() - pre - suf;
  std::vector<Edit> out;
  for (size_t i = 0; i < pre; ++i) out.push_back({Op::Same, i, i});
  if (n * m <= 1'000'000 && n > 0 && m > 0) {
    // lcs[i][j]: LCS length of a[pre+i..] and b[pre+j..]
    std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;)
      for (size_t j = m; j-- > 0;)
        at(i, j) = a[pre + i] == b[pre + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[pre + i] == b[pre + j]) {
        out.push_back({Op::Same, pre + i++, pre + j++});
      } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
        out.push_back({Op::Del, pre + i++, pre + j});  // deletions first, as in unified diffs
      } else {
        out.push_back({Op::Add, pre + i, pre + j++});
      }
    }
  } else {
    for (size_t i = 0; i < n; ++i) out.push_back({Op::Del, pre + i, pre});
    for (size_t j = 0; j < m; ++j) out.push_back({Op::Add, pre + n, pre + j});
  }
  for (size_t k = 0; k < suf; ++k) out.push_back({Op::Same, pre + n + k, pre + m + k});
  return out;
}

class DiffWriter {
 public:
  DiffWriter(size_t max_lines, size_t max_bytes) : max_lines_(max_lines), max_bytes_(max_bytes) {}
  // False once the limit is reached.
  bool line(std::string_view text) {
    if (lines_ >= max_lines_ || out_.text.size() + text.size() + 1 > max_bytes_) {
      out_.truncated = true;
      return false;
    }
    out_.text.append(text).push_back('\n');
    ++lines_;
    return true;
  }
  LineDiff take() { return std::move(out_); }

 private:
  size_t max_lines_, max_bytes_, lines_ = 0;
  LineDiff out_;
};

}  // namespace

MarkdownParts split_markdown(std::string_view text) {
  MarkdownParts parts;
  auto lines = split_lines(text);
  size_t body_start = 0;
  if (!lines.empty() && trim(lines[0]) == "---") {
    for (size_t i = 1; i < lines.size(); ++i) {
      std::string t = trim(lines[i]);
      if (t == "---" || t == "...") {
        body_start = i + 1;
        parts.body_first_line = i + 2;
        break;
      }
      std::string key, value;
      if (key_line(lines[i], key, value))
        parts.front_matter.emplace_back(key, value);
      else if (!parts.front_matter.empty())
        append_value(parts.front_matter.back().second, lines[i]);
    }
    if (body_start == 0) parts.front_matter.clear();  // no closing line: not front matter
  }
  for (size_t i = body_start; i < lines.size(); ++i) {
    parts.body += lines[i];
    parts.body += '\n';
  }
  return parts;
}

std::vector<FieldChange> diff_front_matter(const MarkdownParts& before, const MarkdownParts& after) {
  std::vector<FieldChange> out;
  auto find = [](const MarkdownParts& p, const std::string& key) -> const std::string* {
    for (const auto& [k, v] : p.front_matter)
      if (k == key) return &v;
    return nullptr;
  };
  for (const auto& [k, v] : after.front_matter) {
    const std::string* old = find(before, k);
    if (!old || *old != v) out.push_back({k, old ? *old : "", v});
  }
  for (const auto& [k, v] : before.front_matter)
    if (!find(after, k)) out.push_back({k, v, ""});
  return out;
}

LineDiff line_diff(std::string_view before, std::string_view after, size_t max_lines, size_t max_bytes,
                   size_t first_line) {
  auto a = split_lines(before), b = split_lines(after);
  auto script = edit_script(a, b);
  constexpr size_t kContext = 2;
  DiffWriter w(max_lines, max_bytes);
  size_t k = 0;
  while (k < script.size()) {
    while (k < script.size() && script[k].op == Op::Same) ++k;
    if (k == script.size()) break;
    // A hunk: kContext lines around its changes; changes closer than 2*kContext
    // unchanged lines share one hunk.
    size_t start = k >= kContext ? k - kContext : 0;
    size_t last_change = k;
    for (size_t j = k + 1; j < script.size();) {
      if (script[j].op != Op::Same) {
        last_change = j++;
        continue;
      }
      size_t gap_end = j;
      while (gap_end < script.size() && script[gap_end].op == Op::Same) ++gap_end;
      if (gap_end == script.size() || gap_end - j > 2 * kContext) break;
      j = gap_end;
    }
    size_t end = std::min(script.size(), last_change + 1 + kContext);
    if (!w.line("@@ dòng " + std::to_string(script[start].new_line + first_line) + " @@")) break;
    bool full = true;
    for (size_t i = start; i < end && full; ++i) {
      const Edit& e = script[i];
      char mark = e.op == Op::Same ? ' ' : e.op == Op::Del ? '-' : '+';
      full = w.line(std::string(1, mark) + (e.op == Op::Add ? b[e.new_line] : a[e.old_line]));
    }
    if (!full) break;
    k = end;
  }
  return w.take();
}

NarrativeChange narrative_change(const std::string* before, const std::string* after) {
  NarrativeChange c;
  c.kind = !before ? ChangeKind::Added : !after ? ChangeKind::Removed : ChangeKind::Modified;
  MarkdownParts old_parts = before ? split_markdown(valid_utf8(*before)) : MarkdownParts{};
  MarkdownParts new_parts = after ? split_markdown(valid_utf8(*after)) : MarkdownParts{};
  if (c.kind != ChangeKind::Modified) return c;
  c.front_matter = diff_front_matter(old_parts, new_parts);
  auto d = line_diff(old_parts.body, new_parts.body, 60, 8192, new_parts.body_first_line);
  c.diff = std::move(d.text);
  c.diff_truncated = d.truncated;
  return c;
}

}  // namespace ck::history
