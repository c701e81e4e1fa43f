// Writes the imported plan in the data contract of docs/data-model.md:
// content/<commune>/<plan>.md (YAML front matter + Markdown) and
// data/<commune>/<plan>.json. Output is deterministic: fixed key order,
// 2-space indent, UTF-8 unescaped, a final newline.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "importer/document_meta.h"
#include "importer/indicators.h"
#include "importer/tasks.h"

namespace ck::importer {

// Document number -> "<commune>/<plan>" of the portal plan it is ("5256/QĐ-UBND" -> "hai-phong/cchc-2026").
using PlanLinks = std::map<std::string, std::string>;

std::string write_markdown(const PlanMeta& meta, const std::string& source_name, const PlanLinks& links,
                           const std::string& body);

std::string write_plan_json(const TaskList& tasks, const std::vector<ImportedIndicator>& indicators);

// A YAML double-quoted scalar (JSON string syntax is valid YAML).
std::string yaml_quote(const std::string& s);

}  // namespace ck::importer
