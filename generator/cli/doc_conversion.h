// A legacy Word .doc (or .rtf) becomes a .docx through LibreOffice headless
// (`soffice --headless --convert-to docx`), in a scratch directory, so the one
// .docx reader imports it. Without LibreOffice: a clear Vietnamese message.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "cli/scratch_dir.h"

namespace ck::cli {

// The LibreOffice program on PATH ("soffice" or "libreoffice"), or nullopt.
std::optional<std::filesystem::path> find_soffice();

// Converts `doc` into `scratch` (its own LibreOffice profile there too, so a
// running LibreOffice of the user's is not disturbed); returns the .docx, or
// nullopt with `error` (Vietnamese) set. Gives up after `timeout_seconds`.
std::optional<std::filesystem::path> convert_doc_to_docx(const std::filesystem::path& doc,
                                                         const ScratchDir& scratch, std::string& error,
                                                         int timeout_seconds = 120);

}  // namespace ck::cli
