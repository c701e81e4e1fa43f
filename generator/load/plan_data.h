// data/<commune>/<plan>.json -> the plan's sections, tasks and indicators.
// Structure is checked by the JSON Schema; this adds what a schema cannot say
// (unique ids, references, real calendar dates) and builds the model.
#pragma once
#include <string>

#include "model/model.h"
#include "util/diagnostic.h"

namespace ck {

// Said of a content id that names a page or file of the portal itself.
inline constexpr const char* kReservedIdAdvice =
    "trùng hoặc giống tên một trang, tệp của cổng (vd. nhat-ky, du-lieu.csv, index.html) — hãy đặt mã khác, "
    "chỉ gồm chữ thường không dấu, số, dấu '-' (dấu '.' chỉ đứng giữa hai số, vd. nv-1.2)";

// Fills plan.sections/tasks/indicators from `text`; `file` names it in errors.
// Deadlines are read against plan.period (which must already be set).
void load_plan_data(const std::string& text, const std::string& file, Plan& plan, Diagnostics& diags);

// data/<commune>/_co_quan.json -> the commune's agency registry.
void load_agency_registry(const std::string& text, const std::string& file, Commune& commune,
                          Diagnostics& diags);

}  // namespace ck
