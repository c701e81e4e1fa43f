// The rule, and why it is cautious: a wrong split publishes an agency that
// does not exist, a missed split only leaves two names in one entry. So:
//  - ';' and list items always separate agencies (the documents use ';' for that);
//  - commas never do ("Các cơ quan, đơn vị liên quan" is one entry);
//  - " và " separates only when the text before it is an agency name and the
//    text after it is one too, or a generic partner phrase ("các cơ quan, đơn vị
//    liên quan"). "Văn phòng HĐND và UBND" stays whole: "UBND" (like "Ủy ban
//    nhân dân", "HĐND", "Hội đồng …") is not in the list of name starts, because
//    it so often ends the name of a joint office.
#include "importer/agencies.h"

#include <array>

#include "importer/cell_html.h"
#include "importer/vn_text.h"
#include "util/text.h"

namespace ck::importer {
namespace {

// Words that begin an agency's name, as printed (capitalised).
constexpr std::array<std::string_view, 31> kNameStarts{
    "Phòng ",      "Văn phòng ", "Trung tâm ",     "Công an ",       "Ban ",
    "Sở ",         "Đoàn ",      "Hội ",           "Mặt trận ",      "Ủy ban Mặt trận",
    "Ủy ban MTTQ", "UBMTTQ",     "Trạm ",          "Trường ",        "Chi cục ",
    "Đội ",        "Bộ phận ",   "Cổng thông tin", "Cổng Thông tin", "Đài ",
    "Kho bạc",     "Chi nhánh ", "Bảo hiểm ",      "Thanh tra ",     "Quỹ ",
    "Hợp tác xã",  "Công đoàn",  "Đảng ủy",        "Chi bộ",         "Ban Chỉ huy",
    "Quân sự ",
};

// Generic partner phrases that may follow " và " ("… và các cơ quan, đơn vị liên quan").
constexpr std::array<std::string_view, 9> kGenericPartners{
    "các cơ quan", "các đơn vị",   "các phòng",       "các tổ chức",      "các ban",
    "các ngành",   "các đoàn thể", "cơ quan, đơn vị", "đơn vị liên quan",
};

bool starts_generic_partner(std::string_view s) {
  std::string lower = to_lower(s.substr(0, 40));
  for (auto g : kGenericPartners)
    if (starts_with(lower, g)) return true;
  return false;
}

std::vector<std::string> split_on_va(const std::string& part) {
  static constexpr std::string_view kVa = " và ";
  std::vector<std::string> names;
  size_t start = 0, search = 0;
  while (true) {
    size_t pos = part.find(kVa, search);
    if (pos == std::string::npos) break;
    std::string_view left = std::string_view(part).substr(start, pos - start);
    std::string_view right = std::string_view(part).substr(pos + kVa.size());
    if (starts_agency_name(left) && (starts_agency_name(right) || starts_generic_partner(right))) {
      names.emplace_back(left);
      start = pos + kVa.size();
    }
    search = pos + kVa.size();
  }
  names.emplace_back(part.substr(start));
  return names;
}

}  // namespace

bool starts_agency_name(std::string_view s) {
  if (starts_with(s, "Hội đồng")) return false;
  for (auto w : kNameStarts)
    if (starts_with(s, w)) return true;
  return false;
}

bool starts_agency_or_group(std::string_view s) { return starts_agency_name(s) || starts_generic_partner(s); }

std::vector<std::string> split_agencies(std::string_view raw_cell, std::vector<std::string>* unknown_tags) {
  CellContent c = parse_cell(raw_cell);
  if (unknown_tags) unknown_tags->insert(unknown_tags->end(), c.unknown_tags.begin(), c.unknown_tags.end());
  std::vector<std::string> out;
  for (auto& item : c.items) {
    for (auto& piece : split(item, ';')) {
      std::string part = trim_right_chars(trim(piece), ".,;");
      if (part.empty()) continue;
      for (auto& name : split_on_va(part)) {
        std::string t = trim_right_chars(trim(name), ".,;");
        if (!t.empty()) out.push_back(t);
      }
    }
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> name_fragments(const std::vector<std::string>& names) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& n : names) {
    if (starts_lower(n) && !starts_generic_partner(n)) {  // "… và các cơ quan liên quan" is a group, not a cut
      out.emplace_back(n, "bắt đầu bằng chữ thường");
      continue;
    }
    for (const auto& longer : names)
      if (longer.size() > n.size() + 1 && starts_with(longer, n + " ") && starts_lower(longer.substr(n.size() + 1))) {
        out.emplace_back(n, "là phần đầu của “" + longer + "”");
        break;
      }
  }
  return out;
}

}  // namespace ck::importer
