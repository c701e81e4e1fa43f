// The list of pages a build renders and the parallel runner over it. Each page
// is a path, a template and a function that builds its view; pages are
// independent, so workers take them in any order, and the result (files and
// diagnostics, merged in list order) is the same for any number of threads.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "output/site_writer.h"
#include "render/theme.h"
#include "util/diagnostic.h"
#include "util/progress.h"

namespace ck {

class PageList {
 public:
  struct Page {
    std::string path;
    std::string template_name;
    std::function<nlohmann::json()> view;  // runs on a worker thread: reads shared state only
  };
  void add(std::string path, std::string template_name, std::function<nlohmann::json()> view) {
    pages_.push_back({std::move(path), std::move(template_name), std::move(view)});
  }
  const std::vector<Page>& pages() const { return pages_; }

 private:
  std::vector<Page> pages_;
};

// Renders every page into `files` on `threads` workers (0: one per core).
// Reports stage "render" with the page count to `progress`.
void render_pages(const PageList& list, const Theme& theme, unsigned threads, ProgressSink* progress, SiteFiles& files,
                  Diagnostics& diags);

}  // namespace ck
