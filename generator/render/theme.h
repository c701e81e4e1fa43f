// A theme: Mustache templates, static files and UI strings. The default theme
// is compiled into the binary; a theme folder in the content repository
// (config `giao_dien`) overrides any of its files by name.
#pragma once
#include <filesystem>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "util/diagnostic.h"

namespace ck {

// templates/pages/<name>.mustache render whole pages; templates/partials/<name>.mustache
// are included with {{> name}}. Partial names must not equal a view key.
struct Theme {
  std::map<std::string, std::string> pages;         // "plan" -> text of templates/pages/plan.mustache
  std::map<std::string, std::string> partials;      // "head" -> text of templates/partials/head.mustache
  std::map<std::string, std::string> static_files;  // "static/style.css" -> bytes
  nlohmann::json strings;                           // strings/vi.json
};

// `override_dir` may be empty. Template syntax errors are reported in `diags`.
Theme load_theme(const std::filesystem::path& override_dir, Diagnostics& diags);

}  // namespace ck
