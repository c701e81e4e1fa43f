// One rule for whether a name in an agency cell is one body ("Phòng Văn hóa -
// Xã hội") or a group of unnamed bodies ("Các cơ quan, đơn vị liên quan",
// "các phòng chuyên môn", "UBND cấp xã", a long clause copied into the cell).
// A group is shown as the document writes it, but it is not an agency: no
// agency page, no place in the agency index or the lead-agency filter.
// Shared by derive (agency index), render, search and the importer.
#pragma once
#include <string_view>

namespace ck {

bool is_agency_group(std::string_view name);

}  // namespace ck
