#include "render/site_context.h"

namespace ck {

SiteContext::SiteContext(const Portal& portal, const DerivedSite& derived, const nlohmann::json& strings,
                         const RenderOptions& options)
    : derived_(derived),
      ctx_{portal,           strings,           options.today,      options.version, derived.statuses(),
           derived.agencies(), derived.history(), derived.markdown(), {}, &derived.arrivals()} {
  ctx_.facts.index(portal, ctx_);
}

}  // namespace ck
