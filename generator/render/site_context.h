// What every view shares: the derive stage's results (statuses, agency and
// history indexes, rendered Markdown) and, computed once per build from them
// and the theme's strings, each task's facts as every list shows them.
#pragma once
#include <nlohmann/json.hpp>

#include "derive/derived_site.h"
#include "render/site_renderer.h"
#include "render/views.h"

namespace ck {

class SiteContext {
 public:
  // `portal`, `derived` and `strings` must outlive the context.
  SiteContext(const Portal& portal, const DerivedSite& derived, const nlohmann::json& strings,
              const RenderOptions& options);
  SiteContext(const SiteContext&) = delete;
  SiteContext& operator=(const SiteContext&) = delete;

  const ViewContext& view() const { return ctx_; }
  const DerivedSite& derived() const { return derived_; }

 private:
  const DerivedSite& derived_;
  ViewContext ctx_;
};

}  // namespace ck
