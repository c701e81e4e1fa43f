#include "publish/data_vocabulary.h"

#include <nlohmann/json.hpp>

#include "assets/assets.h"

namespace ck {

const nlohmann::json& data_strings() {
  static const nlohmann::json strings = [] {
    auto text = assets::find("themes/default/strings/vi.json");
    return text ? nlohmann::json::parse(*text, nullptr, false) : nlohmann::json::object();
  }();
  return strings;
}

std::string data_label(std::string_view group, const std::string& key) {
  const nlohmann::json& strings = data_strings();
  auto g = strings.find(group);
  if (g == strings.end() || !g->is_object()) return key;
  auto it = g->find(key);
  return it != g->end() && it->is_string() ? it->get<std::string>() : key;
}

}  // namespace ck
