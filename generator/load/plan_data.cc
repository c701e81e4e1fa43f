#include "load/plan_data.h"

#include <algorithm>
#include <map>
#include <set>

#include "load/json_document.h"
#include "render/page_paths.h"
#include "util/slug.h"

namespace ck {

using nlohmann::json;

namespace {

std::string str(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> strings(const json& obj, const char* key) {
  std::vector<std::string> out;
  auto it = obj.find(key);
  if (it == obj.end()) return out;
  for (const auto& v : *it) out.push_back(v.get<std::string>());
  return out;
}

// Dates pass the schema's YYYY-MM-DD shape; this catches 2026-02-30.
std::optional<CivilDate> date_field(const JsonDocument& doc, const json& obj, const char* key,
                                    const std::string& pointer, const std::string& what, Diagnostics& diags) {
  auto it = obj.find(key);
  if (it == obj.end()) return std::nullopt;
  auto d = CivilDate::parse_iso(it->get<std::string>());
  if (!d)
    doc.error(diags, pointer + "/" + key,
              what + ": ngày \"" + it->get<std::string>() +
                  "\" không có trên lịch — kiểm tra ngày và tháng (dạng YYYY-MM-DD)");
  return d;
}

std::string task_label(const json& t) {
  std::string so = str(t, "so");
  return "nhiệm vụ \"" + (so.empty() ? str(t, "ma") : so) + "\"";
}

Deadline deadline_of(const JsonDocument& doc, const json& t, const std::string& ptr, const Plan& plan,
                     Diagnostics& diags) {
  Deadline d = parse_deadline(str(t, "thoi_han"), plan.period);
  auto it = t.find("cach_hieu_thoi_han");
  if (it == t.end()) return d;
  const json& o = *it;
  std::string optr = ptr + "/cach_hieu_thoi_han";
  std::string what = task_label(t) + ", cách hiểu thời hạn";
  Deadline override_deadline;
  override_deadline.text = d.text;
  override_deadline.overridden = true;
  override_deadline.kind = deadline_kind_from_name(str(o, "loai")).value_or(DeadlineKind::Unknown);
  override_deadline.note = str(o, "ghi_chu");
  override_deadline.start = date_field(doc, o, "bat_dau", optr, what, diags);
  override_deadline.due = date_field(doc, o, "han", optr, what, diags);
  if (auto occ = o.find("cac_lan"); occ != o.end()) {
    for (size_t i = 0; i < occ->size(); ++i) {
      auto day = CivilDate::parse_iso((*occ)[i].get<std::string>());
      if (day)
        override_deadline.occurrences.push_back(*day);
      else
        doc.error(diags, optr + "/cac_lan/" + std::to_string(i), what + ": ngày không có trên lịch");
    }
  }
  if (auto problem = check_deadline_override(override_deadline)) doc.error(diags, optr, what + ": " + *problem);
  return override_deadline;
}

void load_sections(const JsonDocument& doc, Plan& plan, Diagnostics& diags) {
  std::set<std::string> seen;
  const json& list = doc.value.contains("phan") ? doc.value["phan"] : json::array();
  for (size_t i = 0; i < list.size(); ++i) {
    const json& s = list[i];
    Section section{str(s, "ma"), str(s, "so"), str(s, "ten")};
    if (!seen.insert(section.id).second) {
      doc.error(diags, "/phan/" + std::to_string(i) + "/ma",
                "phần \"" + section.id + "\" trùng mã với một phần khác — mỗi phần cần một mã riêng");
      continue;
    }
    plan.sections.push_back(std::move(section));
  }
}

void load_tasks(const JsonDocument& doc, Plan& plan, Diagnostics& diags) {
  std::map<std::string, size_t> first_index;
  const json& list = doc.value["nhiem_vu"];
  for (size_t i = 0; i < list.size(); ++i) {
    const json& t = list[i];
    std::string ptr = "/nhiem_vu/" + std::to_string(i);
    Task task;
    task.id = str(t, "ma");
    if (auto [it, fresh] = first_index.emplace(task.id, i); !fresh) {
      auto first = doc.position("/nhiem_vu/" + std::to_string(it->second));
      doc.error(diags, ptr + "/ma",
                task_label(t) + ": mã \"" + task.id + "\" đã dùng cho nhiệm vụ ở dòng " +
                    std::to_string(first.line) +
                    " — mỗi nhiệm vụ cần một mã riêng, không đổi sau khi công bố");
      continue;
    }
    if (paths::is_reserved_segment(paths::RouteLevel::Plan, task.id)) {
      doc.error(diags, ptr + "/ma", task_label(t) + ": mã \"" + task.id + "\" " + kReservedIdAdvice);
      continue;
    }
    task.previous_id = str(t, "ma_cu");
    task.number = str(t, "so");
    task.section_id = str(t, "phan");
    task.parent_id = str(t, "thuoc");
    task.text = str(t, "noi_dung");
    task.lead = strings(t, "co_quan_chu_tri");
    task.partners = strings(t, "co_quan_phoi_hop");
    task.products = strings(t, "san_pham");
    // The schema allows only the task's cell names here; a name twice marks its cell once.
    for (auto& field : strings(t, "can_doi_chieu"))
      if (std::find(task.unverified_fields.begin(), task.unverified_fields.end(), field) ==
          task.unverified_fields.end())
        task.unverified_fields.push_back(std::move(field));
    task.deadline = deadline_of(doc, t, ptr, plan, diags);
    task.status = reported_status_from_key(str(t, "trang_thai")).value_or(ReportedStatus::NoReport);
    if (auto it = t.find("tien_do"); it != t.end()) task.progress = it->get<int>();
    task.completed = date_field(doc, t, "ngay_hoan_thanh", ptr, task_label(t), diags);
    if (auto ups = t.find("cap_nhat"); ups != t.end()) {
      for (size_t u = 0; u < ups->size(); ++u) {
        const json& up = (*ups)[u];
        std::string uptr = ptr + "/cap_nhat/" + std::to_string(u);
        auto day = date_field(doc, up, "ngay", uptr,
                              task_label(t) + ", lần cập nhật thứ " + std::to_string(u + 1), diags);
        if (day) task.updates.push_back({*day, str(up, "noi_dung"), strings(up, "minh_chung")});
      }
    }
    auto pos = doc.position(ptr);
    task.where = {doc.file, pos.line, pos.column};
    plan.tasks.push_back(std::move(task));
  }
}

// References between entries: sections and parents must exist.
void check_task_references(const JsonDocument& doc, const Plan& plan, Diagnostics& diags) {
  std::set<std::string> sections, tasks;
  for (const auto& s : plan.sections) sections.insert(s.id);
  for (const auto& t : plan.tasks) tasks.insert(t.id);
  const json& list = doc.value["nhiem_vu"];
  for (size_t i = 0; i < list.size(); ++i) {
    const json& t = list[i];
    std::string ptr = "/nhiem_vu/" + std::to_string(i);
    std::string phan = str(t, "phan"), thuoc = str(t, "thuoc");
    if (!phan.empty() && !sections.count(phan))
      doc.error(
          diags, ptr + "/phan",
          task_label(t) + ": phần \"" + phan + "\" không có trong \"phan\" — thêm phần đó hoặc sửa mã phần");
    if (!thuoc.empty() && (!tasks.count(thuoc) || thuoc == str(t, "ma")))
      doc.error(diags, ptr + "/thuoc",
                task_label(t) + ": nhiệm vụ cha \"" + thuoc + "\" không có trong kế hoạch — sửa \"thuoc\" cho đúng mã");
    if (str(t, "trang_thai") != "hoan_thanh" && t.contains("ngay_hoan_thanh"))
      doc.warning(diags, ptr + "/ngay_hoan_thanh",
                  task_label(t) + ": có ngày hoàn thành nhưng trạng thái chưa là \"hoan_thanh\"");
  }
}

void load_indicators(const JsonDocument& doc, Plan& plan, Diagnostics& diags) {
  if (!doc.value.contains("chi_tieu")) return;
  std::set<std::string> seen;
  const json& list = doc.value["chi_tieu"];
  for (size_t i = 0; i < list.size(); ++i) {
    const json& c = list[i];
    std::string ptr = "/chi_tieu/" + std::to_string(i);
    Indicator ind;
    ind.id = str(c, "ma");
    if (!seen.insert(ind.id).second) {
      doc.error(diags, ptr + "/ma", "chỉ tiêu \"" + ind.id + "\" trùng mã — mỗi chỉ tiêu cần một mã riêng");
      continue;
    }
    ind.text = str(c, "noi_dung");
    ind.comparator = str(c, "so_sanh");
    if (auto it = c.find("gia_tri"); it != c.end()) ind.target = it->get<double>();
    ind.unit = str(c, "don_vi");
    if (auto res = c.find("ket_qua"); res != c.end()) {
      for (size_t r = 0; r < res->size(); ++r) {
        const json& m = (*res)[r];
        auto day = date_field(doc, m, "ngay", ptr + "/ket_qua/" + std::to_string(r),
                              "chỉ tiêu \"" + ind.id + "\"", diags);
        if (day) ind.measurements.push_back({*day, m["gia_tri"].get<double>(), str(m, "ghi_chu")});
      }
    }
    plan.indicators.push_back(std::move(ind));
  }
}

}  // namespace

void load_plan_data(const std::string& text, const std::string& file, Plan& plan, Diagnostics& diags) {
  auto doc = parse_json_document(text, file, "schemas/plan.schema.json", diags);
  if (!doc) return;
  load_sections(*doc, plan, diags);
  load_tasks(*doc, plan, diags);
  check_task_references(*doc, plan, diags);
  load_indicators(*doc, plan, diags);
}

void load_agency_registry(const std::string& text, const std::string& file, Commune& commune,
                          Diagnostics& diags) {
  auto doc = parse_json_document(text, file, "schemas/agencies.schema.json", diags);
  if (!doc) return;
  std::map<std::string, std::string> name_owner;  // folded name -> agency id
  const json& list = doc->value["co_quan"];
  for (size_t i = 0; i < list.size(); ++i) {
    const json& a = list[i];
    Agency agency{str(a, "ma"), str(a, "ten"), strings(a, "ten_khac")};
    std::string ptr = "/co_quan/" + std::to_string(i);
    bool clash = false;
    for (const auto& name : [&] {
           auto n = agency.aliases;
           n.push_back(agency.name);
           return n;
         }()) {
      auto [it, fresh] = name_owner.emplace(fold_diacritics(name), agency.id);
      if (!fresh && it->second != agency.id) {
        doc->error(diags, ptr,
                   "cơ quan \"" + agency.id + "\": tên \"" + name + "\" đã thuộc cơ quan \"" + it->second +
                       "\" — mỗi tên chỉ thuộc một cơ quan");
        clash = true;
      }
    }
    if (paths::is_reserved_segment(paths::RouteLevel::Agencies, agency.id)) {
      doc->error(diags, ptr + "/ma", "cơ quan: mã \"" + agency.id + "\" " + kReservedIdAdvice);
      clash = true;
    }
    if (std::any_of(commune.agencies.begin(), commune.agencies.end(),
                    [&](const Agency& x) { return x.id == agency.id; })) {
      doc->error(diags, ptr + "/ma", "cơ quan \"" + agency.id + "\" trùng mã — mỗi cơ quan cần một mã riêng");
      clash = true;
    }
    if (!clash) commune.agencies.push_back(std::move(agency));
  }
}

}  // namespace ck
