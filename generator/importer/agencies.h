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

// Names in `names` that look like a piece of a name cut by a page break: one
// that starts with a lower-case letter ("quan", "chính công"), or one that is
// the start of another name whose rest is lower-case ("Trung tâm Phục vụ hành"
// beside "Trung tâm Phục vụ hành chính công"). Each with the reason (Vietnamese).
std::vector<std::pair<std::string, std::string>> name_fragments(const std::vector<std::string>& names);

// True when `s` starts with a word that begins an agency's name ("Phòng …",
// "Trung tâm …", "Công an …").
bool starts_agency_name(std::string_view s);
// Or a group of agencies ("Các phòng chuyên môn", "Các cơ quan, đơn vị liên quan").
bool starts_agency_or_group(std::string_view s);

}  // namespace ck::importer
