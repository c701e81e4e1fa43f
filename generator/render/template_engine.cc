#include "render/template_engine.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <mutex>
#include <regex>
#include <set>

namespace ck {

namespace mustache = kainjow::mustache;

namespace {

// Objects are filled through operator[] (a move): kainjow's set() and
// push_back() copy the whole subtree at every level. A list still costs one
// copy of its items (kainjow has no move into a list).
mustache::data to_data(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      mustache::data d{mustache::data::type::object};
      for (auto it = j.begin(); it != j.end(); ++it) {
        d[it.key()] = to_data(it.value());
        // Mustache cannot test a list for emptiness around a wrapper element:
        // every list `x` also gets a boolean `has_x`.
        if (it.value().is_array() && !j.contains("has_" + it.key()))
          d["has_" + it.key()] = it.value().empty() ? mustache::data(mustache::data::type::bool_false)
                                                    : mustache::data(mustache::data::type::bool_true);
      }
      return d;
    }
    case nlohmann::json::value_t::array: {
      mustache::basic_list<std::string> items;
      items.reserve(j.size());
      for (const auto& v : j) items.push_back(to_data(v));
      return mustache::data(items);
    }
    case nlohmann::json::value_t::string:
      // Empty text is "nothing" for {{#x}} sections, as in most Mustache
      // implementations (kainjow treats any string as true).
      if (j.get_ref<const std::string&>().empty()) return mustache::data(mustache::data::type::bool_false);
      return mustache::data(j.get_ref<const std::string&>());
    case nlohmann::json::value_t::boolean:
      return j.get<bool>() ? mustache::data(mustache::data::type::bool_true)
                           : mustache::data(mustache::data::type::bool_false);
    case nlohmann::json::value_t::null:
      return mustache::data(mustache::data::type::bool_false);
    default:
      return mustache::data(j.dump());
  }
}

// Looks names up exactly like kainjow's own context and remembers the ones
// found nowhere: Mustache renders a misspelt {{field}} as nothing, silently.
class RecordingContext : public mustache::context<std::string> {
 public:
  explicit RecordingContext(const mustache::data* data) : mustache::context<std::string>(data) {}
  const mustache::data* get(const std::string& name) const override {
    const mustache::data* found = mustache::context<std::string>::get(name);
    if (!found) missing_.insert(name);
    return found;
  }
  const std::set<std::string>& missing() const { return missing_; }

 private:
  mutable std::set<std::string> missing_;
};

// The names a template tests in sections ({{#x}}, {{^x}}): a view may leave
// those out on purpose.
std::set<std::string> section_names(const std::string& text) {
  static const std::regex tag(R"(\{\{\s*[#^]\s*([A-Za-z0-9_.]+)\s*\}\})");
  std::set<std::string> names;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), tag); it != std::sregex_iterator(); ++it)
    names.insert((*it)[1].str());
  return names;
}

// The names a template prints ({{x}}, {{{x}}}, {{& x}}), each with the line of
// its first use.
std::map<std::string, int> printed_names(const std::string& text) {
  static const std::regex tag(R"(\{\{(\{?)\s*&?\s*([A-Za-z0-9_.]+)\s*\}?\}\})");
  std::map<std::string, int> names;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), tag); it != std::sregex_iterator(); ++it) {
    int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + it->position(0), '\n'));
    names.emplace((*it)[2].str(), line);
  }
  return names;
}

// `text` with every {{> name}} replaced by that partial's text, recursively.
// Done once per engine: kainjow would parse a partial again at every use, which
// cost more than rendering. Same output: kainjow renders a partial inline, in
// the same context and line buffer. An unknown partial renders nothing, as in kainjow.
std::string inline_partials(const std::string& text, const std::map<std::string, std::string>& partials,
                            int depth = 0) {
  static const std::regex tag(R"(\{\{>\s*([^}\s]+)\s*\}\})");
  if (depth > 16) return text;  // a partial that includes itself: leave the tag (renders nothing)
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

struct PrintedName {
  std::string origin;  // the template file that prints it
  int line = 0;
};

}  // namespace

struct TemplateEngine::Impl {
  std::map<std::string, std::unique_ptr<mustache::mustache>> compiled;
  // Per page: the names it or any partial prints, where first printed.
  std::map<std::string, std::map<std::string, PrintedName>> printed;
  std::mutex reported_mutex;
  std::set<std::string> reported;  // "origin:name", each reported once per build
};

TemplateEngine::TemplateEngine(const Theme& theme) : impl_(std::make_unique<Impl>()) {
  auto origin_of = [&theme](const std::string& key) {
    auto it = theme.origins.find(key);
    return it == theme.origins.end() ? key : it->second;
  };
  // A name tested by a section anywhere ({{#note}}{{note}}{{/note}}) may be
  // absent; only names that are printed and never tested must exist.
  std::set<std::string> optional;
  for (const auto* templates : {&theme.partials, &theme.pages})
    for (const auto& [name, text] : *templates) optional.merge(section_names(text));
  auto collect = [&](const std::string& text, const std::string& origin, std::map<std::string, PrintedName>& into) {
    for (const auto& [field, line] : printed_names(text))
      if (!optional.count(field)) into.emplace(field, PrintedName{origin, line});
  };
  std::map<std::string, PrintedName> by_partials;
  for (const auto& [name, text] : theme.partials) collect(text, origin_of("partials/" + name), by_partials);
  for (const auto& [name, text] : theme.pages) {
    impl_->compiled[name] = std::make_unique<mustache::mustache>(inline_partials(text, theme.partials));
    auto& printed = impl_->printed[name];
    collect(text, origin_of("pages/" + name), printed);
    printed.insert(by_partials.begin(), by_partials.end());
  }
}

TemplateEngine::~TemplateEngine() = default;

std::string TemplateEngine::render(const std::string& page, const nlohmann::json& view, Diagnostics& diags) const {
  auto it = impl_->compiled.find(page);
  if (it == impl_->compiled.end()) {
    diags.error("themes", 0, 0, "giao diện thiếu mẫu trang \"templates/pages/" + page + ".mustache\"");
    return {};
  }
  mustache::data data = to_data(view);
  if (!it->second->is_valid()) {
    diags.error("themes", 0, 0, "mẫu trang \"" + page + "\" lỗi: " + it->second->error_message());
    return {};
  }
  RecordingContext context(&data);
  std::string out = it->second->render(context);
  if (!it->second->is_valid())
    diags.error("themes", 0, 0, "mẫu trang \"" + page + "\" lỗi khi dựng trang: " + it->second->error_message());
  const auto& printed = impl_->printed.at(page);
  for (const auto& name : context.missing()) {
    auto where = printed.find(name);
    if (where == printed.end()) continue;
    {
      std::lock_guard<std::mutex> lock(impl_->reported_mutex);
      if (!impl_->reported.insert(where->second.origin + ":" + name).second) continue;
    }
    std::string fields;
    for (auto key = view.begin(); key != view.end() && view.is_object(); ++key) fields += (fields.empty() ? "" : ", ") + key.key();
    diags.error(where->second.origin, where->second.line, 0,
                "mẫu trang in trường \"{{" + name + "}}\" nhưng trang \"" + page +
                    "\" không có trường này — sửa tên trường (các trường của trang: " + fields + ")");
  }
  return out;
}

}  // namespace ck
