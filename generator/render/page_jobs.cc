#include "render/page_jobs.h"

#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "render/template_engine.h"
#include "util/parallel.h"

namespace ck {

void render_pages(const PageList& list, const Theme& theme, unsigned threads, ProgressSink* progress, SiteFiles& files,
                  Diagnostics& diags, PageSink* sink) {
  const auto& pages = list.pages();
  report_stage(progress, "render", pages.size());
  std::vector<char> superseded(pages.size(), 0);  // a later page has the same path
  {
    std::unordered_map<std::string_view, size_t> last;
    for (size_t i = 0; i < pages.size(); ++i) {
      auto [it, fresh] = last.try_emplace(pages[i].path, i);
      if (!fresh) superseded[std::exchange(it->second, i)] = 1;
    }
  }
  std::vector<std::string> out(sink ? 0 : pages.size());
  std::vector<Diagnostics> page_diags(pages.size());
  const TemplateEngine engine(theme);  // compiled once, shared: rendering keeps no state in it
  parallel_for(pages.size(), threads, [&](size_t i) {
    const auto& page = pages[i];
    if (sink && !superseded[i] && !page.scope.empty() && sink->carry(page.path, page.scope, page.template_name)) {
      report_advance(progress);
      return;
    }
    std::string html = engine.render(page.template_name, page.view(), page_diags[i]);
    if (sink && !superseded[i] && !page_diags[i].items().empty()) sink->render_next_time(page.path);
    if (sink && !superseded[i]) sink->put(page.path, std::move(html));
    else if (!sink) out[i] = std::move(html);
    report_advance(progress);
  });
  // Keep the first of identical messages, in page order.
  std::set<std::string> seen;
  for (size_t i = 0; i < pages.size(); ++i) {
    for (const auto& d : page_diags[i].items())
      if (seen.insert(d.format()).second) diags.add(d);
    if (!sink) files[pages[i].path] = std::move(out[i]);
  }
}

}  // namespace ck
