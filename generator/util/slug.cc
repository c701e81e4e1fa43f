#include "util/slug.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace ck {

std::string fold_diacritics(std::string_view utf8) {
  // đ/Đ have no decomposition in Unicode, so map them before stripping marks.
  std::string pre;
  pre.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c == 0xC4 && i + 1 < utf8.size()) {
      unsigned char n = static_cast<unsigned char>(utf8[i + 1]);
      if (n == 0x91 || n == 0x90) {  // U+0111 đ, U+0110 Đ
        pre.push_back('d');
        ++i;
        continue;
      }
    }
    pre.push_back(static_cast<char>(c));
  }
  utf8proc_uint8_t* out = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                UTF8PROC_CASEFOLD | UTF8PROC_COMPAT);
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(pre.data()),
                                    static_cast<utf8proc_ssize_t>(pre.size()), &out, options);
  if (n < 0) return pre;  // invalid UTF-8: callers validate earlier; fold what we can.
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<char*>(out), static_cast<size_t>(n));
}

std::string slugify(std::string_view utf8) {
  std::string folded = fold_diacritics(utf8);
  std::string slug;
  bool pending_dash = false;
  for (char ch : folded) {
    bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (alnum) {
      if (pending_dash && !slug.empty()) slug.push_back('-');
      pending_dash = false;
      slug.push_back(ch);
    } else {
      pending_dash = true;
    }
  }
  return slug;
}

bool is_slug(std::string_view id) {
  if (id.empty() || id.size() > 120) return false;
  char prev = '-';
  for (char ch : id) {
    bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    bool sep = ch == '-' || ch == '.';
    if (!alnum && !sep) return false;
    if (sep && (prev == '-' || prev == '.')) return false;
    prev = ch;
  }
  return prev != '-' && prev != '.';
}

}  // namespace ck
