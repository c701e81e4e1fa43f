#include "publish/sitemap.h"

#include "publish/xml_text.h"
#include "render/page_paths.h"

namespace ck {

void add_sitemap_and_robots(const SiteConfig& config, SiteFiles& files, Diagnostics& diags) {
  std::string robots = "User-agent: *\nAllow: /\n";
  if (config.base_url.empty()) {
    diags.warning("congkhai.yaml", 0, 0,
                  "chưa đặt base_url: không tạo sitemap.xml (sitemap cần địa chỉ tuyệt đối), nguồn tin Atom dùng "
                  "liên kết tương đối — thêm \"base_url: https://…/\" vào congkhai.yaml hoặc dùng --base-url");
    files["robots.txt"] = robots;
    return;
  }
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  size_t count = 0;
  for (const auto& [path, content] : files) {
    if (!path.ends_with(".html")) continue;
    if (++count > kSitemapMaxUrls) {
      diags.warning("", 0, 0, "sitemap.xml: hơn 50.000 trang, chỉ liệt kê 50.000 trang đầu");
      break;
    }
    xml += "  <url><loc>" + xml_text(paths::absolute(config.base_url, path)) + "</loc></url>\n";
  }
  xml += "</urlset>\n";
  files["sitemap.xml"] = xml;
  files["robots.txt"] = robots + "Sitemap: " + paths::absolute(config.base_url, "sitemap.xml") + "\n";
}

}  // namespace ck
