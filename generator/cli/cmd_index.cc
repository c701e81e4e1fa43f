// `congkhai index`: the national (or province) index — home page with every
// commune's counts and links and the country's, the open data catalogue, the
// merged change feed and, with base_url, the sitemap — from the summaries
// the shard jobs wrote (`congkhai build --communes-from … --summary DIR`),
// without loading a single plan. docs/scale.md describes the national build.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "config/config.h"
#include "load/source_file.h"
#include "publish/commune_summary.h"
#include "render/theme.h"

namespace ck::cli {

namespace {

struct IndexArgs {
  std::string source = ".";
  std::string summaries;
  std::string out = "site";
  std::string site_pattern = "{id}/";
  std::string base_url;
};

// Every DIR/*.json, sorted by name; a file that is not JSON is an error naming it.
std::vector<nlohmann::json> read_summaries(const std::filesystem::path& dir, Diagnostics& diags) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  if (ec) diags.error(dir.string(), 0, 0, "không đọc được thư mục tóm tắt: " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<nlohmann::json> out;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto doc = nlohmann::json::parse(text.str(), nullptr, false);
    if (doc.is_discarded()) {
      diags.error(f.string(), 0, 0, "không phải JSON hợp lệ — tệp tóm tắt bị cắt dở? Dựng lại lô có xã này");
      continue;
    }
    out.push_back(std::move(doc));
  }
  return out;
}

int run_index(const IndexArgs& args) {
  if (!args.base_url.empty() && !is_http_url(args.base_url)) {
    std::cerr << "congkhai index: " << base_url_problem("--base-url", args.base_url) << "\n";
    return kUsageError;
  }
  Diagnostics diags;
  Portal portal;  // the configuration only: title, description, licence, base_url, theme
  if (source_exists(args.source, kConfigFile, diags))
    if (auto text = read_source_file(args.source, kConfigFile, diags))
      portal.config = parse_config(*text, diags);
  if (!args.base_url.empty()) portal.config.base_url = args.base_url;  // as `build --base-url`
  std::filesystem::path theme_dir;
  if (!portal.config.theme_dir.empty())
    theme_dir = std::filesystem::path(args.source) / portal.config.theme_dir;
  Theme theme = load_theme(theme_dir, diags, args.source);
  auto summaries = read_summaries(args.summaries, diags);
  SiteFiles files;
  if (!diags.has_errors())
    files = national_index(portal, theme, std::move(summaries), args.site_pattern, CK_VERSION, diags);
  std::cerr << diags.format_all();
  if (diags.has_errors()) {
    std::cerr << "congkhai index: " << diags.error_count()
              << " lỗi — chưa ghi gì, thư mục đầu ra giữ nguyên.\n";
    return kContentError;
  }
  if (auto error = write_site_atomically(args.out, files)) {
    std::cerr << "congkhai index: " << *error << "\n";
    return kContentError;
  }
  std::cerr << "congkhai index: đã tạo trang chủ và danh mục dữ liệu trong " << args.out << "/\n";
  return kOk;
}

}  // namespace

void add_index_command(CLI::App& app, int& exit_code) {
  static IndexArgs args;
  auto* cmd = app.add_subcommand(
      "index",
      "Dựng trang chủ toàn quốc (hoặc tỉnh) và danh mục dữ liệu từ tóm tắt của các lô xã (build --summary)");
  cmd->add_option("--summaries", args.summaries, "Thư mục chứa các tệp tóm tắt <mã xã>.json")->required();
  cmd->add_option("--source", args.source, "Thư mục nguồn (đọc congkhai.yaml và giao diện)")
      ->capture_default_str();
  cmd->add_option("--out", args.out, "Thư mục đầu ra")->capture_default_str();
  cmd->add_option(
         "--commune-site", args.site_pattern,
         "Nơi trang của mỗi xã được đăng, so với trang chủ; {id} là mã xã (mặc định {id}/; \"\" khi các "
         "trang xã nằm cùng chỗ với trang chủ; hoặc một địa chỉ https://…/{id}/)")
      ->capture_default_str();
  cmd->add_option("--base-url", args.base_url,
                  "Địa chỉ gốc của trang chủ (thay base_url trong congkhai.yaml): cần cho sitemap.xml và liên kết "
                  "tuyệt đối trong nguồn tin Atom");
  cmd->callback([&exit_code] { exit_code = run_index(args); });
}

}  // namespace ck::cli
