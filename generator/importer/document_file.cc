#include "importer/document_file.h"

#include <filesystem>

#include "importer/docx_reader.h"
#include "importer/odt_reader.h"

namespace ck::importer {
namespace {

std::optional<SourceDocument> read_from(ooxml::ZipArchive& zip, DocumentFormat format) {
  if (format == DocumentFormat::Docx) return read_docx(zip);
  return read_odt(zip);
}

}  // namespace

DocumentFormat format_of(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (ext == ".docx" || ext == ".docm") return DocumentFormat::Docx;
  if (ext == ".odt") return DocumentFormat::Odt;
  if (ext == ".doc" || ext == ".rtf") return DocumentFormat::Doc;
  if (ext == ".pdf") return DocumentFormat::Pdf;
  if (ext.empty() || ext == ".txt" || ext == ".md" || ext == ".text") return DocumentFormat::Text;
  return DocumentFormat::Unknown;
}

std::optional<SourceDocument> read_package_document(const std::string& path, DocumentFormat format,
                                                    const std::string& display, std::string& error,
                                                    ooxml::PackageLimits limits) {
  try {
    ooxml::ZipArchive zip = ooxml::ZipArchive::open_file(path, limits, display);
    return read_from(zip, format);
  } catch (const ooxml::PackageError& e) {
    error = e.what();
    return std::nullopt;
  }
}

std::optional<SourceDocument> read_package_bytes(std::string bytes, DocumentFormat format,
                                                 const std::string& display, std::string& error,
                                                 ooxml::PackageLimits limits) {
  try {
    ooxml::ZipArchive zip = ooxml::ZipArchive::open_bytes(std::move(bytes), limits, display);
    return read_from(zip, format);
  } catch (const ooxml::PackageError& e) {
    error = e.what();
    return std::nullopt;
  }
}

}  // namespace ck::importer
