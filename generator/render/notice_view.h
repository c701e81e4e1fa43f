// The notice-board print (niêm yết): one A4 document per plan with the
// national heading, the task table with statuses as of the build date and a
// QR code to the live page, for posting at the commune office.
#pragma once
#include <nlohmann/json.hpp>

#include "render/views.h"

namespace ck {

namespace paths {
std::string notice(const std::string& commune, const std::string& plan);  // <c>/<p>/in/index.html
}

nlohmann::json notice_view(const ViewContext& ctx, const Commune& commune, const Plan& plan);

}  // namespace ck
