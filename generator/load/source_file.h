// Reading one file of the content repository, refusing what would hurt the
// build: paths leaving the source root, binaries dressed as text, invalid
// UTF-8, oversized files. BOM and CRLF are accepted and normalised.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "util/diagnostic.h"

namespace ck {

inline constexpr size_t kMaxSourceFileBytes = 16 * 1024 * 1024;

// `relative` is '/'-separated under `root`. Returns the text with a leading
// BOM removed and CRLF turned into LF, or nullopt after reporting why not.
std::optional<std::string> read_source_file(const std::filesystem::path& root, const std::string& relative,
                                            Diagnostics& diags);

// "Word (.docx)", "PDF", … when the bytes start like a known binary format.
std::string sniff_binary_kind(std::string_view bytes);

}  // namespace ck
