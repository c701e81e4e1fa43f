// Filling the scaffold's template files (scaffold/ at the top of the source
// tree, embedded in the binary). Placeholders are written @CK_NAME@, as in
// CMake's configure_file: unlike {{ }}, they never clash with the ${{ }}
// expressions of the CI files the templates contain.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace ck::scaffold {

using Values = std::map<std::string, std::string, std::less<>>;  // "CK_TEN" -> "Xã Tiên Lãng"

// `text` with every @CK_NAME@ replaced by values["CK_NAME"]. nullopt, with
// `unknown` set to the placeholder, when one has no value: a template and
// the code that fills it have drifted apart, which a test must catch.
std::optional<std::string> expand(std::string_view text, const Values& values, std::string& unknown);

// A template's path inside its folder -> the path it is written to: each
// "dot_" at the start of a segment becomes "." (as chezmoi names them, so
// the templates do not act as the generator repository's own .gitignore or
// .github/), then placeholders are expanded.
std::optional<std::string> output_path(std::string_view template_path, const Values& values,
                                       std::string& unknown);

// `s` as a double-quoted YAML scalar (for names that may hold ':' or '#').
std::string yaml_quoted(std::string_view s);

}  // namespace ck::scaffold
