#include "importer/tasks.h"

#include <algorithm>
#include <map>
#include <set>

#include "importer/agencies.h"
#include "importer/cell_html.h"
#include "importer/vn_text.h"
#include "util/slug.h"

namespace ck::importer {
namespace {

bool is_numeric(const std::string& number) { return !number.empty() && number[0] >= '0' && number[0] <= '9'; }

class IdMaker {
 public:
  IdMaker(const std::string& file, Diagnostics& diags) : file_(file), diags_(diags) {}

  // Reserves `base`; a repeated number gets "-lan-2", "-lan-3" and a warning.
  std::string reserve(const std::string& base, int line) {
    if (used_.insert(base).second) return base;
    for (int k = 2;; ++k) {
      std::string id = base + "-lan-" + std::to_string(k);
      if (used_.insert(id).second) {
        diags_.warning(file_, line, 0,
                       "mã “" + base + "” đã dùng cho dòng khác: dòng này lấy mã “" + id + "”");
        return id;
      }
    }
  }

  // The next free "<parent>-k".
  std::string next_child(const std::string& parent) {
    int& k = children_[parent];
    std::string id;
    do id = parent + "-" + std::to_string(++k);
    while (!used_.insert(id).second);
    return id;
  }

 private:
  const std::string& file_;
  Diagnostics& diags_;
  std::set<std::string> used_;
  std::map<std::string, int> children_;
};

std::vector<std::string> sections_ids(const Table& table, TaskList& out, IdMaker& ids) {
  std::vector<std::string> section_ids;
  for (const auto& s : table.sections) {
    std::string id = ids.reserve(slugify(s.number), s.line);
    section_ids.push_back(id);
    out.sections.push_back({id, s.number, s.title});
  }
  return section_ids;
}

// Numbered rows first, so sub-rows never take an id a numbered row prints.
std::vector<std::string> task_ids(const Table& table, IdMaker& ids) {
  std::vector<std::string> out(table.tasks.size());
  for (size_t i = 0; i < table.tasks.size(); ++i)
    if (is_numeric(table.tasks[i].number))
      out[i] = ids.reserve("nv-" + slugify(table.tasks[i].number), table.tasks[i].line);
  for (size_t i = 0; i < table.tasks.size(); ++i) {
    const RawTask& t = table.tasks[i];
    if (!out[i].empty()) continue;
    std::string parent = t.parent >= 0 ? out[static_cast<size_t>(t.parent)] : "nv-khong-so";
    out[i] =
        t.number.empty() ? ids.next_child(parent) : ids.reserve(parent + "-" + slugify(t.number), t.line);
  }
  return out;
}

ImportedTask convert(const RawTask& raw, std::vector<std::string>& unknown) {
  ImportedTask t;
  t.number = raw.number;
  t.line = raw.line;
  t.text = cell_markdown(raw.cells[kText], &unknown);
  for (const auto& [name, cell] : raw.extra) {
    std::string note = cell_line(cell, &unknown);
    if (!note.empty()) t.text += (t.text.empty() ? "" : "\n\n") + name + ": " + note;
  }
  t.lead = split_agencies(raw.cells[kLead], &unknown);
  t.partners = split_agencies(raw.cells[kPartners], &unknown);
  t.deadline = cell_line(raw.cells[kDeadline], &unknown);
  t.products = cell_items(raw.cells[kProducts], &unknown);
  static constexpr const char* kFieldKeys[kColumnCount] = {"so",       "noi_dung", "co_quan_chu_tri",
                                                           "co_quan_phoi_hop", "thoi_han", "san_pham"};
  for (size_t k = 0; k < kColumnCount; ++k)
    if (raw.uncertain[k]) t.unverified.emplace_back(kFieldKeys[k]);
  return t;
}

std::string label(const ImportedTask& t) { return t.number.empty() ? "(dòng con " + t.id + ")" : t.number; }

void mark_unverified(ImportedTask& t, const char* field) {
  if (std::find(t.unverified.begin(), t.unverified.end(), field) == t.unverified.end()) t.unverified.emplace_back(field);
}

// A piece of a name would be published as an agency page: say where, so the
// cell can be mended (table_rows.cc joins the cuts it recognises), and mark the
// cell "can_doi_chieu", which keeps it off the agency pages until it is.
void flag_name_fragments(TaskList& list, const std::string& file, Diagnostics& diags) {
  std::set<std::string> seen;
  std::vector<std::string> names;
  for (const auto& t : list.tasks)
    for (const auto* agencies : {&t.lead, &t.partners})
      for (const auto& a : *agencies)
        if (seen.insert(a).second) names.push_back(a);
  for (const auto& [name, why] : name_fragments(names)) {
    bool warned = false;
    for (auto& t : list.tasks) {
      bool in_lead = std::count(t.lead.begin(), t.lead.end(), name) > 0;
      bool in_partners = std::count(t.partners.begin(), t.partners.end(), name) > 0;
      if (in_lead) mark_unverified(t, "co_quan_chu_tri");
      if (in_partners) mark_unverified(t, "co_quan_phoi_hop");
      if ((in_lead || in_partners) && !warned) {
        warned = true;
        diags.warning(file, t.line, 0,
                      "nhiệm vụ " + label(t) + ": cơ quan “" + name + "” " + why +
                          " — có thể là mảnh tên bị ngắt trang; đã đánh dấu ô “chưa đối chiếu” (chưa có trang cơ "
                          "quan); sửa ô cơ quan cho đủ tên rồi bỏ tên ô khỏi \"can_doi_chieu\"");
      }
    }
  }
}

}  // namespace

TaskList build_tasks(const Table& table, const std::string& file, Diagnostics& diags) {
  TaskList out;
  IdMaker ids(file, diags);
  std::vector<std::string> section_ids = sections_ids(table, out, ids);
  std::vector<std::string> id_of = task_ids(table, ids);
  std::set<int> parents;
  for (const auto& t : table.tasks)
    if (t.parent >= 0) parents.insert(t.parent);
  for (size_t i = 0; i < table.tasks.size(); ++i) {
    const RawTask& raw = table.tasks[i];
    std::vector<std::string> unknown;
    ImportedTask t = convert(raw, unknown);
    t.id = id_of[i];
    if (raw.section >= 0) t.section_id = section_ids[static_cast<size_t>(raw.section)];
    if (raw.parent >= 0) t.parent_id = id_of[static_cast<size_t>(raw.parent)];
    if (!unknown.empty())
      diags.warning(
          file, raw.line, 0,
          "nhiệm vụ " + label(t) + ": bỏ thẻ HTML lạ " + join(unknown, " ") + ", giữ chữ bên trong");
    if (t.text.empty()) diags.warning(file, raw.line, 0, "nhiệm vụ " + label(t) + " không có nội dung");
    if (t.lead.empty() && !parents.count(static_cast<int>(i)))
      diags.warning(file, raw.line, 0, "nhiệm vụ " + label(t) + " không có cơ quan chủ trì");
    out.tasks.push_back(std::move(t));
  }
  flag_name_fragments(out, file, diags);
  return out;
}

}  // namespace ck::importer
