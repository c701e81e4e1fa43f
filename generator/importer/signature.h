// The closing of a document: recipients ("Nơi nhận:"), the signature block,
// the appendix heading and page numbers left by the export.
#pragma once
#include <string>
#include <vector>

#include "importer/document_meta.h"

namespace ck::importer {

// Marks closing lines in `roles` and fills recipients, signer and role.
// `body_start` is the first line of section I: signatures are looked for
// after the recipients, or else after it.
void read_closing(const std::vector<Line>& text, size_t body_start, std::vector<LineRole>& roles,
                  PlanMeta& meta, const std::string& file, Diagnostics& diags);

}  // namespace ck::importer
