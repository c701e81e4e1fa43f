#include "config/config.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>

#include "config/yaml_fields.h"
#include "util/text.h"
#include "validate/nesting_depth.h"

namespace ck {

namespace {

// Folders named in the config are read from the source repository: an
// absolute path or "../" would reach (and publish) the build machine's files.
bool is_path_inside_source(const std::string& path) {
  std::filesystem::path p(path);
  if (p.is_absolute() || p.has_root_name() || p.has_root_directory()) return false;
  for (const auto& segment : p.lexically_normal())
    if (segment == "..") return false;
  return true;
}

}  // namespace

bool is_http_url(std::string_view url) {
  size_t host = url.starts_with("https://") ? 8 : url.starts_with("http://") ? 7 : 0;
  if (host == 0 || host == url.size() || url[host] == '/') return false;
  for (unsigned char c : url)
    if (c <= 0x20 || c == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '\\')
      return false;
  return true;
}

std::string base_url_problem(const std::string& name, const std::string& url) {
  return name + " \"" + url +
         "\" không phải địa chỉ web tuyệt đối — ghi dạng https://ten-mien/duong-dan/ (bắt đầu bằng http:// "
         "hoặc https://)";
}

SiteConfig parse_config(const std::string& text, Diagnostics& diags) {
  SiteConfig config;
  YAML::Node root;
  if (auto at = yaml_depth_excess(text)) {
    auto [line, col] = line_col_at(text, *at);
    diags.error(kConfigFile, line, col, nesting_depth_message());
    return config;
  }
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {  // syntax, and nesting too deep (DeepRecursion)
    diags.error(
        kConfigFile, e.mark.line + 1, e.mark.column + 1,
        "không đọc được YAML (" + yaml_error_text(e) + ") — kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép");
    return config;
  }
  if (root.IsNull()) return config;
  if (!root.IsMap()) {
    diags.error(kConfigFile, 1, 1, "tệp cấu hình phải gồm các dòng \"khóa: giá trị\"");
    return config;
  }
  YamlFields f(root, kConfigFile, 0, diags);
  if (auto v = f.string("tieu_de")) config.title = *v;
  if (auto v = f.string("mo_ta")) config.description = *v;
  if (auto v = f.string("base_url")) {
    if (is_http_url(*v))
      config.base_url = *v;
    else
      f.error_at(f.node("base_url"), base_url_problem("base_url", *v));
  }
  if (auto v = f.string("commit_url")) config.commit_url = *v;
  if (auto v = f.string("giay_phep")) config.licence = *v;
  if (auto v = f.string("giao_dien")) {
    if (is_path_inside_source(*v))
      config.theme_dir = *v;
    else
      f.error_at(f.node("giao_dien"),
                 "\"giao_dien\": \"" + *v +
                     "\" nằm ngoài thư mục nguồn — ghi đường dẫn trong kho, vd. themes/cua-xa");
  }
  if (auto v = f.integer("sap_den_han_ngay")) {
    if (*v < 0 || *v > 366)
      f.error_at(f.node("sap_den_han_ngay"), "\"sap_den_han_ngay\" phải từ 0 đến 366 ngày");
    else
      config.due_soon_days = *v;
  }
  if (YAML::Node sources = f.node("lich_su_rieng")) {
    if (!sources.IsMap()) {
      f.error_at(sources, "\"lich_su_rieng\" phải gồm các dòng \"mã-xã: đường/dẫn/kho-git\"");
    } else {
      for (const auto& entry : sources) {
        if (!entry.first.IsScalar()) {  // "[a]: b" or "? {a: 1}": as<std::string>() would throw
          f.error_at(
              entry.first,
              "\"lich_su_rieng\": mỗi dòng bắt đầu bằng mã xã, vd. \"minh-hoa: build/lich-su-minh-hoa\"");
          continue;
        }
        if (!entry.second.IsScalar() || entry.second.Scalar().empty())
          f.error_at(entry.second, "\"lich_su_rieng\": xã \"" + entry.first.as<std::string>() +
                                       "\" cần đường dẫn tới một kho git, vd. build/lich-su-minh-hoa");
        else if (!is_path_inside_source(entry.second.Scalar()))
          f.error_at(entry.second,
                     "\"lich_su_rieng\": \"" + entry.second.Scalar() +
                         "\" nằm ngoài thư mục nguồn — ghi đường dẫn trong kho, vd. build/lich-su-minh-hoa");
        else
          config.history_sources[entry.first.as<std::string>()] = entry.second.Scalar();
      }
    }
  }
  // Read by the uploads CI (bao-cao/, docs/editing.md), not by the build: checked here so a typo fails
  // every build loudly instead of silently sending reports to the wrong place.
  if (auto v = f.string("nhap_bao_cao"); v && *v != "nhanh-rieng" && *v != "truc-tiep")
    f.error_at(f.node("nhap_bao_cao"), "\"nhap_bao_cao\": \"" + *v +
                                           "\" không hợp lệ — ghi nhanh-rieng (mở yêu cầu hợp nhất để Văn phòng "
                                           "duyệt) hoặc truc-tiep (ghi thẳng vào nhánh chính)");
  f.warn_unknown_keys({"tieu_de", "mo_ta", "base_url", "commit_url", "giay_phep", "giao_dien",
                       "sap_den_han_ngay", "lich_su_rieng", "nhap_bao_cao"});
  return config;
}

}  // namespace ck
