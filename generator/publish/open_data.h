// Open data: every task of a plan, as JSON and as CSV, with the deadline as
// written and as read, and the status as of the build date.
// docs/data-model.md ("Open data") describes the fields.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "derive/derived_site.h"
#include "model/model.h"

namespace ck {

// The plan's dataset, from the model and the derive stage (never the theme);
// `commit` is the source commit ("" when unknown). Task links are absolute
// under base_url, else relative to the dataset's folder.
nlohmann::json plan_dataset(const Portal& portal, const DerivedSite& derived, const Commune& commune,
                            const Plan& plan, const std::string& commit);
// The same tasks as CSV (UTF-8 with BOM, CRLF), one row per task, columns
// headed by the data vocabulary's "data_column" labels (data_vocabulary.h).
std::string plan_dataset_csv(const nlohmann::json& dataset);

}  // namespace ck
