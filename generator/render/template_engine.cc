#include "render/template_engine.h"

#include <kainjow/mustache.hpp>

#include <regex>

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

}  // namespace

struct TemplateEngine::Impl {
  std::map<std::string, std::unique_ptr<mustache::mustache>> compiled;
};

TemplateEngine::TemplateEngine(const Theme& theme) : impl_(std::make_unique<Impl>()) {
  for (const auto& [name, text] : theme.pages)
    impl_->compiled[name] = std::make_unique<mustache::mustache>(inline_partials(text, theme.partials));
}

TemplateEngine::~TemplateEngine() = default;

std::string TemplateEngine::render(const std::string& page, const nlohmann::json& view, Diagnostics& diags) const {
  auto it = impl_->compiled.find(page);
  if (it == impl_->compiled.end()) {
    diags.error("themes", 0, 0, "giao diện thiếu mẫu trang \"templates/pages/" + page + ".mustache\"");
    return {};
  }
  mustache::data data = to_data(view);
  std::string out = it->second->render(data);
  if (!it->second->is_valid())
    diags.error("themes", 0, 0, "mẫu trang \"" + page + "\" lỗi khi dựng trang: " + it->second->error_message());
  return out;
}

}  // namespace ck
