// The Vietnamese words of the open data (CSV headers, status and deadline-kind
// labels): part of the published data's contract, so a portal's own theme —
// which may reword its pages — never changes them. They are the default
// theme's labels, read from the copy built into the binary.
#pragma once
#include <string>
#include <string_view>

namespace ck {

// The label of `key` in `group` ("status", "kind", "data_column"); the key
// itself when the default strings have none.
std::string data_label(std::string_view group, const std::string& key);

}  // namespace ck
