#include "publish/xml_text.h"

#include "util/text.h"

namespace ck {

std::string xml_text(std::string_view s) {
  std::string kept;
  kept.reserve(s.size());
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    kept += c;
  }
  return html_escape(kept);
}

}  // namespace ck
