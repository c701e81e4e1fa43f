#include "publish/sitemap.h"

#include "publish/xml_text.h"
#include "render/page_paths.h"

namespace ck {

namespace {

// Pages for search engines: whole documents (not the HTML fragment for CMS
// articles) that do not ask to stay out of the index and whose canonical
// address, when they name one, is their own (an embed page or single-file
// copy pointing at the plan page is a duplicate, not a page of its own).
bool listed(const std::string& path, const std::string& html, const std::string& url) {
  if (!path.ends_with(".html") || html.find("<html") == std::string::npos) return false;
  if (html.find("name=\"robots\" content=\"noindex") != std::string::npos) return false;
  constexpr std::string_view kCanonical = "rel=\"canonical\" href=\"";
  size_t at = html.find(kCanonical);
  if (at == std::string::npos) return true;
  at += kCanonical.size();
  return html.compare(at, html.find('"', at) - at, url) == 0;
}

}  // namespace

bool sitemap_lists(const std::string& path, const std::string& content, const std::string& base_url) {
  return listed(path, content, paths::absolute(base_url, path));
}

void add_sitemap_and_robots(const SiteConfig& config, SiteFiles& files, Diagnostics& diags,
                            const std::set<std::string>& written) {
  std::string robots = "User-agent: *\nAllow: /\n";
  if (config.base_url.empty()) {
    diags.warning("congkhai.yaml", 0, 0,
                  "chưa đặt base_url: không tạo sitemap.xml (sitemap cần địa chỉ tuyệt đối), nguồn tin Atom dùng "
                  "liên kết tương đối, bản niêm yết không có mã QR dẫn về trang — thêm \"base_url: https://…/\" vào congkhai.yaml hoặc dùng --base-url");
    files["robots.txt"] = robots;
    return;
  }
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  std::set<std::string> pages = written;
  for (const auto& [path, content] : files)
    if (sitemap_lists(path, content, config.base_url)) pages.insert(path);
  size_t count = 0;
  for (const auto& path : pages) {
    std::string url = paths::absolute(config.base_url, path);
    if (++count > kSitemapMaxUrls) {
      diags.warning("", 0, 0, "sitemap.xml: hơn 50.000 trang, chỉ liệt kê 50.000 trang đầu");
      break;
    }
    xml += "  <url><loc>" + xml_text(url) + "</loc></url>\n";
  }
  xml += "</urlset>\n";
  files["sitemap.xml"] = xml;
  files["robots.txt"] = robots + "Sitemap: " + paths::absolute(config.base_url, "sitemap.xml") + "\n";
}

}  // namespace ck
