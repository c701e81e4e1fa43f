// Where `build` and `serve` keep the history cache: never in the content
// repository (a clerk would commit it) nor in the current directory.
//   --cache-dir DIR                              when given
//   $XDG_CACHE_HOME/congkhai/<repository id>     else
//   ~/.cache/congkhai/<repository id>            when XDG_CACHE_HOME is unset
// The repository id is "<folder name>-<16 hex digits of the SHA-256 of the
// source folder's absolute, symlink-free path>". Not the first commit: every
// clone and fork shares that, and two checkouts on one machine (a clerk's and
// CI's, two branches) would overwrite each other's cache on every build.
// Moving a checkout costs one cold history read.
#pragma once
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iosfwd>
#include <string>

namespace ck::cli {

// Adds --cache-dir to `cmd`, storing into `value`.
void add_cache_dir_option(CLI::App* cmd, std::string& value);

// The default cache directory of `source`; empty when neither
// XDG_CACHE_HOME nor HOME is set.
std::filesystem::path default_cache_dir(const std::filesystem::path& source);

// `option` (when not empty) or the default. When it cannot be made (nothing
// writable on the way) the build goes on without a cache: returns empty
// after one warning on `warn`.
std::filesystem::path prepare_cache_dir(const std::string& option, const std::filesystem::path& source,
                                        std::ostream& warn);

}  // namespace ck::cli
