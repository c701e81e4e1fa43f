#include "config/config.h"

#include <yaml-cpp/yaml.h>

#include "config/yaml_fields.h"

namespace ck {

SiteConfig parse_config(const std::string& text, Diagnostics& diags) {
  SiteConfig config;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    diags.error(kConfigFile, e.mark.line + 1, e.mark.column + 1,
                "không đọc được YAML (" + e.msg + ") — kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép");
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
  if (auto v = f.string("base_url")) config.base_url = *v;
  if (auto v = f.string("commit_url")) config.commit_url = *v;
  if (auto v = f.string("giay_phep")) config.licence = *v;
  if (auto v = f.string("giao_dien")) config.theme_dir = *v;
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
        if (!entry.second.IsScalar() || entry.second.Scalar().empty())
          f.error_at(entry.second, "\"lich_su_rieng\": xã \"" + entry.first.as<std::string>() +
                                       "\" cần đường dẫn tới một kho git, vd. build/lich-su-minh-hoa");
        else
          config.history_sources[entry.first.as<std::string>()] = entry.second.Scalar();
      }
    }
  }
  f.warn_unknown_keys({"tieu_de", "mo_ta", "base_url", "commit_url", "giay_phep", "giao_dien", "sap_den_han_ngay",
                       "lich_su_rieng"});
  return config;
}

}  // namespace ck
