// Where each page lives in the output, and relative links between pages.
// Links name index.html explicitly so the site also works opened from disk.
#pragma once
#include <string>

#include "model/model.h"

namespace ck::paths {

inline std::string home() { return "index.html"; }
inline std::string commune(const std::string& c) { return c + "/index.html"; }
inline std::string plan(const std::string& c, const std::string& p) { return c + "/" + p + "/index.html"; }
inline std::string task(const std::string& c, const std::string& p, const std::string& t) {
  return c + "/" + p + "/" + t + "/index.html";
}

// "../../" for a page at "a/b/index.html": the way back to the site root.
std::string root_from(const std::string& page_path);

}  // namespace ck::paths
