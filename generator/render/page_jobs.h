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
    // The commune whose inputs alone make the page (cli/page_fingerprints.h); empty: the page
    // reads the whole portal and is always rendered.
    std::string scope;
  };
  void add(std::string path, std::string template_name, std::function<nlohmann::json()> view,
           std::string scope = {}) {
    pages_.push_back({std::move(path), std::move(template_name), std::move(view), std::move(scope)});
  }
  const std::vector<Page>& pages() const { return pages_; }

 private:
  std::vector<Page> pages_;
};

// Where pages go as soon as each is rendered (a build writes them to disk, so
// the site need not be held in memory). Called from the render threads.
class PageSink {
 public:
  virtual ~PageSink() = default;
  virtual void put(const std::string& path, std::string content) = 0;
  // Before a scoped page (or a commune's dataset or feed) is made: true when the
  // sink took it over from the last build unchanged (cli/page_record.h), so it
  // is neither made nor put.
  virtual bool carry(const std::string& path, const std::string& scope, const std::string& template_name) {
    (void)path, (void)scope, (void)template_name;
    return false;
  }
  // The size of a file carry() took over (0 for any other): the data catalogue
  // gives the size of every dataset, made or carried.
  virtual size_t carried_size(const std::string& path) {
    (void)path;
    return 0;
  }
  // The page just put said something while rendering (a diagnostic): the next
  // build must render it again so that it says it again.
  virtual void render_next_time(const std::string& path) { (void)path; }
};

// Renders every page on `threads` workers (0: one per core) into `sink`, or
// into `files` when there is none. Reports stage "render" with the page count
// to `progress`. A path listed twice keeps its last page, as a map would.
void render_pages(const PageList& list, const Theme& theme, unsigned threads, ProgressSink* progress, SiteFiles& files,
                  Diagnostics& diags, PageSink* sink = nullptr);

}  // namespace ck
