// Open data: every task of a plan, as JSON and as CSV, with the deadline as
// written and as read, and the status as of the build date.
// docs/data-model.md ("Open data") describes the fields.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "render/views.h"

namespace ck {

// The plan's dataset; `commit` is the source commit ("" when unknown). Task
// links are absolute under base_url, else relative to the dataset's folder.
nlohmann::json plan_dataset(const ViewContext& ctx, const Commune& commune, const Plan& plan,
                            const std::string& commit);
// The same tasks as CSV (UTF-8 with BOM, CRLF), one row per task, columns
// headed by the "data_column" labels of the strings file.
std::string plan_dataset_csv(const ViewContext& ctx, const nlohmann::json& dataset);

}  // namespace ck
