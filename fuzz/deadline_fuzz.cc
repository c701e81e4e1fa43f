// libFuzzer target for the deadline reader: any bytes, several plan periods.
// It checks more than "no crash, no hang": the text is kept verbatim, every
// reading is consistent (check_deadline_override), reading is deterministic,
// NFD reads like NFC, and the JSON line never throws.
#include <utf8proc.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "deadline/deadline.h"

namespace {

void require(bool ok) {
  if (!ok) std::abort();  // libFuzzer reports the input that got here
}

// The same text decomposed (NFD); empty when it is not valid UTF-8.
std::string decomposed(std::string_view text) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                        static_cast<utf8proc_ssize_t>(text.size()), &out,
                        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STABLE));
  if (n < 0) return {};
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<char*>(out), static_cast<size_t>(n));
}

void check_one(std::string_view text, const ck::PlanPeriod& period) {
  ck::Deadline d = ck::parse_deadline(text, period);
  require(d.text == text);
  require(!d.overridden && d.note.empty());
  require(!ck::check_deadline_override(d));
  require(ck::parse_deadline(text, period) == d);
  require(!ck::deadline_to_json_line(d).empty());
  // NFD reads like NFC (short texts only: decomposing may cross the length limit).
  if (text.size() < 1024 && text.find('\0') == std::string_view::npos) {
    std::string nfd = decomposed(text);
    if (!nfd.empty()) {
      ck::Deadline e = ck::parse_deadline(nfd, period);
      e.text = d.text;
      require(e == d);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  check_one(text, ck::PlanPeriod{2026, 2026});
  check_one(text, ck::PlanPeriod{2026, 2030});
  check_one(text, ck::PlanPeriod{0, 0});  // no plan year: missing years cannot be filled
  return 0;
}
