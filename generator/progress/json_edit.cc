#include "progress/json_edit.h"

#include <algorithm>

#include "assets/assets.h"
#include "history/json_text.h"

namespace ck::progress {

using history::JsonText;

const std::vector<std::string>& task_key_order() {
  static const std::vector<std::string> order = [] {
    std::vector<std::string> keys;
    auto schema = assets::find("schemas/plan.schema.json");
    if (!schema) return keys;
    auto doc = nlohmann::ordered_json::parse(*schema, nullptr, false);
    if (doc.is_discarded()) return keys;
    for (const auto& [key, unused] : doc["definitions"]["task"]["properties"].items()) keys.push_back(key);
    return keys;
  }();
  return order;
}

namespace {

size_t order_of(const std::string& key) {
  const auto& order = task_key_order();
  auto it = std::find(order.begin(), order.end(), key);
  return static_cast<size_t>(it - order.begin());  // unknown keys sort last
}

}  // namespace

bool PlanJsonEditor::find_task(const std::string& task_id, TaskSpan& span) {
  const char* base = text_.data();
  JsonText j(text_);
  std::string key;
  auto offset = [&](const char* p) { return static_cast<size_t>(p - base); };
  if (!j.begin_object()) return error_ = "tệp dữ liệu không phải một đối tượng JSON", false;
  while (j.next_key(key)) {
    if (key != "nhiem_vu") {
      j.skip();
      continue;
    }
    if (!j.begin_array()) break;
    while (j.next_element()) {
      TaskSpan t;
      j.peek();
      t.start = offset(j.cursor());
      if (!j.begin_object()) break;
      std::string id;
      std::string member;
      while (j.next_key(member)) {
        Member m;
        m.key = member;
        j.peek();
        m.value_start = offset(j.cursor());
        // Back from the value over ':' to the key's closing quote, then to its opening one.
        size_t q = m.value_start;
        while (q > 0 && text_[q - 1] != ':') --q;
        while (q > 0 && text_[q - 1] != '"') --q;
        q = q > 0 ? q - 1 : 0;
        while (q > 0) {
          --q;
          if (text_[q] == '"' && (q == 0 || text_[q - 1] != '\\')) break;
        }
        m.key_start = q;
        if (member == "ma") {
          JsonText v(std::string_view(text_).substr(m.value_start));
          id = v.display();
        }
        j.skip();
        m.value_end = offset(j.cursor());
        t.members.push_back(m);
      }
      if (!j.ok()) break;
      t.close = offset(j.cursor()) - 1;
      if (id == task_id) {
        span = std::move(t);
        return true;
      }
    }
    break;
  }
  error_ = j.ok() ? "không có nhiệm vụ mã \"" + task_id + "\" trong tệp dữ liệu"
                  : "tệp dữ liệu không phải JSON hợp lệ";
  return false;
}

std::string PlanJsonEditor::line_indent(size_t pos) const {
  size_t p = pos;
  while (p > 0 && (text_[p - 1] == ' ' || text_[p - 1] == '\t')) --p;
  if (p > 0 && text_[p - 1] != '\n') return "";
  return text_.substr(p, pos - p);
}

std::string PlanJsonEditor::unit_for(const TaskSpan& span) const {
  std::string outer = line_indent(span.start);
  if (!span.members.empty()) {
    std::string inner = line_indent(span.members.front().key_start);
    if (inner.size() > outer.size()) return inner.substr(outer.size());
  }
  return "  ";
}

// One line, with the spaces people write after ':' and ',' (nlohmann's compact form has none).
static std::string one_line(const nlohmann::ordered_json& v) {
  if (v.is_object()) {
    std::string out = "{";
    for (const auto& [k, x] : v.items())
      out += (out.size() > 1 ? ", " : "") + history::json_quote(k) + ": " + one_line(x);
    return out + "}";
  }
  if (v.is_array()) {
    std::string out = "[";
    for (const auto& x : v) out += (out.size() > 1 ? ", " : "") + one_line(x);
    return out + "]";
  }
  return v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// `value` as JSON in the file's style: nlohmann's indented form (the style
// `congkhai import` writes), each line after the first indented by `indent`.
std::string PlanJsonEditor::dump(const nlohmann::ordered_json& value, const std::string& indent,
                                 const std::string& unit) const {
  std::string s = value.is_structured() && !value.empty() && !unit.empty()
                      ? value.dump(static_cast<int>(unit.size()), unit.empty() ? ' ' : unit[0], false,
                                   nlohmann::json::error_handler_t::replace)
                      : one_line(value);
  const std::string nl = newline();
  std::string out;
  for (char c : s) {
    if (c == '\n')
      out += nl + indent;
    else
      out += c;
  }
  return out;
}

bool PlanJsonEditor::set(const std::string& task_id, const std::string& key,
                         const nlohmann::ordered_json& value) {
  TaskSpan t;
  if (!find_task(task_id, t)) return false;
  std::string unit = unit_for(t);
  for (const auto& m : t.members) {
    if (m.key != key) continue;
    std::string indent = line_indent(m.key_start);
    text_.replace(m.value_start, m.value_end - m.value_start, dump(value, indent, unit));
    return true;
  }
  // Insert after the last member that comes before `key`: in the schema's
  // order, or alphabetically in a file whose tasks are written with sorted
  // keys (what json.dump(sort_keys=True) makes).
  auto by_name = [](const Member& a, const Member& b) { return a.key < b.key; };
  auto by_schema = [](const Member& a, const Member& b) { return order_of(a.key) < order_of(b.key); };
  bool alphabetical = t.members.size() >= 3 && std::is_sorted(t.members.begin(), t.members.end(), by_name) &&
                      !std::is_sorted(t.members.begin(), t.members.end(), by_schema);
  const Member* after = nullptr;
  for (const auto& m : t.members)
    if (alphabetical ? m.key < key : order_of(m.key) <= order_of(key)) after = &m;
  if (!after && !t.members.empty()) {  // it goes first: before the first member, with its indentation
    const Member& first = t.members.front();
    std::string indent = line_indent(first.key_start);
    std::string sep = indent.empty() ? ", " : "," + newline() + indent;
    text_.insert(first.key_start, history::json_quote(key) + ": " + dump(value, indent, unit) + sep);
    return true;
  }
  if (!after) {  // an empty object: never a valid task, but keep it simple
    text_.insert(t.start + 1, history::json_quote(key) + ": " + dump(value, "", unit));
    return true;
  }
  std::string indent = line_indent(after->key_start);
  std::string sep = indent.empty() ? ", " : "," + newline() + indent;
  text_.insert(after->value_end, sep + history::json_quote(key) + ": " + dump(value, indent, unit));
  return true;
}

bool PlanJsonEditor::remove(const std::string& task_id, const std::string& key) {
  TaskSpan t;
  if (!find_task(task_id, t)) return false;
  for (size_t i = 0; i < t.members.size(); ++i) {
    if (t.members[i].key != key) continue;
    if (i > 0)  // from the end of the previous value: its comma, line break and indentation go too
      text_.erase(t.members[i - 1].value_end, t.members[i].value_end - t.members[i - 1].value_end);
    else if (t.members.size() > 1)
      text_.erase(t.members[0].key_start, t.members[1].key_start - t.members[0].key_start);
    else
      text_.erase(t.members[0].key_start, t.members[0].value_end - t.members[0].key_start);
    return true;
  }
  return true;  // nothing to remove
}

bool PlanJsonEditor::append(const std::string& task_id, const std::string& key,
                            const nlohmann::ordered_json& item) {
  TaskSpan t;
  if (!find_task(task_id, t)) return false;
  std::string unit = unit_for(t);
  for (const auto& m : t.members) {
    if (m.key != key) continue;
    if (text_[m.value_start] != '[')
      return error_ = "\"" + key + "\" của nhiệm vụ \"" + task_id + "\" không phải danh sách", false;
    std::string key_indent = line_indent(m.key_start);
    // The last element's end: just before the closing bracket, over spaces.
    size_t close = m.value_end - 1;
    size_t last = close;
    while (last > m.value_start + 1 &&
           std::string_view(" \t\r\n").find(text_[last - 1]) != std::string_view::npos)
      --last;
    bool empty = last == m.value_start + 1;
    bool multiline = text_.substr(m.value_start, m.value_end - m.value_start).find('\n') != std::string::npos;
    if (empty || !multiline) {
      if (empty && !key_indent.empty()) {
        std::string inner = key_indent + unit;
        text_.replace(m.value_start, m.value_end - m.value_start,
                      "[" + newline() + inner + dump(item, inner, unit) + newline() + key_indent + "]");
      } else {
        text_.insert(last, std::string(empty ? "" : ", ") + one_line(item));
      }
      return true;
    }
    // The indentation of the elements: that of the first one.
    size_t first = m.value_start + 1;
    while (first < close && std::string_view(" \t\r\n").find(text_[first]) != std::string_view::npos) ++first;
    std::string inner = line_indent(first);
    text_.insert(last, "," + newline() + inner + dump(item, inner, unit));
    return true;
  }
  return set(task_id, key, nlohmann::ordered_json::array({item}));
}

}  // namespace ck::progress
