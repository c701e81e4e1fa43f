#include "render/page_jobs.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <set>
#include <thread>

#include "render/template_engine.h"

namespace ck {

void render_pages(const PageList& list, const Theme& theme, unsigned threads, ProgressSink* progress, SiteFiles& files,
                  Diagnostics& diags) {
  const auto& pages = list.pages();
  report_stage(progress, "render", pages.size());
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(pages.size(), 1)));
  std::vector<std::string> out(pages.size());
  std::vector<Diagnostics> page_diags(pages.size());
  std::vector<std::exception_ptr> failures(pages.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    TemplateEngine engine(theme);  // one per worker: a compiled template keeps per-render state
    for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < pages.size();) {
      try {
        out[i] = engine.render(pages[i].template_name, pages[i].view(), page_diags[i]);
      } catch (...) {
        failures[i] = std::current_exception();  // rethrown on the calling thread, first page first
      }
      report_advance(progress);
    }
  };
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
  work();
  for (auto& w : workers) w.join();
  for (const auto& failure : failures)
    if (failure) std::rethrow_exception(failure);
  // Each worker has its own engine, so a template problem can be reported by
  // several: keep the first of identical messages, in page order.
  std::set<std::string> seen;
  for (size_t i = 0; i < pages.size(); ++i) {
    for (const auto& d : page_diags[i].items())
      if (seen.insert(d.format()).second) diags.add(d);
    files[pages[i].path] = std::move(out[i]);
  }
}

}  // namespace ck
