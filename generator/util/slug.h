// ASCII folding of Vietnamese text, for ids, URL slugs and search keys.
#pragma once
#include <string>
#include <string_view>

namespace ck {

// "Văn phòng HĐND và UBND" -> "van phong hdnd va ubnd": NFC-independent,
// strips tone and vowel marks, maps đ/Đ to d, lower-cases.
std::string fold_diacritics(std::string_view utf8);

// "Văn phòng HĐND và UBND" -> "van-phong-hdnd-va-ubnd": folded, every run of
// non [a-z0-9] becomes one '-', no leading or trailing '-'.
std::string slugify(std::string_view utf8);

// True when `id` is a valid slug: [a-z0-9] runs joined by single '-' (or '.').
bool is_slug(std::string_view id);

}  // namespace ck
