#include "importer/commune_identity.h"

#include <array>

#include "importer/plan_writer.h"
#include "importer/vn_text.h"
#include "util/slug.h"
#include "util/text.h"

namespace ck::importer {
namespace {

struct Kind {
  std::string_view printed;  // as inside an issuer's name, lower-case
  std::string_view id;
};
constexpr std::array<Kind, 4> kKinds{{
    {"đặc khu", "dac_khu"},
    {"phường", "phuong"},
    {"thành phố", "thanh_pho"},
    {"xã", "xa"},
}};

}  // namespace

std::string commune_kind(std::string_view text) {
  std::string s = slugify(trim(text));
  for (char& c : s)
    if (c == '-') c = '_';
  for (const auto& k : kKinds)
    if (s == k.id) return std::string(k.id);
  return "";
}

std::optional<CommuneIdentity> commune_from_issuer(std::string_view issuer) {
  std::string text = normalize_space(issuer);
  std::string lower = to_lower(text);
  // The last kind word names the commune ("Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ").
  size_t best = std::string::npos;
  const Kind* kind = nullptr;
  for (const auto& k : kKinds) {
    std::string needle = " " + std::string(k.printed) + " ";
    size_t at = lower.rfind(needle);
    if (at != std::string::npos && (best == std::string::npos || at > best)) {
      best = at;
      kind = &k;
    }
  }
  if (!kind) return std::nullopt;
  std::string name = trim(text.substr(best + 1 + kind->printed.size()));
  if (name.empty() || !starts_upper(name)) return std::nullopt;
  return CommuneIdentity{sentence_case(kind->printed) + " " + name, std::string(kind->id)};
}

std::string write_commune_index(const CommuneIdentity& c, const std::string& parent,
                                const std::string& plan_title, const std::string& source_name) {
  std::string out = "---\nten: " + yaml_quote(c.name) + "\nloai: " + c.kind + "\n";
  if (!parent.empty()) out += "cap_tren: " + parent + "\n";
  out += "---\n\n";
  out += "Trang của " + c.name + " trên cổng. Kế hoạch đầu tiên, “" + plan_title +
         "”, được nhập từ văn bản “" + source_name +
         "”; khi chưa có báo cáo tiến độ, các nhiệm vụ hiển thị “chưa cập nhật”.\n";
  return out;
}

}  // namespace ck::importer
