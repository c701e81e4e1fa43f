// Old addresses of a plan whose files were moved or renamed (git mv, recorded
// as PlanRename): every page the plan has now gets, at the same place under
// each former "<commune>/<plan>/", a small page that sends the reader on —
// a refresh to the relative new address (works under any sub-path and from
// disk), rel=canonical, a visible link for browsers that do not refresh, and
// noindex so the sitemap leaves it out. The list of pages is the build's own
// page list (site_renderer), so a new kind of plan page is covered without
// being named here.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "render/views.h"
#include "util/diagnostic.h"

namespace ck {

struct Redirect {
  std::string from;   // the old page's output path: "xa-thu/kh-cu/nv-1/index.html"
  std::string to;     // the current page's output path
  std::string title;  // the plan's title, for the link text
};

// Redirects for every plan with former names, given the output paths of
// every page of this build. A page of this build wins over a redirect at its
// path (one warning per former name); of two plans that once had the same
// name, the first in portal order keeps it.
std::vector<Redirect> plan_redirects(const ViewContext& ctx, const std::vector<std::string>& page_paths,
                                     Diagnostics& diags);

// The view of templates/pages/redirect.mustache.
nlohmann::json redirect_view(const ViewContext& ctx, const Redirect& redirect);

}  // namespace ck
