// Walks a built site from index.html following relative links, as a browser
// opening the files from disk would: reports broken links and what it reached.
#pragma once
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace ck::testing {

struct LinkWalk {
  std::set<std::string> reached;         // site-relative paths of pages and assets reached
  std::vector<std::string> broken;       // "from.html -> href"
  std::vector<std::string> absolute;     // root-absolute links ("/x"), which break under sub-paths
};

LinkWalk walk_site(const std::filesystem::path& site_root);

}  // namespace ck::testing
