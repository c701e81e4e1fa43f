// Reads an OpenDocument text (.odt: content.xml, list styles from styles.xml)
// into the neutral structure (source_document.h): text:h/text:p/text:list in
// order with list numbering as printed, tables with number-columns-spanned /
// number-rows-spanned and covered cells resolved, header rows, nested tables,
// tracked deletions dropped (and noted), footnotes appended as notes.
#pragma once
#include "importer/source_document.h"
#include "ooxml/zip_archive.h"

namespace ck::importer {

// Throws ooxml::PackageError (Vietnamese, naming the file and part).
SourceDocument read_odt(ooxml::ZipArchive& package);

}  // namespace ck::importer
