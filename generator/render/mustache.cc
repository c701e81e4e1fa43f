#include "render/mustache.h"

#include <cctype>
#include <regex>
#include <string_view>

#include "util/text.h"

namespace ck::mustache {

namespace {

using nlohmann::json;

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// "a.b" → {"a", "b"}, as kainjow splits it (std::getline: a trailing empty piece is dropped).
std::vector<std::string> split_name(const std::string& name) {
  std::vector<std::string> parts;
  if (name.find('.') == std::string::npos) return {name};
  std::size_t from = 0;
  while (from < name.size()) {
    std::size_t dot = name.find('.', from);
    if (dot == std::string::npos) dot = name.size();
    parts.push_back(name.substr(from, dot - from));
    from = dot + 1;
  }
  return parts;
}

// A custom delimiter may not contain whitespace or '='.
bool valid_delimiter(const std::string& d) {
  for (char c : d)
    if (c == '=' || std::isspace(static_cast<unsigned char>(c))) return false;
  return true;
}

// "=<% %>=" → begin "<%", end "%>".
bool parse_set_delimiter(const std::string& contents, std::string& begin, std::string& end) {
  if (contents.size() < 5 || contents.back() != '=') return false;
  const std::string inner = trim(std::string_view(contents).substr(1, contents.size() - 2));
  const std::size_t space = inner.find(' ');
  if (space == std::string::npos) return false;
  const std::size_t next = inner.find_first_not_of(' ', space + 1);
  if (next == std::string::npos) return false;
  std::string b = inner.substr(0, space), e = inner.substr(next);
  if (!valid_delimiter(b) || !valid_delimiter(e)) return false;
  begin = std::move(b);
  end = std::move(e);
  return true;
}

}  // namespace

std::string inline_partials(const std::string& text, const std::map<std::string, std::string>& partials, int depth) {
  static const std::regex tag(R"(\{\{>\s*([^}\s]+)\s*\}\})");
  if (depth > 16) return text;
  std::string out;
  auto last = text.cbegin();
  for (auto it = std::sregex_iterator(text.begin(), text.end(), tag); it != std::sregex_iterator(); ++it) {
    out.append(last, text.cbegin() + it->position(0));
    auto partial = partials.find((*it)[1].str());
    if (partial != partials.end()) out += inline_partials(partial->second, partials, depth + 1);
    last = text.cbegin() + it->position(0) + it->length(0);
  }
  out.append(last, text.cend());
  return out;
}

Template::Template(const std::string& input) {
  std::string begin = "{{", end = "}}";
  bool braces = true;
  std::vector<std::uint32_t> open;           // sections not yet closed
  std::vector<std::size_t> positions;        // per node: where its tag starts
  std::vector<bool> closed;                  // per node: a section closed by a tag of its name
  std::string text;
  auto push = [&](Node node, std::size_t position) {
    nodes_.push_back(std::move(node));
    positions.push_back(position);
    closed.push_back(false);
  };
  auto flush_text = [&] {
    if (text.empty()) return;
    Node node;
    node.text = std::move(text);
    push(std::move(node), 0);
    text.clear();
  };

  const std::size_t n = input.size();
  for (std::size_t pos = 0; pos < n;) {
    if (input.compare(pos, begin.size(), begin) != 0) {
      const char c = input[pos];
      if (c == '\n' || c == '\r') {
        flush_text();
        const std::size_t len = c == '\r' && pos + 1 < n && input[pos + 1] == '\n' ? 2 : 1;
        Node node;
        node.kind = Kind::newline;
        node.text = input.substr(pos, len);
        push(std::move(node), pos);
        pos += len;
      } else {
        text += c;
        ++pos;
      }
      continue;
    }
    flush_text();
    const std::size_t start = pos;
    std::size_t contents = start + begin.size();
    const bool triple = braces && start != n - 2 && contents < n && input[contents] == begin[0];
    if (triple) ++contents;
    const std::string close = triple ? std::string("}}}") : end;
    const std::size_t tag_end = input.find(close, contents);
    if (tag_end == std::string::npos) {
      error_ = "Unclosed tag at " + std::to_string(start);
      return;
    }
    const std::string body = trim(std::string_view(input).substr(contents, tag_end - contents));
    Node node;
    if (!body.empty() && body[0] == '=') {
      if (!parse_set_delimiter(body, begin, end)) {
        error_ = "Invalid set delimiter tag at " + std::to_string(start);
        return;
      }
      braces = begin == "{{" && end == "}}";
      pos = tag_end + close.size();
      node.kind = Kind::ignored;
      push(std::move(node), start);
      continue;
    }
    pos = tag_end + close.size();
    char sigil = triple || body.empty() ? 0 : body[0];
    if (triple) {
      node.kind = Kind::raw;
      node.text = body;
    } else {
      switch (sigil) {
        case '#': node.kind = Kind::section; break;
        case '^': node.kind = Kind::inverted; break;
        case '&': node.kind = Kind::raw; break;
        case '/':
        case '>':  // partials are inlined before parsing; one left over is unknown and renders nothing
        case '!': node.kind = Kind::ignored; break;
        default: sigil = 0; node.kind = Kind::variable;
      }
      node.text = sigil ? trim(std::string_view(body).substr(1)) : body;
    }
    if (sigil == '/') {
      if (open.empty()) {
        error_ = "Unopened section \"" + node.text + "\" at " + std::to_string(start);
        return;
      }
      Node& section = nodes_[open.back()];
      closed[open.back()] = section.text == node.text;
      section.end = static_cast<std::uint32_t>(nodes_.size());
      open.pop_back();
      continue;
    }
    if (node.kind == Kind::ignored) {
      push(std::move(node), start);
      continue;
    }
    if (node.text != ".") node.parts = split_name(node.text);
    const bool opens = node.kind == Kind::section || node.kind == Kind::inverted;
    push(std::move(node), start);
    if (opens) open.push_back(static_cast<std::uint32_t>(nodes_.size() - 1));
  }
  flush_text();
  for (std::uint32_t i : open) nodes_[i].end = static_cast<std::uint32_t>(nodes_.size());
  for (std::size_t i = 0; i < nodes_.size(); ++i) {
    const Node& node = nodes_[i];
    if ((node.kind == Kind::section || node.kind == Kind::inverted) && !closed[i]) {
      error_ = "Unclosed section \"" + node.text + "\" at " + std::to_string(positions[i]);
      nodes_.clear();
      return;
    }
  }
}

// One rendering: the context stack, the output and the state of the current line.
struct Template::Renderer {
  // A value in the view, or the `has_x` of a list x (which the view does not hold).
  struct Ref {
    const json* value = nullptr;
    int synthetic = -1;  // -1: *value; 0 or 1: a has_x answer
  };

