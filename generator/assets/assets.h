// Files built into the binary (the JSON Schemas and the default theme), so
// `congkhai` works on any content repository without an install step.
#pragma once
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace ck::assets {

struct Asset {
  std::string_view path;  // "schemas/plan.schema.json", "themes/default/templates/base.mustache"
  std::string_view content;
};

std::span<const Asset> all();  // sorted by path
std::optional<std::string_view> find(std::string_view path);
std::vector<Asset> under(std::string_view prefix);  // all assets whose path starts with prefix

}  // namespace ck::assets
