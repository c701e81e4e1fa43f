#include "history/minor_change.h"

#include <set>
#include <string_view>

#include "history/messages.h"
#include "util/slug.h"

namespace ck::history {

namespace {

// Fields whose every change is wording: the text itself is what was fixed.
bool is_wording_field(std::string_view field) {
  return field == "noi_dung" || field == "san_pham" || field == "tieu_de";
}

// Fields that never change quietly: what a citizen follows.
bool is_tracked_field(std::string_view field) {
  return field == "trang_thai" || field == "tien_do" || field == "thoi_han" ||
         field == "cach_hieu_thoi_han" || field == "ngay_hoan_thanh" || field == "cap_nhat" ||
         field == "ma" || field == "phan" || field == "thuoc" || field == "ky" || field == "ngay_ban_hanh";
}

// A change of spelling only (diacritics, case, spaces, punctuation): "Phòng Văn hoá" → "Phòng Văn hóa"
// is, "Phòng Văn hóa" → "Công an xã" is not.
bool is_spelling_only(const FieldChange& f) {
  if (is_wording_field(f.field)) return true;
  if (is_tracked_field(f.field)) return false;
  return slugify(f.before) == slugify(f.after);
}

// Collects the refusal reasons of one commit, each named once, in the order met.
struct Reasons {
  std::vector<std::string> list;
  std::set<std::string> seen;
  void add(std::string why) {
    if (seen.insert(why).second) list.push_back(std::move(why));
  }
};

}  // namespace

std::vector<std::string> minor_refusals(const History& h) {
  std::vector<Reasons> reasons(h.commits.size());
  auto claimed = [&](size_t commit) { return commit < h.commits.size() && h.commits[commit].minor; };
  for (const TaskChange& c : h.task_changes) {
    if (!claimed(c.commit)) continue;
    if (c.kind != ChangeKind::Modified) {
      reasons[c.commit].add(msg::minor_task_added_or_removed(c.kind == ChangeKind::Added, c.task_id));
      continue;
    }
    for (const FieldChange& f : c.fields)
      if (!is_spelling_only(f)) reasons[c.commit].add(msg::minor_task_field(f.field, c.task_id));
  }
  for (const NarrativeChange& n : h.narrative_changes) {
    if (!claimed(n.commit)) continue;
    if (n.kind != ChangeKind::Modified) {
      reasons[n.commit].add(
          msg::minor_plan_added_or_removed(n.kind == ChangeKind::Added, n.commune + "/" + n.plan));
      continue;
    }
    for (const FieldChange& f : n.front_matter)
      if (!is_spelling_only(f))
        reasons[n.commit].add(msg::minor_plan_field(f.field, n.commune + "/" + n.plan));
  }
  std::vector<std::string> out(h.commits.size());
  for (size_t i = 0; i < reasons.size(); ++i) {
    for (const std::string& why : reasons[i].list) out[i] += (out[i].empty() ? "" : "; ") + why;
  }
  return out;
}

std::vector<std::string> minor_claim_warnings(const History& h) {
  std::vector<std::string> out;
  std::vector<std::string> refusals = minor_refusals(h);
  for (size_t i = 0; i < refusals.size(); ++i)
    if (!refusals[i].empty()) out.push_back(msg::minor_refused(h.commits[i], refusals[i]));
  return out;
}

}  // namespace ck::history
