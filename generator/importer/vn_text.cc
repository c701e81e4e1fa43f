#include "importer/vn_text.h"

#include <utf8proc.h>

#include "util/text.h"

namespace ck::importer {
namespace {

// Calls `fn(code_point, bytes)` for each code point; invalid bytes pass as -1.
template <typename Fn>
void for_each_cp(std::string_view s, Fn fn) {
  size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    size_t len = n > 0 ? static_cast<size_t>(n) : 1;
    if (!fn(n > 0 ? cp : -1, s.substr(i, len))) return;
    i += len;
  }
}

void append_cp(std::string& out, utf8proc_int32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<char*>(buf), static_cast<size_t>(n));
}

std::string map_case(std::string_view s, bool upper) {
  std::string out;
  out.reserve(s.size());
  for_each_cp(s, [&](utf8proc_int32_t cp, std::string_view bytes) {
    if (cp < 0) {
      out.append(bytes);
    } else {
      append_cp(out, upper ? utf8proc_toupper(cp) : utf8proc_tolower(cp));
    }
    return true;
  });
  return out;
}

bool is_letter(utf8proc_int32_t cp) { return cp >= 0 && (utf8proc_islower(cp) || utf8proc_isupper(cp)); }

// Case of the first letter: 1 upper, -1 lower, 0 none before a non-skippable char.
int first_letter_case(std::string_view s) {
  int result = 0;
  for_each_cp(s, [&](utf8proc_int32_t cp, std::string_view) {
    if (is_letter(cp)) {
      result = utf8proc_isupper(cp) ? 1 : -1;
      return false;
    }
    bool skippable = cp == '(' || cp == '"' || cp == '*' || cp == '\'' || cp == 0x201C || cp == 0x2018 ||
                     cp == ' ' || cp == '[';
    return skippable;
  });
  return result;
}

}  // namespace

std::string to_lower(std::string_view s) { return map_case(s, false); }
std::string to_upper(std::string_view s) { return map_case(s, true); }

std::string sentence_case(std::string_view s) {
  std::string lower = to_lower(s);
  std::string out;
  bool done = false;
  for_each_cp(lower, [&](utf8proc_int32_t cp, std::string_view bytes) {
    if (!done && is_letter(cp)) {
      append_cp(out, utf8proc_toupper(cp));
      done = true;
    } else {
      out.append(bytes);
    }
    return true;
  });
  return out;
}

bool is_upper_line(std::string_view s) {
  int letters = 0;
  bool lower = false;
  for_each_cp(s, [&](utf8proc_int32_t cp, std::string_view) {
    if (is_letter(cp)) {
      ++letters;
      if (utf8proc_islower(cp)) lower = true;
    }
    return !lower;
  });
  return letters >= 2 && !lower;
}

bool starts_lower(std::string_view s) { return first_letter_case(s) < 0; }
bool starts_upper(std::string_view s) { return first_letter_case(s) > 0; }

bool first_is_upper(std::string_view s) {
  bool upper = false;
  for_each_cp(s, [&](utf8proc_int32_t cp, std::string_view) {
    upper = cp >= 0 && utf8proc_isupper(cp);
    return false;
  });
  return upper;
}

bool ends_clause(std::string_view s) {
  std::string t = trim_right_chars(s, ")]*\"'\xE2\x80\x9D\xE2\x80\x99");  // ” ’ are 3 bytes each
  if (t.empty()) return false;
  char c = t.back();
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

bool ends_statement(std::string_view s) {
  std::string t = trim_right_chars(s, ")]*\"'\xE2\x80\x9D\xE2\x80\x99");
  return !t.empty() && (t.back() == '.' || t.back() == ';');
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> words;
  std::string norm = normalize_space(s);
  size_t start = 0;
  while (start < norm.size()) {
    size_t sp = norm.find(' ', start);
    if (sp == std::string::npos) sp = norm.size();
    if (sp > start) words.push_back(norm.substr(start, sp - start));
    start = sp + 1;
  }
  return words;
}

size_t word_count(std::string_view s) { return split_words(s).size(); }

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      parts.emplace_back(s.substr(start));
      return parts;
    }
    parts.emplace_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string trim_right_chars(std::string_view s, std::string_view chars) {
  // `chars` may hold multi-byte characters: strip any trailing byte sequence
  // that is one of them (compared as whole UTF-8 sequences) or a space.
  std::vector<std::string_view> set;
  for_each_cp(chars, [&](utf8proc_int32_t, std::string_view bytes) {
    set.push_back(bytes);
    return true;
  });
  set.push_back(" ");
  set.push_back("\t");
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    for (auto c : set) {
      if (ends_with(s, c)) {
        s.remove_suffix(c.size());
        changed = true;
        break;
      }
    }
  }
  return std::string(s);
}

}  // namespace ck::importer
