#include "render/site_context.h"

#include <tuple>
#include <vector>

#include "util/parallel.h"

namespace ck {

SiteContext::SiteContext(const Portal& portal, const DerivedSite& derived, const nlohmann::json& strings,
                         const RenderOptions& options)
    : derived_(derived),
      ctx_{portal,           strings,           options.today,      options.version, derived.statuses(),
           derived.agencies(), derived.history(), derived.markdown(), {}, &derived.arrivals()} {
  std::vector<std::tuple<const Commune*, const Plan*, const Task*>> tasks;
  for (const auto& c : portal.communes)
    for (const auto& p : c.plans)
      for (const auto& t : p.tasks) tasks.emplace_back(&c, &p, &t);
  // No Markdown is parsed here: the facts read it from the derive stage's store.
  std::vector<TaskFacts> facts(tasks.size());
  parallel_for(tasks.size(), options.threads, [&](size_t i) {
    const auto& [c, p, t] = tasks[i];
    facts[i] = task_facts(ctx_, *c, *p, *t);
  });
  ctx_.facts.reserve(tasks.size());
  for (size_t i = 0; i < tasks.size(); ++i) ctx_.facts.emplace(std::get<2>(tasks[i]), std::move(facts[i]));
}

}  // namespace ck
