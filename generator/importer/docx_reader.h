// Reads a Word document (.docx, WordprocessingML) into the neutral structure
// (source_document.h): body paragraphs and tables in order, numbering as
// printed, merged cells resolved, tracked deletions dropped (and noted),
// insertions kept, field results kept, footnotes appended as notes.
#pragma once
#include <string>

#include "importer/source_document.h"
#include "ooxml/zip_archive.h"

namespace ck::importer {

// Throws ooxml::PackageError (Vietnamese, naming the file and part) when the
// package or its XML cannot be read.
SourceDocument read_docx(ooxml::ZipArchive& package);

}  // namespace ck::importer
