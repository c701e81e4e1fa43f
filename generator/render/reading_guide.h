// "Cách đọc cổng này": one portal-wide page that says what the statuses mean
// (the theme's own labels and badges), how deadlines are read (examples read
// by the same parser and shown as the task pages show them), how heading rows
// summarise their sub-rows, where the data comes from and how often it is
// rebuilt, and what "minh họa" means.
#pragma once
#include <nlohmann/json.hpp>

#include "render/views.h"

namespace ck {

nlohmann::json reading_guide_view(const ViewContext& ctx);

}  // namespace ck
