#include "load/portal_loader.h"

#include <algorithm>
#include <map>
#include <set>

#include "config/config.h"
#include "config/yaml_fields.h"
#include "load/commune_cache.h"
#include "load/commune_contact.h"
#include "load/front_matter.h"
#include "load/plan_data.h"
#include "load/source_file.h"
#include "render/page_paths.h"
#include "util/parallel.h"
#include "util/sha256.h"
#include "util/slug.h"

namespace ck {
namespace fs = std::filesystem;

namespace {

// read_source_file, noting what was read for the commune's fingerprint (Commune::sources).
std::optional<std::string> read_commune_file(const fs::path& root, const std::string& relative, Commune& commune,
                                             Diagnostics& diags) {
  auto text = read_source_file(root, relative, diags);
  commune.sources.emplace_back(relative, text ? sha256_hex(*text) : std::string());
  return text;
}

bool check_id(const std::string& id, paths::RouteLevel level, const std::string& file, const char* what,
              Diagnostics& diags) {
  if (!is_slug(id)) {
    diags.error(file, 0, 0,
                std::string("tên ") + what + " \"" + id +
                    "\" không hợp lệ — chỉ dùng chữ thường không dấu, số và dấu '-', vd. \"" + slugify(id) +
                    "\"");
    return false;
  }
  if (paths::is_reserved_segment(level, id)) {
    diags.error(file, 0, 0, std::string("tên ") + what + " \"" + id + "\" " + kReservedIdAdvice);
    return false;
  }
  return true;
}

void load_commune_index(const fs::path& root, Commune& commune, Diagnostics& diags) {
  commune.markdown_path = "content/" + commune.id + "/_index.md";
  if (!source_exists(root, commune.markdown_path, diags)) {
    diags.error(commune.markdown_path, 0, 0,
                "thiếu tệp giới thiệu xã — tạo tệp này với \"ten:\" (vd. Xã Tiên Lãng) và \"loai:\" (xa, "
                "phuong, dac_khu, thanh_pho)");
    commune.name = commune.id;
    return;
  }
  auto text = read_commune_file(root, commune.markdown_path, commune, diags);
  if (!text) return;
  auto doc = parse_front_matter(*text, commune.markdown_path, diags);
  if (!doc) return;
  YamlFields f(doc->fields, commune.markdown_path, doc->fields_first_line, diags);
  commune.name = f.string("ten", true).value_or(commune.id);
  if (auto kind = f.string("loai", true)) {
    if (auto k = commune_kind_from_key(*kind))
      commune.kind = *k;
    else
      f.error_at(f.node("loai"),
                 "loại \"" + *kind + "\" không hợp lệ — chọn một trong: xa, phuong, dac_khu, thanh_pho");
  }
  commune.parent_id = f.string("cap_tren").value_or("");
  commune.portal_url = read_commune_portal_url(f);
  commune.illustrative = f.boolean("minh_hoa").value_or(false);
  commune.order = f.integer("thu_tu").value_or(0);
  commune.contact = read_commune_contact(f);
  std::vector<std::string> known = {"ten", "loai", "cap_tren", "cong_thong_tin", "minh_hoa", "thu_tu"};
  known.insert(known.end(), std::begin(kContactKeys), std::end(kContactKeys));
  f.warn_unknown_keys(known);
  commune.body_markdown = doc->body;
}

void read_period(YamlFields& f, Plan& plan) {
  auto ky = f.string("ky", true);
  if (!ky) return;
  int a = 0, b = 0;
  char dash = 0;
  int n = std::sscanf(ky->c_str(), "%d%c%d", &a, &dash, &b);
  bool ok = (n == 1 && ky->size() == 4) || (n == 3 && dash == '-' && b >= a && b - a <= 20);
  if (!ok || a < 1900 || a > 2200) {
    f.error_at(f.node("ky"),
               "kỳ kế hoạch \"" + *ky + "\" không hợp lệ — ghi một năm (2026) hoặc hai năm (2026-2030)");
    return;
  }
  plan.period = {a, n == 3 ? b : a};
}

void read_plan_front_matter(YamlFields& f, Plan& plan) {
  plan.title = f.string("tieu_de", true).value_or(plan.id);
  plan.doc_number = f.string("so_hieu").value_or("");
  plan.doc_kind = f.string("loai_van_ban").value_or("Kế hoạch");
  if (auto d = f.string("ngay_ban_hanh")) {
    plan.issued = PartialDate::parse(*d);
    if (!plan.issued)
      f.error_at(f.node("ngay_ban_hanh"),
                 "ngày ban hành \"" + *d +
                     "\" không hợp lệ — ghi YYYY-MM-DD, hoặc YYYY-MM khi văn bản để trống ngày");
  }
  plan.place = f.string("dia_danh").value_or("");
  plan.issuer = f.string("co_quan_ban_hanh").value_or("");
  plan.signer = f.string("nguoi_ky").value_or("");
  plan.signer_role = f.string("chuc_vu_ky").value_or("");
  read_period(f, plan);
  plan.recipients = f.string_list("noi_nhan");
  plan.source = f.string("nguon").value_or("");
  plan.transcribed_from_scan = f.boolean("ban_quet").value_or(false);
  if (YAML::Node refs = f.node("thuc_hien")) {
    if (!refs.IsSequence()) {
      f.error_at(refs, "\"thuc_hien\" phải là danh sách các mục \"- so_hieu: …\"");
    } else {
      for (const auto& r : refs) {
        if (!r.IsMap() || !r["so_hieu"] || !r["so_hieu"].IsScalar()) {
          f.error_at(r,
                     "mỗi mục của \"thuc_hien\" cần \"so_hieu\" (vd. 5256/QĐ-UBND) và có thể có \"ke_hoach\" "
                     "(vd. hai-phong/cchc-2026)");
          continue;
        }
        PlanReference ref{r["so_hieu"].Scalar(),
                          r["ke_hoach"] && r["ke_hoach"].IsScalar() ? r["ke_hoach"].Scalar() : ""};
        plan.implements.push_back(ref);
      }
    }
  }
  f.warn_unknown_keys({"tieu_de", "so_hieu", "loai_van_ban", "ngay_ban_hanh", "dia_danh", "co_quan_ban_hanh",
                       "nguoi_ky", "chuc_vu_ky", "ky", "thuc_hien", "noi_nhan", "nguon", "ban_quet"});
}

void load_plan(const fs::path& root, Commune& commune, const std::string& plan_id, Diagnostics& diags) {
  Plan plan;
  plan.id = plan_id;
  plan.commune_id = commune.id;
  plan.markdown_path = "content/" + commune.id + "/" + plan_id + ".md";
  plan.data_path = "data/" + commune.id + "/" + plan_id + ".json";
  auto text = read_commune_file(root, plan.markdown_path, commune, diags);
  if (!text) return;
  auto doc = parse_front_matter(*text, plan.markdown_path, diags);
  if (!doc) return;
  YamlFields f(doc->fields, plan.markdown_path, doc->fields_first_line, diags);
  read_plan_front_matter(f, plan);
  plan.body_markdown = doc->body;
  if (!source_exists(root, plan.data_path, diags)) {
    diags.error(plan.markdown_path, 0, 0,
                "thiếu tệp dữ liệu " + plan.data_path +
                    " (các nhiệm vụ của kế hoạch) — tạo tệp đó, hoặc dùng \"congkhai import\"");
  } else if (plan.period.first_year > 0) {
    if (auto data = read_commune_file(root, plan.data_path, commune, diags)) load_plan_data(*data, plan.data_path, plan, diags);
  }
  commune.plans.push_back(std::move(plan));
}

Commune load_commune(const fs::path& root, const std::string& id, Diagnostics& diags) {
  Commune commune;
  commune.id = id;
  load_commune_index(root, commune, diags);
  for (const auto& e : list_source_folder(root, "content/" + id, diags)) {
    const std::string& name = e.name;
    std::string rel = "content/" + id + "/" + name;
    if (name == "_index.md") continue;
    if (fs::path(name).extension() != ".md" || e.kind != EntryKind::File) {
      diags.warning(rel, 0, 0, "tệp không phải Markdown (.md) nên bị bỏ qua");
      continue;
    }
    std::string plan_id = fs::path(name).stem().string();
    if (check_id(plan_id, paths::RouteLevel::Commune, rel, "kế hoạch", diags))
      load_plan(root, commune, plan_id, diags);
  }
  // Data files must belong to a plan: an orphan is usually a misspelt name.
  for (const auto& e : list_source_folder(root, "data/" + id, diags)) {
    const std::string& name = e.name;
    std::string rel = "data/" + id + "/" + name;
    if (name == "_co_quan.json") {
      if (auto text = read_commune_file(root, rel, commune, diags)) load_agency_registry(*text, rel, commune, diags);
      continue;
    }
    if (fs::path(name).extension() != ".json") {
      diags.warning(rel, 0, 0, "tệp không phải JSON nên bị bỏ qua");
      continue;
    }
    std::string stem = fs::path(name).stem().string();
    bool known =
        std::any_of(commune.plans.begin(), commune.plans.end(), [&](const Plan& p) { return p.id == stem; });
    if (!known)
      diags.error(rel, 0, 0,
                  "tệp dữ liệu không có kế hoạch tương ứng — cần tệp content/" + id + "/" + stem + ".md");
  }
  std::sort(commune.agencies.begin(), commune.agencies.end(), [](auto& a, auto& b) { return a.id < b.id; });
  return commune;
}

// A commune from the load cache when its files are as they were, else from
// its files (then kept in the cache for the next build).
Commune load_commune_cached(const fs::path& root, const std::string& id, Diagnostics& diags, const LoadCache* cache) {
  if (!cache) return load_commune(root, id, diags);
  if (auto hit = cached_commune(*cache, root, id)) {
    diags.append(hit->diags);
    return std::move(hit->commune);
  }
  const int64_t started = load_clock_ns();
  const std::string listing = commune_folder_listing(root, id);
  Diagnostics own;
  Commune commune = load_commune(root, id, own);
  keep_commune(*cache, root, id, listing, started, commune, own);
  diags.append(own);
  return commune;
}

// `commune_exists` answers for communes that may not have been loaded (a scoped load).
template <typename CommuneExists>
void check_cross_references(const Portal& portal, CommuneExists commune_exists, Diagnostics& diags) {
  for (const auto& c : portal.communes) {
    if (!c.parent_id.empty() && !commune_exists(c.parent_id))
      diags.error(c.markdown_path, 0, 0,
                  "cấp trên \"" + c.parent_id + "\" không có trong content/ — sửa \"cap_tren\"");
    for (const auto& p : c.plans) {
      for (const auto& ref : p.implements) {
        if (ref.plan.empty()) continue;
        auto slash = ref.plan.find('/');
        if (slash == std::string::npos ||
            !portal.find_plan(ref.plan.substr(0, slash), ref.plan.substr(slash + 1)))
          diags.error(p.markdown_path, 0, 0,
                      "\"thuc_hien\": kế hoạch \"" + ref.plan +
                          "\" không có trong cổng — ghi dạng <xã>/<kế hoạch>, vd. hai-phong/cchc-2026");
      }
    }
  }
}

void sort_communes(Portal& portal) {
  std::stable_sort(portal.communes.begin(), portal.communes.end(), [](const Commune& a, const Commune& b) {
    bool ca = a.kind == CommuneKind::ThanhPho, cb = b.kind == CommuneKind::ThanhPho;
    if (ca != cb) return ca;
    if (a.order != b.order) return a.order < b.order;
    return a.id < b.id;
  });
}

// The commune folders of content/ whose names are valid ids, in folder order.
std::vector<std::string> commune_folders(const fs::path& root, Diagnostics& diags) {
  std::vector<std::string> ids;
  for (const auto& e : list_source_folder(root, "content", diags)) {
    const std::string& id = e.name;
    if (e.kind != EntryKind::Folder) {
      diags.warning("content/" + id, 0, 0, "tệp nằm ngoài thư mục của xã nên bị bỏ qua");
      continue;
    }
    if (check_id(id, paths::RouteLevel::Site, "content/" + id, "thư mục xã", diags)) ids.push_back(id);
  }
  return ids;
}

// "hai-phong/cchc-2026" -> {"hai-phong", "cchc-2026"}, when both are valid ids.
std::optional<std::pair<std::string, std::string>> plan_ref_parts(const std::string& ref) {
  auto slash = ref.find('/');
  if (slash == std::string::npos) return std::nullopt;
  std::string commune = ref.substr(0, slash), plan = ref.substr(slash + 1);
  if (!is_slug(commune) || !is_slug(plan)) return std::nullopt;
  return std::pair{commune, plan};
}

// `build --commune`: the commune, and of other communes only the plans it implements.
Portal load_one_commune(const fs::path& root, Portal portal, const std::string& id, Diagnostics& diags,
                        const LoadCache* cache) {
  // An unknown id: no commune; the caller says which ids there are (commune_folder_ids).
  if (!is_slug(id) || !source_exists(root, "content/" + id, diags)) return portal;
  portal.communes.push_back(load_commune_cached(root, id, diags, cache));
  std::map<std::string, std::set<std::string>> implemented;  // commune -> plans
  for (const auto& p : portal.communes.front().plans)
    for (const auto& ref : p.implements)
      if (auto parts = plan_ref_parts(ref.plan); parts && parts->first != id) implemented[parts->first].insert(parts->second);
  for (const auto& [other_id, plans] : implemented) {
    if (!source_exists(root, "content/" + other_id + "/_index.md", diags)) continue;  // reported below
    Commune other;
    other.id = other_id;
    load_commune_index(root, other, diags);
    for (const auto& plan_id : plans)
      if (source_exists(root, "content/" + other_id + "/" + plan_id + ".md", diags))
        load_plan(root, other, plan_id, diags);
    std::string registry = "data/" + other_id + "/_co_quan.json";
    if (source_exists(root, registry, diags))
      if (auto text = read_commune_file(root, registry, other, diags)) load_agency_registry(*text, registry, other, diags);
    std::sort(other.agencies.begin(), other.agencies.end(), [](auto& a, auto& b) { return a.id < b.id; });
    portal.communes.push_back(std::move(other));
  }
  sort_communes(portal);
  check_cross_references(
      portal,
      [&](const std::string& c) {
        return portal.find_commune(c) || (is_slug(c) && source_exists(root, "content/" + c + "/_index.md", diags));
      },
      diags);
  return portal;
}

}  // namespace

std::vector<std::string> commune_folder_ids(const fs::path& root) {
  Diagnostics ignored;  // each folder's own problems are reported by the build that loads it
  return commune_folders(root, ignored);
}

std::optional<Portal> load_portal(const fs::path& root, Diagnostics& diags, const std::string& only_commune,
                                  const LoadCache* cache) {
  Portal portal;
  if (source_exists(root, kConfigFile, diags)) {
    if (auto text = read_source_file(root, kConfigFile, diags)) {
      portal.config = parse_config(*text, diags);
      portal.config_sha256 = sha256_hex(*text);
    }
  }
  std::error_code ec;
  if (!fs::is_directory(root / "content", ec)) {
    if (ec && ec != std::errc::no_such_file_or_directory) {
      diags.error(
          "content", 0, 0,
          "không đọc được thư mục: " + file_error_reason(ec) + " — kiểm tra quyền và liên kết của content/");
      return std::nullopt;
    }
    diags.error(
        "content", 0, 0,
        "không thấy thư mục content/ trong " + root.string() + " — chỉ đúng thư mục nguồn bằng --source");
    return std::nullopt;
  }
  if (!only_commune.empty()) return load_one_commune(root, std::move(portal), only_commune, diags, cache);
  std::vector<std::string> ids = commune_folders(root, diags);
  // Communes are independent: read on every core, then taken (and their messages) in folder order.
  std::vector<Commune> loaded(ids.size());
  std::vector<Diagnostics> commune_diags(ids.size());
  parallel_for(ids.size(), 0,
               [&](size_t i) { loaded[i] = load_commune_cached(root, ids[i], commune_diags[i], cache); });
  for (size_t i = 0; i < ids.size(); ++i) {
    for (const auto& d : commune_diags[i].items()) diags.add(d);
    portal.communes.push_back(std::move(loaded[i]));
  }
  for (const auto& e : list_source_folder(root, "data", diags)) {
    const std::string& id = e.name;
    if (!portal.find_commune(id))
      diags.error("data/" + id, 0, 0,
                  "thư mục dữ liệu không có xã tương ứng — cần content/" + id + "/_index.md");
  }
  sort_communes(portal);
  check_cross_references(portal, [&](const std::string& c) { return portal.find_commune(c) != nullptr; }, diags);
  return portal;
}

}  // namespace ck
