// libFuzzer target for the search tokenizer (search/syllable): any bytes.
// Beyond "no crash": tokens are in order, inside the text, never empty, and
// their keys are what exact_key/folded_key give for the token's bytes; Latin
// text (Vietnamese) decomposed to NFD gives the same tokens and keys.
#include <utf8proc.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "search/syllable.h"

namespace {

void require(bool ok) {
  if (!ok) std::abort();  // libFuzzer reports the input that got here
}

// Only Latin letters and combining marks decompose to letters + marks, so
// their NFD must tokenize alike; other scripts have decompositions that cross
// token boundaries (U+1FED → U+00A8 U+0300) and are left out.
bool latin_only(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) return false;
    if (!(cp < 0x0250 || (cp >= 0x0300 && cp < 0x0370) || (cp >= 0x1E00 && cp < 0x1F00))) return false;
    i += static_cast<size_t>(n);
  }
  return true;
}

std::string decomposed(std::string_view text) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                        static_cast<utf8proc_ssize_t>(text.size()), &out,
                        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STABLE));
  if (n < 0) return {};
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<char*>(out), static_cast<size_t>(n));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto tokens = ck::search::tokenize(text);
  size_t previous_end = 0;
  for (const auto& t : tokens) {
    require(t.begin >= previous_end && t.begin < t.end && t.end <= text.size());
    previous_end = t.end;
    std::string_view raw = text.substr(t.begin, t.end - t.begin);
    require(t.exact == ck::search::exact_key(raw));
    require(t.folded == ck::search::folded_key(raw));
    (void)ck::search::is_accented(raw);
  }
  if (text.size() < 4096 && latin_only(text)) {
    std::string nfd = decomposed(text);
    if (!nfd.empty()) {
      auto nfd_tokens = ck::search::tokenize(nfd);
      require(nfd_tokens.size() == tokens.size());
      for (size_t i = 0; i < tokens.size(); ++i)
        require(nfd_tokens[i].exact == tokens[i].exact && nfd_tokens[i].folded == tokens[i].folded);
    }
  }
  return 0;
}
