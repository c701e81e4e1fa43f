// A whole file's bytes, as they are on disk (no decoding, no checks): for the
// program's own files — caches, tool output, a file given on the command line.
// Content files go through load/source_file.h instead.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace ck {

// Nullopt when the file cannot be opened or reading it fails.
std::optional<std::string> read_whole_file(const std::filesystem::path& path);

}  // namespace ck
