#include "render/page_jobs.h"

#include <set>

#include "render/template_engine.h"
#include "util/parallel.h"

namespace ck {

void render_pages(const PageList& list, const Theme& theme, unsigned threads, ProgressSink* progress, SiteFiles& files,
                  Diagnostics& diags) {
  const auto& pages = list.pages();
  report_stage(progress, "render", pages.size());
  std::vector<std::string> out(pages.size());
  std::vector<Diagnostics> page_diags(pages.size());
  const TemplateEngine engine(theme);  // compiled once, shared: rendering keeps no state in it
  parallel_for(pages.size(), threads, [&](size_t i) {
    out[i] = engine.render(pages[i].template_name, pages[i].view(), page_diags[i]);
    report_advance(progress);
  });
  // Keep the first of identical messages, in page order.
  std::set<std::string> seen;
  for (size_t i = 0; i < pages.size(); ++i) {
    for (const auto& d : page_diags[i].items())
      if (seen.insert(d.format()).second) diags.add(d);
    files[pages[i].path] = std::move(out[i]);
  }
}

}  // namespace ck