  const std::vector<Node>& nodes;
  std::string& out;
  std::set<std::string>* missing;
  std::vector<Ref> stack;
  std::size_t line_start;
  bool section_on_line = false;  // a rendered section began or ended on this line

  static bool child(const Ref& of, const std::string& key, Ref& found) {
    if (of.synthetic >= 0 || !of.value->is_object()) return false;
    auto it = of.value->find(key);
    if (it != of.value->end()) {
      found = Ref{&*it, -1};
      return true;
    }
    if (key.size() >= 4 && key.compare(0, 4, "has_") == 0) {
      auto list = of.value->find(std::string_view(key).substr(4));
      if (list != of.value->end() && list->is_array()) {
        found = Ref{nullptr, list->empty() ? 0 : 1};
        return true;
      }
    }
    return false;
  }

  // The whole name against each context, innermost first.
  bool lookup(const Node& node, Ref& found) const {
    if (node.parts.empty()) {
      found = stack.back();
      return true;
    }
    for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
      Ref at = *it;
      bool ok = true;
      for (const auto& part : node.parts)
        if (!child(at, part, at)) {
          ok = false;
          break;
        }
      if (ok) {
        found = at;
        return true;
      }
    }
    return false;
  }

  static bool truthy(const Ref& r) {
    if (r.synthetic >= 0) return r.synthetic == 1;
    switch (r.value->type()) {
      case json::value_t::null: return false;
      case json::value_t::boolean: return r.value->get<bool>();
      case json::value_t::string: return !r.value->get_ref<const std::string&>().empty();
      case json::value_t::array: return !r.value->empty();
      default: return true;
    }
  }

  void print(const Ref& r, bool escape) {
    if (r.synthetic >= 0) return;
    switch (r.value->type()) {
      case json::value_t::string: {
        const auto& s = r.value->get_ref<const std::string&>();
        if (escape) append_html_escaped(out, s, "&apos;");
        else out += s;
        return;
      }
      case json::value_t::object:
      case json::value_t::array:
      case json::value_t::boolean:
      case json::value_t::null: return;
      default: out += r.value->dump();  // numbers print as JSON writes them
    }
  }

  // A line that held a rendered section tag and nothing but blanks is dropped, newline and all.
  void end_line(const std::string* newline) {
    bool blank = section_on_line;
    for (std::size_t i = line_start; blank && i < out.size(); ++i) blank = out[i] == ' ' || out[i] == '\t';
    if (blank) out.resize(line_start);
    else if (newline) out += *newline;
    line_start = out.size();
    section_on_line = false;
  }

  void section(std::uint32_t at, const Ref* value) {
    const Node& node = nodes[at];
    if (value && value->synthetic < 0 && value->value->is_array() && !value->value->empty()) {
      for (const auto& item : *value->value) {
        section_on_line = true;
        stack.push_back(Ref{&item, -1});
        run(at + 1, node.end);
        stack.pop_back();
        section_on_line = true;
      }
      return;
    }
    section_on_line = true;
    if (value) stack.push_back(*value);
    run(at + 1, node.end);
    if (value) stack.pop_back();
    section_on_line = true;
  }

  void run(std::uint32_t from, std::uint32_t to) {
    for (std::uint32_t i = from; i < to;) {
      const Node& node = nodes[i];
      Ref found;
      switch (node.kind) {
        case Kind::text: out += node.text; break;
        case Kind::newline: end_line(&node.text); break;
        case Kind::variable:
        case Kind::raw:
          if (lookup(node, found)) print(found, node.kind == Kind::variable);
          else if (missing) missing->insert(node.text);
          break;
        case Kind::section:
          if (lookup(node, found) && truthy(found)) section(i, &found);
          i = node.end;
          continue;
        case Kind::inverted: {
          const bool present = lookup(node, found);
          if (!present || !truthy(found)) section(i, present ? &found : nullptr);
          i = node.end;
          continue;
        }
        case Kind::ignored: break;
      }
      ++i;
    }
  }
};

void Template::render(const nlohmann::json& view, std::string& out, std::set<std::string>* missing,
                      const nlohmann::json* globals) const {
  if (!valid()) return;
  Renderer r{nodes_, out, missing, {}, out.size()};
  r.stack.reserve(16);
  if (globals) r.stack.push_back(Renderer::Ref{globals, -1});
  r.stack.push_back(Renderer::Ref{&view, -1});
  r.run(0, static_cast<std::uint32_t>(nodes_.size()));
  r.end_line(nullptr);
}

}  // namespace ck::mustache
