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
  v["doc"] = p.doc_kind + " " + (p.doc_number.starts_with('/') ? "…" + p.doc_number : p.doc_number);
  v["back_href"] = root + paths::plan(c.id, p.id);
  v["counts"] = counts_view(count_tasks(ctx, p), ctx.strings);
  // Nghị định 30/2020 layout: number and date are the clerk's, left blank to fill in by hand.
  v["place"] = p.place.empty() ? c.name : p.place;
  v["year"] = std::to_string(ctx.today.year);
  v["signer"] = p.signer;
  // "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" as the document writes it, one line each; a bare role ("CHỦ TỊCH")
  // signs on behalf of the committee.
  std::string role = p.signer_role.empty() ? "CHỦ TỊCH" : p.signer_role;
  if (role.find("TM.") == std::string::npos && role.find("KT.") == std::string::npos)
    role = "TM. ỦY BAN NHÂN DÂN / " + role;
  v["signature_lines"] = json::array();
  for (size_t start = 0;;) {
    size_t slash = role.find(" / ", start);
    v["signature_lines"].push_back(role.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) break;
    start = slash + 3;
  }
  // Every column of the appendix, by section; statuses as of the build day (paper goes stale: no "còn N ngày").
  v["sections"] = plan_sections_view(ctx, c, p, root);
  // A QR code needs an absolute address; without base_url there is none (the build warns).
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
