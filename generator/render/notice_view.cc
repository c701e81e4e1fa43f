#include "render/notice_view.h"

#include "render/page_paths.h"
#include "render/qr_svg.h"

namespace ck {

using nlohmann::json;

namespace paths {
std::string notice(const std::string& c, const std::string& p) { return c + "/" + p + "/in/index.html"; }
}  // namespace paths

json notice_view(const ViewContext& ctx, const Commune& c, const Plan& p) {
  std::string path = paths::notice(c.id, p.id);
  json v = page_base(ctx, path, "Niêm yết — " + p.title);
  std::string root = v["root"];
  v["illustrative"] = c.illustrative;
  v["scan"] = p.transcribed_from_scan;
  v["issuer"] = p.issuer.empty() ? "Ủy ban nhân dân " + c.name : p.issuer;
  v["plan_title"] = p.title;
  v["doc"] = p.doc_kind + " " + p.doc_number;
  v["back_href"] = root + paths::plan(c.id, p.id);
  v["counts"] = counts_view(count_tasks(ctx, p), ctx.strings);
  v["rows"] = json::array();
  for (const auto& t : p.tasks) v["rows"].push_back(task_row(ctx, c, p, t, root));
  // A QR code needs an absolute address; without base_url we say so on the page.
  std::string base = ctx.portal.config.base_url;
  v["qr"] = nullptr;
  if (!base.empty()) {
    if (base.back() != '/') base += "/";
    std::string url = base + c.id + "/" + p.id + "/";
    if (auto svg = qr_svg(url, "Mã QR tới trang " + p.title)) v["qr"] = {{"svg", *svg}, {"url", url}};
  }
  return v;
}

}  // namespace ck
