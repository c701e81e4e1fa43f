// Where each page lives in the output, and relative links between pages.
// Links name index.html explicitly so the site also works opened from disk.
#pragma once
#include <span>
#include <string>
#include <string_view>

#include "model/model.h"

namespace ck::paths {

inline std::string home() { return "index.html"; }
inline std::string commune(const std::string& c) { return c + "/index.html"; }
inline std::string plan(const std::string& c, const std::string& p) { return c + "/" + p + "/index.html"; }
// The folder holding every page of a plan: "c/p/".
inline std::string plan_folder(const std::string& c, const std::string& p) { return c + "/" + p + "/"; }
inline std::string task(const std::string& c, const std::string& p, const std::string& t) {
  return c + "/" + p + "/" + t + "/index.html";
}

// Open data and feeds (publish stage); the pages link to them. `commune` and
// `plan` empty = the whole portal / the whole commune.
inline std::string feed(const std::string& c = "", const std::string& p = "") {
  return (c.empty() ? "" : c + "/") + (p.empty() ? "" : p + "/") + "thay-doi.xml";
}
inline std::string dataset(const std::string& c, const std::string& p, const std::string& ext) {
  return c + "/" + p + "/du-lieu." + ext;  // ext: "json" or "csv"
}
inline std::string data_catalogue() { return "du-lieu/index.html"; }

// "Cách đọc cổng này": what the statuses, deadline readings and sources mean, for the whole portal.
// The folder is named once, here: route_segments() lists it, so no commune can take it.
inline constexpr std::string_view kReadingGuideFolder = "cach-doc";
inline std::string reading_guide() { return std::string(kReadingGuideFolder) + "/index.html"; }

// The fixed folders and files the portal writes at each level, beside the
// folders named by content ids: a commune, plan, task or agency id equal to
// one would overwrite or hide a page of the portal. Header-only so that load
// can refuse such ids (at their file:line) without linking render; the
// robustness suite builds a site and checks this list against every path it
// writes, so it cannot drift from the routes above and in the page views.
enum class RouteLevel {
  Site,      // the site root: commune ids live here
  Commune,   // <c>/: plan ids
  Plan,      // <c>/<p>/: task ids
  Agencies,  // <c>/co-quan/: agency ids
};

inline std::span<const std::string_view> route_segments(RouteLevel level) {
  static constexpr std::string_view kSite[] = {"index.html", "search",       "qua-han",      "sap-den-han",
                                               "du-lieu",    "static",       "thay-doi.xml", "sitemap.xml",
                                               "robots.txt", "manifest.json", kReadingGuideFolder};
  static constexpr std::string_view kCommune[] = {"index.html", "co-quan", "qua-han",     "sap-den-han",
                                                  "chi-tieu",   "nhung",   "thay-doi.xml"};
  static constexpr std::string_view kPlan[] = {
      "index.html",   "theo-han",       "trang-thai",   "nhat-ky",     "in",          "nhung",       "toan-van",
      "mot-tep.html", "doan-html.html", "du-lieu.json", "du-lieu.csv", "thay-doi.xml"};
  static constexpr std::string_view kAgencies[] = {"index.html"};
  switch (level) {
    case RouteLevel::Site:
      return kSite;
    case RouteLevel::Commune:
      return kCommune;
    case RouteLevel::Plan:
      return kPlan;
    case RouteLevel::Agencies:
      return kAgencies;
  }
  return {};
}

// True when a content id cannot name a folder at `level`: it equals a fixed
// segment there, or a file's name without its extension ("du-lieu" beside
// "du-lieu.csv": a reader could not tell them apart), or it looks like a file
// name itself (a dot before a letter: "bao-cao.html"; "nv-1.2" is fine).
inline bool is_reserved_segment(RouteLevel level, std::string_view id) {
  for (size_t i = 0; i + 1 < id.size(); ++i)
    if (id[i] == '.' && id[i + 1] >= 'a' && id[i + 1] <= 'z') return true;
  for (std::string_view segment : route_segments(level))
    if (id == segment || id == segment.substr(0, segment.find('.'))) return true;
  return false;
}

// The absolute address of an output path under config "base_url" ("" when no
// base_url is set); a page's "index.html" is left off: "…/tien-lang/".
std::string absolute(const std::string& base_url, const std::string& path);

// "../../" for a page at "a/b/index.html": the way back to the site root.
std::string root_from(const std::string& page_path);

// A link built as root + site path, rewritten relative to the folder of the page
// at `page_path` when the target shares folders with it ("nv-2/index.html"
// instead of "../../c/p/nv-2/index.html" on the plan page c/p/index.html).
// Other links (anchors, absolute URLs) come back unchanged.
std::string relative_link(const std::string& page_path, const std::string& href);

}  // namespace ck::paths
