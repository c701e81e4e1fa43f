#include "model/model.h"

#include <algorithm>
#include <array>
#include <utility>

namespace ck {
namespace {

constexpr std::array<std::pair<ReportedStatus, std::string_view>, 6> kStatusKeys{{
    {ReportedStatus::NoReport, "chua_cap_nhat"},
    {ReportedStatus::NotStarted, "chua_bat_dau"},
    {ReportedStatus::InProgress, "dang_thuc_hien"},
    {ReportedStatus::Done, "hoan_thanh"},
    {ReportedStatus::Cancelled, "huy_bo"},
    {ReportedStatus::Adjusted, "dieu_chinh"},
}};

struct KindNames {
  CommuneKind kind;
  std::string_view key;
  std::string_view label;
};
constexpr std::array<KindNames, 4> kKinds{{
    {CommuneKind::Xa, "xa", "Xã"},
    {CommuneKind::Phuong, "phuong", "Phường"},
    {CommuneKind::DacKhu, "dac_khu", "Đặc khu"},
    {CommuneKind::ThanhPho, "thanh_pho", "Thành phố"},
}};

}  // namespace

std::string_view reported_status_key(ReportedStatus s) {
  for (auto& [status, key] : kStatusKeys)
    if (status == s) return key;
  return "chua_cap_nhat";
}

std::optional<ReportedStatus> reported_status_from_key(std::string_view key) {
  for (auto& [status, k] : kStatusKeys)
    if (k == key) return status;
  return std::nullopt;
}

std::string_view commune_kind_key(CommuneKind k) {
  for (auto& n : kKinds)
    if (n.kind == k) return n.key;
  return "xa";
}

std::string_view commune_kind_label(CommuneKind k) {
  for (auto& n : kKinds)
    if (n.kind == k) return n.label;
  return "Xã";
}

std::optional<CommuneKind> commune_kind_from_key(std::string_view key) {
  for (auto& n : kKinds)
    if (n.key == key) return n.kind;
  return std::nullopt;
}

const Commune* Portal::find_commune(std::string_view id) const {
  auto it = std::find_if(communes.begin(), communes.end(), [&](const Commune& c) { return c.id == id; });
  return it == communes.end() ? nullptr : &*it;
}

const Plan* Portal::find_plan(std::string_view commune_id, std::string_view plan_id) const {
  const Commune* c = find_commune(commune_id);
  if (!c) return nullptr;
  auto it = std::find_if(c->plans.begin(), c->plans.end(), [&](const Plan& p) { return p.id == plan_id; });
  return it == c->plans.end() ? nullptr : &*it;
}

std::string task_display_number(const Plan& plan, const Task& task) {
  if (!task.number.empty()) return task.number;
  if (task.parent_id.empty()) return "";
  // Unnumbered sub-rows: "3 (1)", "3 (2)" in the order they appear.
  int k = 0;
  std::string parent_number;
  for (const auto& t : plan.tasks) {
    if (t.id == task.parent_id) parent_number = t.number;
    if (t.parent_id == task.parent_id && t.number.empty()) ++k;
    if (&t == &task) break;
  }
  return parent_number + " (" + std::to_string(k) + ")";
}

}  // namespace ck
