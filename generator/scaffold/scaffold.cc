#include "scaffold/scaffold.h"

#include <algorithm>
#include <regex>
#include <stdexcept>

#include "assets/assets.h"
#include "config/config.h"
#include "model/model.h"
#include "render/page_paths.h"
#include "scaffold/template_text.h"
#include "util/slug.h"

namespace ck::scaffold {

namespace {

std::optional<std::string> id_problem(const std::string& option, const std::string& id,
                                      paths::RouteLevel level) {
  if (!is_slug(id)) {
    std::string suggestion = slugify(id);
    return option + " \"" + id + "\" không hợp lệ — chỉ dùng chữ thường không dấu, số và dấu '-'" +
           (suggestion.empty() ? std::string() : ", vd. \"" + suggestion + "\"");
  }
  if (paths::is_reserved_segment(level, id))
    return option + " \"" + id + "\" trùng tên một trang của cổng — chọn mã khác";
  return std::nullopt;
}

// One line of text a user typed: something, and no line breaks or control
// characters (it is written into YAML, Markdown and unit files).
std::optional<std::string> text_problem(const std::string& option, const std::string& text) {
  if (text.find_first_not_of(" \t") == std::string::npos) return option + " không được để trống";
  for (unsigned char c : text) {
    if (c < 0x20 || c == 0x7f) return option + " phải là một dòng chữ, không có ký tự xuống dòng";
    // A trailing backslash would continue a unit file's line; no name needs one.
    if (c == '\\') return option + " không được chứa dấu \\";
  }
  return std::nullopt;
}

// `s` in a unit file's Description=, where '%' starts a specifier ("%n").
std::string systemd_text(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '%' ? std::string("%%") : std::string(1, c);
  return out;
}

// Files under `folder` of the embedded scaffold, filled with `values`.
std::vector<File> render_folder(std::string_view folder, const Values& values) {
  std::vector<File> files;
  for (const auto& asset : assets::under(folder)) {
    std::string unknown;
    auto path = output_path(asset.path.substr(folder.size()), values, unknown);
    auto content = path ? expand(asset.content, values, unknown) : std::nullopt;
    // The templates ship inside the binary: a placeholder without a value is a bug, caught by the tests.
    if (!content) throw std::logic_error("scaffold: " + std::string(asset.path) + " dùng " + unknown);
    files.push_back({*path, *content});
  }
  return files;
}

}  // namespace

std::optional<std::string> settings_problem(const CommuneSettings& s) {
  if (auto p = id_problem("--commune", s.id, paths::RouteLevel::Site)) return p;
  if (auto p = text_problem("--ten", s.name)) return p;
  if (!commune_kind_from_key(s.kind))
    return "--loai \"" + s.kind + "\" không hợp lệ — chọn một trong: xa, phuong, dac_khu, thanh_pho";
  if (!s.base_url.empty() && !is_http_url(s.base_url)) return base_url_problem("--base-url", s.base_url);
  static const std::regex image(R"([A-Za-z0-9][A-Za-z0-9._/:@-]*)");
  if (!std::regex_match(s.image, image))
    return "--image \"" + s.image + "\" không phải tên ảnh — vd. " + kDefaultImage;
  return std::nullopt;
}

std::optional<std::string> new_plan_problem(const NewPlan& p) {
  if (auto e = id_problem("mã xã", p.commune_id, paths::RouteLevel::Site)) return e;
  if (auto e = id_problem("mã kế hoạch", p.plan_id, paths::RouteLevel::Commune)) return e;
  if (auto e = text_problem("--tieu-de", p.title)) return e;
  static const std::regex period(R"((\d{4})(-(\d{4}))?)");
  std::smatch m;
  if (!std::regex_match(p.period, m, period) || (m[3].matched && m[3].str() < m[1].str()))
    return "--ky \"" + p.period + "\" không hợp lệ — ghi một năm (2026) hoặc hai năm (2026-2030)";
  return std::nullopt;
}

std::vector<File> commune_repository(const CommuneSettings& s) {
  Values values{
      {"CK_MA_XA", s.id},
      {"CK_TEN", s.name},
      {"CK_TEN_YAML", yaml_quoted(s.name)},
      {"CK_TEN_SYSTEMD", systemd_text(s.name)},
      {"CK_LOAI", s.kind},
      {"CK_IMAGE", s.image},
      {"CK_TIEU_DE_YAML", yaml_quoted("Công khai kế hoạch — " + s.name)},
      {"CK_MO_TA_YAML", yaml_quoted("Kế hoạch của " + s.name +
                                    " — nhiệm vụ, thời hạn, tình trạng thực hiện và lịch sử thay đổi.")},
      {"CK_BASE_URL_LINE", s.base_url.empty() ? "# base_url: \"https://cong-khai.ten-xa.gov.vn/\""
                                              : "base_url: " + yaml_quoted(s.base_url)},
  };
  std::vector<File> files = render_folder("scaffold/kho/", values);
  if (s.national)  // the sharded build's files; where a path is also in kho/, this one replaces it
    for (auto& f : render_folder("scaffold/toan-quoc/", values)) {
      auto same = std::find_if(files.begin(), files.end(), [&](const File& k) { return k.path == f.path; });
      if (same != files.end())
        *same = std::move(f);
      else
        files.push_back(std::move(f));
    }
  // The schemas, so that an editor validates data/ as the clerk types.
  for (const auto& schema : assets::under("schemas/"))
    files.push_back({std::string(schema.path), std::string(schema.content)});
  std::sort(files.begin(), files.end(), [](const File& a, const File& b) { return a.path < b.path; });
  return files;
}

std::vector<File> new_plan_files(const NewPlan& p) {
  Values values{
      {"CK_MA_XA", p.commune_id},
      {"CK_KE_HOACH", p.plan_id},
      {"CK_TIEU_DE_YAML", yaml_quoted(p.title)},
      {"CK_KY", p.period},
  };
  std::vector<File> files;
  for (auto& f : render_folder("scaffold/ke-hoach-moi/", values)) {
    std::string ext = f.path.substr(f.path.rfind('.'));
    std::string folder = ext == ".md" ? "content/" : "data/";
    files.push_back({folder + p.commune_id + "/" + p.plan_id + ext, std::move(f.content)});
  }
  std::sort(files.begin(), files.end(), [](const File& a, const File& b) { return a.path < b.path; });
  return files;
}

}  // namespace ck::scaffold
