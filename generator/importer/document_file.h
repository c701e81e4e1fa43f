// Reading a document file into the neutral structure, whatever its format:
// the one place that maps a file name's extension to a reader. A .doc must be
// converted first (cli/doc_conversion.h: LibreOffice).
#pragma once
#include <optional>
#include <string>

#include "importer/source_document.h"
#include "ooxml/zip_archive.h"

namespace ck::importer {

enum class DocumentFormat { Text, Docx, Odt, Doc, Pdf, Unknown };

// From the extension, case-insensitive: .txt/.md (or none) -> Text, .docx, .odt, .doc, .pdf.
DocumentFormat format_of(const std::string& path);

// Reads a .docx or .odt at `path`; `display` names it in messages. On failure
// returns nullopt with `error` set (Vietnamese: a broken package, a zip bomb,
// malformed XML, with the part and offset).
std::optional<SourceDocument> read_package_document(const std::string& path, DocumentFormat format,
                                                    const std::string& display, std::string& error,
                                                    ooxml::PackageLimits limits = {});
// The same from bytes in memory (tests, fuzzing).
std::optional<SourceDocument> read_package_bytes(std::string bytes, DocumentFormat format,
                                                 const std::string& display, std::string& error,
                                                 ooxml::PackageLimits limits = {});

}  // namespace ck::importer
