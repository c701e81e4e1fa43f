#include "render/redirects.h"

#include <set>

#include "history/history_index.h"
#include "render/page_paths.h"

namespace ck {

std::vector<Redirect> plan_redirects(const ViewContext& ctx, const std::vector<std::string>& page_paths,
                                     Diagnostics& diags) {
  std::vector<Redirect> out;
  if (!ctx.history) return out;
  const std::set<std::string> pages(page_paths.begin(), page_paths.end());
  std::set<std::string> taken;  // paths given to a redirect already
  for (const auto& c : ctx.portal.communes)
    for (const auto& p : c.plans) {
      const std::string folder = paths::plan_folder(c.id, p.id);
      for (const auto& [old_commune, old_plan] : ctx.history->former_names(c.id, p.id)) {
        const std::string old_folder = paths::plan_folder(old_commune, old_plan);
        size_t kept_by_pages = 0;
        // The plan's pages are one run of the sorted set: no pass over the whole site per plan.
        for (auto it = pages.lower_bound(folder); it != pages.end() && it->starts_with(folder); ++it) {
          const std::string& page = *it;
          std::string from = old_folder + page.substr(folder.size());
          if (pages.count(from)) {
            ++kept_by_pages;
            continue;
          }
          if (taken.insert(from).second) out.push_back({from, page, p.title});
        }
        if (kept_by_pages)
          diags.warning("", 0, 0,
                        "kế hoạch " + c.id + "/" + p.id + " trước đây là " + old_commune + "/" + old_plan +
                            ": " + std::to_string(kept_by_pages) + " trang ở địa chỉ cũ " + old_folder +
                            " không được chuyển hướng vì một trang hiện có đang dùng địa chỉ đó");
      }
    }
  return out;
}

nlohmann::json redirect_view(const ViewContext& ctx, const Redirect& r) {
  std::string target = paths::relative_link(r.from, paths::root_from(r.from) + r.to);
  std::string canonical = paths::absolute(ctx.portal.config.base_url, r.to);
  return {{"title", r.title},
          {"root", paths::root_from(r.from)},
          {"site_title", ctx.portal.config.title},
          {"target", target},
          {"canonical", canonical.empty() ? target : canonical}};
}

}  // namespace ck
