// Renders Mustache templates (kainjow) from JSON views. Templates see plain
// serialisable views, never the model's types.
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
  // Unknown template names are reported in `diags` and yield "".
  std::string render(const std::string& page, const nlohmann::json& view, Diagnostics& diags) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ck
