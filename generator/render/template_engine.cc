#include "render/template_engine.h"

#include <kainjow/mustache.hpp>

namespace ck {

namespace mustache = kainjow::mustache;

namespace {

mustache::data to_data(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      mustache::data d{mustache::data::type::object};
      for (auto it = j.begin(); it != j.end(); ++it) {
        d.set(it.key(), to_data(it.value()));
        // Mustache cannot test a list for emptiness around a wrapper element:
        // every list `x` also gets a boolean `has_x`.
        if (it.value().is_array() && !j.contains("has_" + it.key()))
          d.set("has_" + it.key(), it.value().empty() ? mustache::data(mustache::data::type::bool_false)
                                                      : mustache::data(mustache::data::type::bool_true));
      }
      return d;
    }
    case nlohmann::json::value_t::array: {
      mustache::data d{mustache::data::type::list};
      for (const auto& v : j) d.push_back(to_data(v));
      return d;
    }
    case nlohmann::json::value_t::string:
      // Empty text is "nothing" for {{#x}} sections, as in most Mustache
      // implementations (kainjow treats any string as true).
      if (j.get_ref<const std::string&>().empty()) return mustache::data(mustache::data::type::bool_false);
      return mustache::data(j.get<std::string>());
    case nlohmann::json::value_t::boolean:
      return j.get<bool>() ? mustache::data(mustache::data::type::bool_true)
                           : mustache::data(mustache::data::type::bool_false);
    case nlohmann::json::value_t::null:
      return mustache::data(mustache::data::type::bool_false);
    default:
      return mustache::data(j.dump());
  }
}

}  // namespace

struct TemplateEngine::Impl {
  std::map<std::string, std::string> partials;
  std::map<std::string, std::unique_ptr<mustache::mustache>> compiled;
};

TemplateEngine::TemplateEngine(const Theme& theme) : impl_(std::make_unique<Impl>()) {
  impl_->partials = theme.partials;
  for (const auto& [name, text] : theme.pages) impl_->compiled[name] = std::make_unique<mustache::mustache>(text);
}

TemplateEngine::~TemplateEngine() = default;

std::string TemplateEngine::render(const std::string& page, const nlohmann::json& view, Diagnostics& diags) const {
  auto it = impl_->compiled.find(page);
  if (it == impl_->compiled.end()) {
    diags.error("themes", 0, 0, "giao diện thiếu mẫu trang \"templates/pages/" + page + ".mustache\"");
    return {};
  }
  mustache::data data = to_data(view);
  for (const auto& [name, text] : impl_->partials) {
    const std::string* body = &text;
    data.set(name, mustache::partial([body] { return *body; }));
  }
  std::string out = it->second->render(data);
  if (!it->second->is_valid())
    diags.error("themes", 0, 0, "mẫu trang \"" + page + "\" lỗi khi dựng trang: " + it->second->error_message());
  return out;
}

}  // namespace ck
