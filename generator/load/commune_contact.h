// The commune's contact for citizens, read from its _index.md front matter:
// dia_chi, dien_thoai, email, trang_gop_y. Each is optional; a malformed phone
// number, e-mail address or web address is an error at its line, since a
// wrong contact on every page is worse than none.
#pragma once
#include <string_view>

#include "config/yaml_fields.h"
#include "model/model.h"

namespace ck {

inline constexpr const char* kContactKeys[] = {"dia_chi", "dien_thoai", "email", "trang_gop_y"};

CommuneContact read_commune_contact(YamlFields& fields);
// "cong_thong_tin", the commune's electronic information portal (http/https; else an error at its line): "" if unset.
std::string read_commune_portal_url(YamlFields& fields);

// One or more phone numbers as a clerk writes them: digits with spaces, dots,
// dashes or parentheses, an optional leading "+", 3 to 15 digits each (short
// hotlines like 1022 included), several separated by "," or ";".
bool is_phone_text(std::string_view text);
// name@domain.tld, printable ASCII, no spaces, quotes or angle brackets.
bool is_email_address(std::string_view text);

}  // namespace ck
