// What every view shares, computed once per build: each task's status as of
// the build date, the agency indexes and the history index. The pages and the
// publish stage (open data, feeds) read the same statuses from one place.
#pragma once
#include <optional>

#include <nlohmann/json.hpp>

#include "history/history_index.h"
#include "render/site_renderer.h"
#include "render/views.h"

namespace ck {

class SiteContext {
 public:
  SiteContext(const Portal& portal, const nlohmann::json& strings, const RenderOptions& options);
  SiteContext(const SiteContext&) = delete;
  SiteContext& operator=(const SiteContext&) = delete;

  const ViewContext& view() const { return ctx_; }

 private:
  std::optional<HistoryIndex> history_;
  ViewContext ctx_;
};

}  // namespace ck
