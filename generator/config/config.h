// The portal configuration: congkhai.yaml at the source root (optional).
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

#include "model/model.h"
#include "util/diagnostic.h"

namespace ck {

inline constexpr const char* kConfigFile = "congkhai.yaml";

// True for an absolute web address: "http://" or "https://", a host, and no
// space, quote or control character. base_url is written into pages as it is
// (canonical links, QR codes, the fragment's links), so "javascript:…" or a
// relative path must never pass.
bool is_http_url(std::string_view url);

// What to say about a base_url that is not one (config and --base-url).
// `name` is how the user wrote it: "base_url" or "--base-url".
std::string base_url_problem(const std::string& name, const std::string& url);

// Parses the text of congkhai.yaml; problems go to `diags` with locations.
SiteConfig parse_config(const std::string& text, Diagnostics& diags);

}  // namespace ck
