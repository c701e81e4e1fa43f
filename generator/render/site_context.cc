#include "render/site_context.h"

namespace ck {

SiteContext::SiteContext(const Portal& portal, const nlohmann::json& strings, const RenderOptions& options)
    : ctx_{portal, strings, options.today, options.version, {}} {
  StatusOptions status_options{options.today, portal.config.due_soon_days};
  for (const auto& c : portal.communes)
    for (const auto& p : c.plans)
      for (const auto& t : p.tasks) ctx_.status[&t] = derive_status(t, status_options);
  for (const auto& c : portal.communes) ctx_.agencies.emplace(c.id, AgencyIndex(c));
  if (options.history) ctx_.history = &history_.emplace(*options.history);
}

}  // namespace ck
