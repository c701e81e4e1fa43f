// The Vietnamese words of the open data (CSV headers, status and deadline-kind
// labels) and of the feeds: published as data, so a portal's own theme — which
// may reword its pages — never changes them. They are the default theme's
// labels, read from the copy built into the binary.
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace ck {

// The label of `key` in `group` ("status", "kind", "data_column"); the key
// itself when the default strings have none.
std::string data_label(std::string_view group, const std::string& key);

// All of those words (the default theme's strings, as built into the binary),
// for the publish outputs that put history in words: the Atom feeds.
const nlohmann::json& data_strings();

}  // namespace ck
