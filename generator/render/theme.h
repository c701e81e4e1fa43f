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
  // Where each template came from, for errors: "pages/plan" ->
  // "themes/default/templates/pages/plan.mustache" or the override's file.
  std::map<std::string, std::string> origins;
};

// `override_dir` may be empty. Template syntax errors are reported in `diags`.
// With a `source_root`, the override folder and every file in it must resolve
// inside it: a symlink or "../" must not publish files from the build machine.
Theme load_theme(const std::filesystem::path& override_dir, Diagnostics& diags,
                 const std::filesystem::path& source_root = {});

}  // namespace ck
