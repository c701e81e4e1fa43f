// The forms a commune's own portal can host besides the full site
// (docs/deploy.md): chrome-less embed pages for an iframe, one self-contained
// HTML file per plan, and a script-free HTML fragment per plan for a CMS
// article. All are written beside the site on every build.
#pragma once
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "render/theme.h"
#include "render/views.h"

namespace ck {

namespace paths {
inline std::string embed_plan(const std::string& c, const std::string& p) { return c + "/" + p + "/nhung/index.html"; }
inline std::string embed_commune(const std::string& c) { return c + "/nhung/index.html"; }
inline std::string single_file(const std::string& c, const std::string& p) { return c + "/" + p + "/mot-tep.html"; }
inline std::string fragment(const std::string& c, const std::string& p) { return c + "/" + p + "/doan-html.html"; }
}  // namespace paths

// What the plan and commune pages show in their "put this on your portal"
// block: the embed page, the iframe snippet to copy, and (plans) the
// single-file and fragment forms. `root` is the page's way back to the site root.
nlohmann::json plan_hosting_view(const ViewContext& ctx, const Commune& c, const Plan& p, const std::string& root);
nlohmann::json commune_hosting_view(const ViewContext& ctx, const Commune& c, const std::string& root);

// The iframe and the host-side listener that sets its height from the
// embedded page's postMessage, accepting only messages whose origin is the
// iframe's and whose source is its window. `src` is the embed page's address.
std::string iframe_snippet(const std::string& src, const std::string& element_id, const std::string& title);

// Lists every commune's and plan's embed page, single file and fragment:
// `add(path, template, view, commune)` for each, `commune` the id of the one
// commune whose data the page shows; the renderer decides when views run.
using AddPage = std::function<void(std::string path, std::string template_name, std::function<nlohmann::json()> view,
                                   std::string commune)>;
void add_hosting_pages(const ViewContext& ctx, const Theme& theme, const AddPage& add);

}  // namespace ck
