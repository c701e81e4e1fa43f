#include "support/link_walker.h"

#include <deque>
#include <regex>

#include "support/test_support.h"

namespace ck::testing {
namespace fs = std::filesystem;

LinkWalk walk_site(const fs::path& root) {
  LinkWalk walk;
  std::deque<std::string> queue{"index.html"};
  walk.reached.insert("index.html");
  static const std::regex attr(R"re((?:href|src|action)="([^"]*)")re");
  while (!queue.empty()) {
    std::string page = queue.front();
    queue.pop_front();
    if (page.size() < 5 || page.compare(page.size() - 5, 5, ".html") != 0) continue;
    std::string html = read_file(root / page);
    for (auto it = std::sregex_iterator(html.begin(), html.end(), attr); it != std::sregex_iterator(); ++it) {
      std::string href = (*it)[1];
      if (href.empty() || href[0] == '#') continue;
      // Not a file of the site: an e-mail address, a phone number (a commune's contact), an inlined icon.
      if (href.rfind("mailto:", 0) == 0 || href.rfind("tel:", 0) == 0 || href.rfind("data:", 0) == 0) continue;
      if (href.find("://") != std::string::npos) continue;  // external: not ours to check
      if (href[0] == '/') {
        walk.absolute.push_back(page + " -> " + href);
        continue;
      }
      std::string path = href.substr(0, href.find_first_of("#?"));
      fs::path target = (fs::path(page).parent_path() / path).lexically_normal();
      std::string rel = target.generic_string();
      if (rel.rfind("..", 0) == 0 || !fs::is_regular_file(root / target)) {
        walk.broken.push_back(page + " -> " + href);
        continue;
      }
      if (walk.reached.insert(rel).second) queue.push_back(rel);
    }
  }
  return walk;
}

}  // namespace ck::testing
