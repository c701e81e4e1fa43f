// `congkhai import`: a plan's text (the shape of ../shared/seeds) to the
// portal's content/<commune>/<plan>.md and data/<commune>/<plan>.json.
// Pure: text in, file contents and diagnostics out; the CLI does the disk.
#pragma once
#include <string>
#include <string_view>

#include "importer/document_meta.h"
#include "importer/plan_writer.h"
#include "importer/source_document.h"
#include "util/diagnostic.h"

namespace ck::importer {

struct ImportOptions {
  std::string file;         // the source as named on the command line, for warnings
  std::string source_name;  // front matter "nguon"
  PlanLinks links;          // document numbers the portal has as plans
  bool from_scan = false;   // the text was read by OCR: front matter gets ban_quet: true
};

struct ImportSummary {
  size_t sections = 0;        // sections of the table (phan)
  size_t numbered_tasks = 0;  // rows with a printed number
  size_t sub_rows = 0;        // unnumbered sub-rows
  size_t indicators = 0;
  size_t header_rows = 0;         // header rows read (the first and its repeats)
  size_t continuation_rows = 0;   // rows joined to the row above
  size_t deadlines_read = 0;      // deadlines the deadline reader turns into dates
  size_t narrative_headings = 0;  // "I." sections of the text
};

struct ImportResult {
  bool ok = false;  // false when the text cannot be read as a plan (see diags)
  PlanMeta meta;
  std::string markdown;  // content/<commune>/<plan>.md
  std::string json;      // data/<commune>/<plan>.json
  ImportSummary summary;
  Diagnostics diags;
};

// The text form (the seeds' shape).
ImportResult import_plan(std::string_view content, const ImportOptions& options);

// A document read by a format reader (docx_reader.h, odt_reader.h, the PDF
// reader): lowered to the text form (document_lowering.h) and imported by the
// same pipeline; messages name the place in the document ("bảng 1, dòng 7")
// and the reader's notes (tracked deletions dropped, …) are warnings.
ImportResult import_document(const SourceDocument& doc, const ImportOptions& options);

}  // namespace ck::importer
