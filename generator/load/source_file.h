// Reading one file of the content repository, refusing what would hurt the
// build: paths leaving the source root, binaries dressed as text, invalid
// UTF-8, oversized files. BOM and CRLF are accepted and normalised.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "util/diagnostic.h"

namespace ck {

inline constexpr size_t kMaxSourceFileBytes = 16 * 1024 * 1024;

// `relative` is '/'-separated under `root`. Returns the text with a leading
// BOM removed and CRLF turned into LF, or nullopt after reporting why not.
std::optional<std::string> read_source_file(const std::filesystem::path& root, const std::string& relative,
                                            Diagnostics& diags);

// Why a file or folder could not be read, for people: "không có quyền",
// "liên kết tượng trưng vòng lặp", …
std::string file_error_reason(const std::error_code& ec);

// Whether `relative` exists. A path that cannot be looked at (no permission
// on a folder above it, a symlink loop) is reported at `relative` and counts
// as absent, so loading goes on and collects every other error.
bool source_exists(const std::filesystem::path& root, const std::string& relative, Diagnostics& diags);

enum class EntryKind { File, Folder, Other };
struct SourceEntry {
  std::string name;
  EntryKind kind = EntryKind::Other;
};

// The entries of the folder `relative` under `root`, sorted by name. A folder
// or entry that cannot be read is reported (located, in Vietnamese) and left
// out; a missing folder is an empty list.
std::vector<SourceEntry> list_source_folder(const std::filesystem::path& root, const std::string& relative,
                                            Diagnostics& diags);

// "Word (.docx)", "PDF", … when the bytes start like a known binary format.
std::string sniff_binary_kind(std::string_view bytes);

}  // namespace ck
