// Renders the theme's Mustache templates (render/mustache) from JSON views.
// Templates see plain serialisable views, never the model's types. One engine
// serves every render thread: rendering changes nothing in it.
#pragma once
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "render/theme.h"
#include "util/diagnostic.h"

namespace ck {

class TemplateEngine {
 public:
  explicit TemplateEngine(const Theme& theme);
  ~TemplateEngine();
  // Renders `page` ("plan", …) with `view`; every template is a partial too.
  // Unknown template names, template syntax errors and printed names the view
  // lacks are reported in `diags` at every call (callers keep the first of equal messages).
  std::string render(const std::string& page, const nlohmann::json& view, Diagnostics& diags) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ck
