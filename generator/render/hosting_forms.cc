#include "render/hosting_forms.h"

#include "render/overview_views.h"
#include "render/page_commit.h"
#include "model/task_kind.h"
#include "render/page_paths.h"
#include "util/text.h"

namespace ck {

using nlohmann::json;

namespace {

// Without base_url the site's address is unknown: the snippet shows this
// placeholder and the page says to replace it.
constexpr const char* kAddressPlaceholder = "https://DIA-CHI-TRANG-CONG-KHAI/";

std::string public_address(const ViewContext& ctx, const std::string& path) {
  std::string url = paths::absolute(ctx.portal.config.base_url, path);
  return url.empty() ? paths::absolute(kAddressPlaceholder, path) : url;
}

// Rows for a file that leaves the site (single file, fragment): links go to
// the published pages when base_url is set; otherwise a task's number points
// at its own row (`anchor_tasks`) or nothing, and agencies are plain text.
json detached_sections(const ViewContext& ctx, const Commune& c, const Plan& p, bool anchor_tasks) {
  const std::string& base = ctx.portal.config.base_url;
  json sections = plan_sections_view(ctx, c, p, "");
  for (auto& s : sections)
    for (auto& row : s["tasks"]) {
      std::string id = row["id"];
      if (!base.empty())
        row["href"] = paths::absolute(base, paths::task(c.id, p.id, id));
      else
        row["href"] = anchor_tasks ? json("#" + id) : json(nullptr);
      for (const char* list : {"lead", "partners"})
        for (auto& a : row[list])
          a["href"] = base.empty() || a["id"].get<std::string>().empty() ? json(nullptr) : json(paths::absolute(base, paths::agency(c.id, a["id"].get<std::string>())));
    }
  return sections;
}

json embed_plan_view(const ViewContext& ctx, const Commune& c, const Plan& p) {
  json v = page_base(ctx, paths::embed_plan(c.id, p.id), p.title);
  std::string root = v["root"];
  v["illustrative"] = c.illustrative;
  v["scan"] = p.transcribed_from_scan;
  v["plan"] = {{"title", p.title}, {"commune", c.name}, {"href", root + paths::plan(c.id, p.id)},
               {"sections", plan_sections_view(ctx, c, p, root)}};
  v["counts"] = counts_view(count_tasks(ctx, p), ctx.strings);
  return v;
}

json embed_commune_view(const ViewContext& ctx, const Commune& c) {
  json v = page_base(ctx, paths::embed_commune(c.id), c.name);
  std::string root = v["root"];
  v["illustrative"] = c.illustrative;
  v["commune"] = {{"name", c.name}, {"href", root + paths::commune(c.id)}};
  v["counts"] = counts_view(count_commune(ctx, c), ctx.strings);
  v["plans"] = json::array();
  for (const auto& p : c.plans)
    v["plans"].push_back({{"title", p.title},
                          {"href", root + paths::plan(c.id, p.id)},
                          {"task_count", std::to_string(task_count(p))},
                          {"counts", counts_view(count_tasks(ctx, p), ctx.strings)}});
  return v;
}

// The plan page's view, made to stand alone: the stylesheet inlined, no
// script, links out of the file absolute or none.
// No icon either: the file links nothing, and a portal that stores it as a
// document shows its own icon; a data: address would be one more thing for a
// CMS filter or the portal's Content-Security-Policy to refuse.
json single_file_view(const ViewContext& ctx, const Theme& theme, const Commune& c, const Plan& p) {
  json v = plan_view(ctx, c, p);
  v["plan"]["sections"] = detached_sections(ctx, c, p, true);
  v["plan"]["page_url"] = paths::absolute(ctx.portal.config.base_url, paths::plan(c.id, p.id));
  auto css = theme.static_files.find("static/style.css");
  v["css"] = css == theme.static_files.end() ? "" : css->second;
  return v;
}

json fragment_view(const ViewContext& ctx, const Commune& c, const Plan& p) {
  json v = plan_view(ctx, c, p);
  v["plan"]["commune"] = c.name;
  v["plan"]["sections"] = detached_sections(ctx, c, p, false);
  v["plan"]["page_url"] = paths::absolute(ctx.portal.config.base_url, paths::plan(c.id, p.id));
  return v;
}

}  // namespace

std::string iframe_snippet(const std::string& src, const std::string& element_id, const std::string& title) {
  return "<iframe id=\"" + element_id + "\" src=\"" + html_escape(src) + "\" title=\"" + html_escape(title) +
         "\" style=\"width:100%;border:0\" height=\"600\" loading=\"lazy\"></iframe>\n"
         "<script>\n"
         "addEventListener(\"message\", function (e) {\n"
         "  var f = document.getElementById(\"" + element_id + "\");\n"
         "  if (!f || e.source !== f.contentWindow || e.origin !== new URL(f.src).origin) return;\n"
         "  var h = e.data && e.data.congkhai === \"chieu-cao\" ? Number(e.data.chieu_cao) : 0;\n"
         "  if (h > 0 && h < 100000) f.style.height = Math.ceil(h) + \"px\";\n"
         "});\n"
         "</script>";
}

json plan_hosting_view(const ViewContext& ctx, const Commune& c, const Plan& p, const std::string& root) {
  std::string embed = paths::embed_plan(c.id, p.id);
  return {{"intro", label(ctx.strings, "hosting_embed_intro")},
          {"embed_href", root + embed},
          {"single_file_href", root + paths::single_file(c.id, p.id)},
          {"fragment_href", root + paths::fragment(c.id, p.id)},
          {"needs_address", ctx.portal.config.base_url.empty()},
          {"snippet", iframe_snippet(public_address(ctx, embed), "congkhai-" + c.id + "-" + p.id, p.title)}};
}

json commune_hosting_view(const ViewContext& ctx, const Commune& c, const std::string& root) {
  std::string embed = paths::embed_commune(c.id);
  return {{"intro", label(ctx.strings, "hosting_embed_commune_intro")},
          {"embed_href", root + embed},
          {"needs_address", ctx.portal.config.base_url.empty()},
          {"snippet", iframe_snippet(public_address(ctx, embed), "congkhai-" + c.id, c.name)}};
}

void add_hosting_pages(const ViewContext& ctx, const Theme& theme, const AddPage& add) {
  // Each form names the last commit that changed what it shows (render/page_commit.h).
  for (const Commune& c : ctx.portal.communes) {
    add(paths::embed_commune(c.id), "embed_commune",
        [&ctx, &c] { return with_data_commit(embed_commune_view(ctx, c), ctx, commune_data_commit(ctx, c)); }, c.id);
    for (const Plan& p : c.plans) {
      add(paths::embed_plan(c.id, p.id), "embed_plan",
          [&ctx, &c, &p] { return with_data_commit(embed_plan_view(ctx, c, p), ctx, plan_data_commit(ctx, c, p)); },
          c.id);
      add(paths::single_file(c.id, p.id), "single_file",
          [&ctx, &theme, &c, &p] {
            return with_data_commit(single_file_view(ctx, theme, c, p), ctx, plan_data_commit(ctx, c, p));
          },
          c.id);
      add(paths::fragment(c.id, p.id), "fragment",
          [&ctx, &c, &p] { return with_data_commit(fragment_view(ctx, c, p), ctx, plan_data_commit(ctx, c, p)); },
          c.id);
    }
  }
}

}  // namespace ck
