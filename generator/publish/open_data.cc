#include "publish/open_data.h"

#include "publish/csv.h"
#include "publish/data_vocabulary.h"
#include "model/task_kind.h"
#include "render/page_paths.h"

namespace ck {

using nlohmann::json;

namespace {

json iso_or_null(const std::optional<CivilDate>& d) { return d ? json(d->iso()) : json(nullptr); }

json section_of(const Plan& plan, const Task& task) {
  for (const auto& s : plan.sections)
    if (s.id == task.section_id) return {{"ma", s.id}, {"so", s.number}, {"ten", s.title}};
  return nullptr;
}

json reading_of(const Deadline& d) {
  std::string kind(deadline_kind_name(d.kind));
  json occurrences = json::array();
  for (const auto& o : d.occurrences) occurrences.push_back(o.iso());
  return {{"loai", kind},
          {"loai_nhan", data_label("kind", kind)},
          {"bat_dau", iso_or_null(d.start)},
          {"han", iso_or_null(d.due)},
          {"cac_lan", occurrences},
          {"bien_tap_vien_sua", d.overridden},
          {"ghi_chu", d.note}};
}

// What a row is, in the open data's words (model/task_kind.h).
const char* row_kind_key(RowKind kind) {
  switch (kind) {
    case RowKind::Task: return "nhiem_vu";
    case RowKind::Heading: return "dong_tieu_de";
    case RowKind::Empty: return "dong_trong";
  }
  return "nhiem_vu";
}

json task_record(const Portal& portal, const DerivedSite& derived, const Commune& c, const Plan& p, const Task& t) {
  const StatusInfo& info = derived.statuses().at(&t);
  std::string status(task_status_key(info.status));
  std::string page = paths::absolute(portal.config.base_url, paths::task(c.id, p.id, t.id));
  if (page.empty()) page = t.id + "/index.html";  // relative to the dataset's folder
  return {{"ma", t.id},
          {"loai_dong", std::string(row_kind_key(info.row))},
          {"minh_hoa", c.illustrative},
          {"so", task_display_number(p, t)},
          {"phan", section_of(p, t)},
          {"thuoc", t.parent_id.empty() ? json(nullptr) : json(t.parent_id)},
          {"noi_dung", t.text},
          {"co_quan_chu_tri", t.lead},
          {"co_quan_phoi_hop", t.partners},
          {"thoi_han", t.deadline.text},
          {"cach_hieu_thoi_han", reading_of(t.deadline)},
          {"trang_thai", status},
          {"trang_thai_nhan", data_label("status", status)},
          {"trang_thai_bao_cao", std::string(reported_status_key(t.status))},
          {"tien_do", info.progress ? json(*info.progress) : json(nullptr)},
          {"ngay_hoan_thanh", iso_or_null(t.completed)},
          {"san_pham", t.products},
          {"trang", page},
          // Fields read from a scan that no clerk has compared with the paper yet: reusers must know.
          {"can_doi_chieu", t.unverified_fields}};
}

std::string joined(const json& list) {
  std::string out;
  for (const auto& item : list) out += (out.empty() ? "" : "; ") + item.get<std::string>();
  return out;
}

// "Nội dung; Thời hạn": the cells of a task read from a scan and not yet compared with the paper.
std::string unverified_labels(const json& fields) {
  std::string out;
  for (const auto& f : fields) out += (out.empty() ? "" : "; ") + data_label("field", f.get<std::string>());
  return out;
}

std::string text_or_empty(const json& v) {
  if (v.is_null()) return "";
  return v.is_string() ? v.get<std::string>() : v.dump();
}

}  // namespace

json plan_dataset(const Portal& portal, const DerivedSite& derived, const Commune& c, const Plan& p,
                  const std::string& commit) {
  json tasks = json::array();
  for (const auto& t : p.tasks) tasks.push_back(task_record(portal, derived, c, p, t));
  std::string plan_page = paths::absolute(portal.config.base_url, paths::plan(c.id, p.id));
  return {{"xa", {{"ma", c.id}, {"ten", c.name}, {"minh_hoa", c.illustrative}}},
          {"ke_hoach",
           {{"ma", p.id},
            {"tieu_de", p.title},
            {"so_hieu", p.doc_number},
            {"ngay_ban_hanh", p.issued ? json(p.issued->iso()) : json(nullptr)},
            {"trang", plan_page.empty() ? json("index.html") : json(plan_page)}}},
          {"tinh_den_ngay", derived.today().iso()},
          {"ma_nguon", commit.empty() ? json(nullptr) : json(commit)},
          {"giay_phep", portal.config.licence},
          {"nhiem_vu", tasks}};
}

std::string plan_dataset_csv(const json& dataset) {
  static const std::vector<std::string> kColumns = {
      "ma", "so", "phan", "thuoc", "noi_dung", "co_quan_chu_tri", "co_quan_phoi_hop", "thoi_han",
      "loai_thoi_han", "bat_dau", "han", "trang_thai", "tien_do", "ngay_hoan_thanh", "san_pham", "trang",
      "loai_dong", "minh_hoa", "can_doi_chieu"};  // added later: at the end, so existing readers keep their columns
  std::vector<std::string> header;
  for (const auto& key : kColumns) header.push_back(data_label("data_column", key));
  std::string out(kUtf8Bom);
  out += csv_row(header);
  for (const auto& t : dataset["nhiem_vu"]) {
    const json& section = t["phan"];
    const json& reading = t["cach_hieu_thoi_han"];
    std::string section_text;
    if (!section.is_null())
      section_text = section["so"].get<std::string>().empty()
                         ? section["ten"].get<std::string>()
                         : section["so"].get<std::string>() + ". " + section["ten"].get<std::string>();
    out += csv_row({t["ma"], t["so"], section_text, text_or_empty(t["thuoc"]), t["noi_dung"],
                    joined(t["co_quan_chu_tri"]), joined(t["co_quan_phoi_hop"]), t["thoi_han"], reading["loai_nhan"],
                    text_or_empty(reading["bat_dau"]), text_or_empty(reading["han"]), t["trang_thai_nhan"],
                    text_or_empty(t["tien_do"]), text_or_empty(t["ngay_hoan_thanh"]), joined(t["san_pham"]),
                    t["trang"], data_label("row_kind", t["loai_dong"].get<std::string>()),
                    t["minh_hoa"].get<bool>() ? data_label("data_column", "minh_hoa_co") : std::string(),
                    unverified_labels(t["can_doi_chieu"])});
  }
  return out;
}

}  // namespace ck
