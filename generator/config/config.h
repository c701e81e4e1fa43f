// The portal configuration: congkhai.yaml at the source root (optional).
#pragma once
#include <filesystem>
#include <string>

#include "model/model.h"
#include "util/diagnostic.h"

namespace ck {

inline constexpr const char* kConfigFile = "congkhai.yaml";

// Parses the text of congkhai.yaml; problems go to `diags` with locations.
SiteConfig parse_config(const std::string& text, Diagnostics& diags);

}  // namespace ck
