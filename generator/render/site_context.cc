#include "render/site_context.h"

#include <tuple>
#include <vector>

#include "util/parallel.h"

namespace ck {

SiteContext::SiteContext(const Portal& portal, const nlohmann::json& strings, const RenderOptions& options)
    : ctx_{portal, strings, options.today, options.version, {}} {
  std::vector<std::tuple<const Commune*, const Plan*, const Task*>> tasks;
  for (const auto& c : portal.communes)
    for (const auto& p : c.plans)
      for (const auto& t : p.tasks) tasks.emplace_back(&c, &p, &t);
  StatusOptions status_options{options.today, portal.config.due_soon_days};
  for (const auto& [c, p, t] : tasks) ctx_.status[t] = derive_status(*t, status_options);
  for (const auto& c : portal.communes) ctx_.agencies.emplace(c.id, AgencyIndex(c));
  std::vector<TaskFacts> facts(tasks.size());
  parallel_for(tasks.size(), options.threads, [&](size_t i) {
    const auto& [c, p, t] = tasks[i];
    facts[i] = task_facts(ctx_, *c, *p, *t);
  });
  ctx_.facts.reserve(tasks.size());
  for (size_t i = 0; i < tasks.size(); ++i) ctx_.facts.emplace(std::get<2>(tasks[i]), std::move(facts[i]));
  if (options.history) ctx_.history = &history_.emplace(*options.history);
}

}  // namespace ck
