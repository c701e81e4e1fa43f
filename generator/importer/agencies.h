// Splitting a "Cơ quan chủ trì/phối hợp" cell into agency names.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ck::importer {

// "Văn phòng HĐND và UBND; Trung tâm Phục vụ hành chính công" -> two names;
// "Phòng Văn hóa - Xã hội và các cơ quan, đơn vị liên quan" -> two names;
// "Văn phòng HĐND và UBND" -> one name. See the .cc for the rule.
std::vector<std::string> split_agencies(std::string_view raw_cell,
                                        std::vector<std::string>* unknown_tags = nullptr);

// True when `s` starts with a word that begins an agency's name ("Phòng …",
// "Trung tâm …", "Công an …").
bool starts_agency_name(std::string_view s);

}  // namespace ck::importer
