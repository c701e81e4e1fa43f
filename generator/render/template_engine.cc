#include "render/template_engine.h"

#include "render/mustache.h"

#include <algorithm>
#include <regex>
#include <set>

namespace ck {

namespace {

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

struct PrintedName {
  std::string origin;  // the template file that prints it
  int line = 0;
};

}  // namespace

struct TemplateEngine::Impl {
  nlohmann::json globals;  // {"t": the theme's UI strings}: every page's {{t.…}}, kept out of the views
  std::map<std::string, std::unique_ptr<mustache::Template>> compiled;
  // Per page: the names it or any partial prints, where first printed.
  std::map<std::string, std::map<std::string, PrintedName>> printed;
};

TemplateEngine::TemplateEngine(const Theme& theme) : impl_(std::make_unique<Impl>()) {
  impl_->globals = {{"t", theme.strings}};
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
    impl_->compiled[name] = std::make_unique<mustache::Template>(mustache::inline_partials(text, theme.partials));
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
  if (!it->second->valid()) {
    diags.error("themes", 0, 0, "mẫu trang \"" + page + "\" lỗi: " + it->second->error());
    return {};
  }
  std::set<std::string> missing;
  std::string out;
  out.reserve(16384);
  it->second->render(view, out, &missing, &impl_->globals);
  const auto& printed = impl_->printed.at(page);
  for (const auto& name : missing) {
    auto where = printed.find(name);
    if (where == printed.end()) continue;
    std::string fields;
    for (auto key = view.begin(); key != view.end() && view.is_object(); ++key) fields += (fields.empty() ? "" : ", ") + key.key();
    diags.error(where->second.origin, where->second.line, 0,
                "mẫu trang in trường \"{{" + name + "}}\" nhưng trang \"" + page +
                    "\" không có trường này — sửa tên trường (các trường của trang: " + fields + ")");
  }
  return out;
}

}  // namespace ck
