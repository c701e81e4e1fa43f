#include "importer/plan_writer.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace ck::importer {
namespace {

using Json = nlohmann::ordered_json;

void scalar(std::string& out, const char* key, const std::string& value) {
  if (!value.empty()) out += std::string(key) + ": " + yaml_quote(value) + "\n";
}

Json string_list(const std::vector<std::string>& items) {
  Json a = Json::array();
  for (const auto& s : items) a.push_back(s);
  return a;
}

Json task_json(const ImportedTask& t) {
  Json j;
  j["ma"] = t.id;
  j["so"] = t.number;
  if (!t.section_id.empty()) j["phan"] = t.section_id;
  if (!t.parent_id.empty()) j["thuoc"] = t.parent_id;
  j["noi_dung"] = t.text;
  j["co_quan_chu_tri"] = string_list(t.lead);
  j["co_quan_phoi_hop"] = string_list(t.partners);
  j["thoi_han"] = t.deadline;
  j["san_pham"] = string_list(t.products);
  if (!t.unverified.empty()) j["can_doi_chieu"] = string_list(t.unverified);
  // A real plan starts with no report: nothing about progress is assumed.
  j["trang_thai"] = "chua_cap_nhat";
  return j;
}

Json indicator_json(const ImportedIndicator& c) {
  Json j;
  j["ma"] = c.id;
  j["noi_dung"] = c.text;
  j["so_sanh"] = c.comparator;
  if (std::floor(c.value) == c.value && std::fabs(c.value) < 1e15)
    j["gia_tri"] = static_cast<long long>(c.value);
  else
    j["gia_tri"] = c.value;
  j["don_vi"] = c.unit;
  return j;
}

}  // namespace

std::string yaml_quote(const std::string& s) { return Json(s).dump(-1, ' ', false); }

std::string write_markdown(const PlanMeta& meta, const std::string& source_name, const PlanLinks& links,
                           const std::string& body) {
  std::string out = "---\n";
  scalar(out, "tieu_de", meta.title);
  scalar(out, "so_hieu", meta.number);
  scalar(out, "loai_van_ban", meta.kind);
  scalar(out, "ngay_ban_hanh", meta.issued);
  scalar(out, "dia_danh", meta.place);
  scalar(out, "co_quan_ban_hanh", meta.issuer);
  scalar(out, "nguoi_ky", meta.signer);
  scalar(out, "chuc_vu_ky", meta.signer_role);
  scalar(out, "ky", meta.period);
  if (!meta.implements.empty()) {
    out += "thuc_hien:\n";
    for (const auto& number : meta.implements) {
      out += "  - so_hieu: " + yaml_quote(number) + "\n";
      if (auto it = links.find(number); it != links.end())
        out += "    ke_hoach: " + yaml_quote(it->second) + "\n";
    }
  }
  if (!meta.recipients.empty()) {
    out += "noi_nhan:\n";
    for (const auto& r : meta.recipients) out += "  - " + yaml_quote(r) + "\n";
  }
  scalar(out, "nguon", source_name);
  if (meta.transcribed_from_scan) out += "ban_quet: true\n";
  out += "---\n";
  if (!body.empty()) out += "\n" + body;
  return out;
}

std::string write_plan_json(const TaskList& tasks, const std::vector<ImportedIndicator>& indicators) {
  Json root;
  root["$schema"] = "../../schemas/plan.schema.json";
  root["phan"] = Json::array();
  for (const auto& s : tasks.sections)
    root["phan"].push_back(Json{{"ma", s.id}, {"so", s.number}, {"ten", s.title}});
  root["nhiem_vu"] = Json::array();
  for (const auto& t : tasks.tasks) root["nhiem_vu"].push_back(task_json(t));
  root["chi_tieu"] = Json::array();
  for (const auto& c : indicators) root["chi_tieu"].push_back(indicator_json(c));
  return root.dump(2, ' ', false) + "\n";
}

}  // namespace ck::importer
