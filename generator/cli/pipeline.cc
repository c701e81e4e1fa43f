#include "cli/pipeline.h"

#include <cstdlib>
#include <ctime>

#include "load/portal_loader.h"
#include "render/site_renderer.h"
#include "render/theme.h"

namespace ck::cli {

CivilDate resolve_today(const std::optional<CivilDate>& explicit_today) {
  if (explicit_today) return *explicit_today;
  long long seconds = 0;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    seconds = std::atoll(epoch);
  } else {
    seconds = static_cast<long long>(std::time(nullptr));
  }
  constexpr long long kVietnamOffset = 7 * 3600;
  long long days = (seconds + kVietnamOffset) / 86400;
  return CivilDate::from_days(static_cast<long>(days));
}

std::optional<CivilDate> parse_today_option(const std::string& value, std::string& error) {
  auto d = CivilDate::parse_iso(value);
  if (!d) error = "--today \"" + value + "\" không hợp lệ: dùng dạng YYYY-MM-DD, vd. 2026-03-31";
  return d;
}

BuildOutcome run_pipeline(const BuildRequest& request, bool render) {
  BuildOutcome outcome;
  outcome.today = resolve_today(request.today);
  auto portal = load_portal(request.source, outcome.diags);
  if (!portal) return outcome;
  if (!request.base_url.empty()) portal->config.base_url = request.base_url;
  std::filesystem::path theme_dir;
  if (!portal->config.theme_dir.empty()) theme_dir = request.source / portal->config.theme_dir;
  Theme theme = load_theme(theme_dir, outcome.diags);
  if (!render || outcome.diags.has_errors()) return outcome;
  RenderOptions options{outcome.today, CK_VERSION};
  outcome.files = render_site(*portal, theme, options, outcome.diags);
  for (const auto& [path, content] : outcome.files)
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0) ++outcome.page_count;
  return outcome;
}

}  // namespace ck::cli
