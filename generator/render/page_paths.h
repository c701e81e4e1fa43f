// Where each page lives in the output, and relative links between pages.
// Links name index.html explicitly so the site also works opened from disk.
#pragma once
#include <string>

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
