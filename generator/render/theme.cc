#include "render/theme.h"

#include <fstream>
#include <sstream>

#include <kainjow/mustache.hpp>

#include "assets/assets.h"
#include "render/css_minify.h"
#include "util/source_path.h"

namespace ck {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kDefaultPrefix = "themes/default/";

// A theme's strings file changes only the labels it names: every group and
// label of the default theme stays (the views look them up, and a group left
// out used to be undefined behaviour on the const JSON).
void overlay_strings(nlohmann::json& base, const nlohmann::json& theirs, const std::string& where,
                     const std::string& origin, Diagnostics& diags) {
  if (!theirs.is_object() || (!base.is_null() && !base.is_object())) {
    diags.error(origin, 0, 0, "nhãn \"" + where + "\" phải là một nhóm nhãn {…} như trong giao diện mặc định");
    return;
  }
  if (base.is_null()) base = nlohmann::json::object();
  for (const auto& [key, value] : theirs.items()) {
    std::string name = where.empty() ? key : where + "." + key;
    auto mine = base.find(key);
    if (value.is_object() || (mine != base.end() && mine->is_object())) {
      overlay_strings(base[key], value, name, origin, diags);
    } else if (mine != base.end() && mine->type() != value.type()) {
      diags.error(origin, 0, 0, "nhãn \"" + name + "\" phải cùng kiểu với giao diện mặc định (" +
                                    std::string(mine->type_name()) + ")");
    } else {
      base[key] = value;
    }
  }
}

void put(Theme& theme, const std::string& rel, std::string content, const std::string& origin, Diagnostics& diags) {
  const std::string pages = "templates/pages/", partials = "templates/partials/", suffix = ".mustache";
  bool is_template = rel.size() > suffix.size() && rel.compare(rel.size() - suffix.size(), suffix.size(), suffix) == 0;
  bool is_page = is_template && rel.rfind(pages, 0) == 0;
  bool is_partial = is_template && rel.rfind(partials, 0) == 0;
  if (is_page || is_partial) {
    size_t prefix = is_page ? pages.size() : partials.size();
    std::string name = rel.substr(prefix, rel.size() - prefix - suffix.size());
    kainjow::mustache::mustache check(content);
    if (!check.is_valid()) diags.error(origin, 0, 0, "mẫu trang lỗi: " + check.error_message());
    (is_page ? theme.pages : theme.partials)[name] = std::move(content);
    theme.origins[(is_page ? "pages/" : "partials/") + name] = origin;
  } else if (rel == "strings/vi.json") {
    try {
      overlay_strings(theme.strings, nlohmann::json::parse(content), "", origin, diags);
    } catch (const nlohmann::json::exception& e) {
      diags.error(origin, 0, 0, std::string("tệp nhãn giao diện không phải JSON hợp lệ: ") + e.what());
    }
  } else if (rel.rfind("static/", 0) == 0) {
    bool is_css = rel.size() > 4 && rel.compare(rel.size() - 4, 4, ".css") == 0;
    theme.static_files[rel] = is_css ? minify_css(content) : std::move(content);
  }
}

}  // namespace

Theme load_theme(const fs::path& override_dir, Diagnostics& diags, const fs::path& source_root) {
  Theme theme;
  for (const auto& asset : assets::under(kDefaultPrefix)) {
    std::string rel(asset.path.substr(kDefaultPrefix.size()));
    put(theme, rel, std::string(asset.content), std::string(asset.path), diags);
  }
  if (override_dir.empty()) return theme;
  // Errors name files as the editor sees them: relative to the source.
  auto shown = [&](const fs::path& p) {
    return source_root.empty() ? p.string() : p.lexically_relative(source_root).generic_string();
  };
  std::error_code ec;
  if (!fs::is_directory(override_dir, ec)) {
    diags.error(shown(override_dir), 0, 0, "không thấy thư mục giao diện (giao_dien trong congkhai.yaml)");
    return theme;
  }
  if (!source_root.empty() && !resolves_inside(source_root, override_dir)) {
    diags.error("congkhai.yaml", 0, 0, "thư mục giao diện \"" + shown(override_dir) +
                                       "\" nằm ngoài thư mục nguồn (liên kết tượng trưng?) — đặt giao diện trong kho");
    return theme;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(override_dir, ec))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    if (!source_root.empty() && !resolves_inside(source_root, path)) {
      diags.error(shown(path), 0, 0, "tệp giao diện trỏ ra ngoài thư mục nguồn (liên kết tượng trưng?) — chỉ dùng tệp nằm trong kho");
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    put(theme, path.lexically_relative(override_dir).generic_string(), ss.str(), shown(path), diags);
  }
  return theme;
}

}  // namespace ck
