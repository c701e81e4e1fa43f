// Views: the JSON each template sees, made from the model and derived status.
// One builder per page type; shared pieces (status badge, deadline reading,
// counts) have one builder each, used by every page.
#pragma once
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "derive/status.h"
#include "model/model.h"

namespace ck {

struct ViewContext {
  const Portal& portal;
  const nlohmann::json& strings;
  CivilDate today;
  std::string version;
  std::map<const Task*, StatusInfo> status;  // every task's status as of today
};

nlohmann::json status_view(const StatusInfo& info, const nlohmann::json& strings);
nlohmann::json deadline_view(const Deadline& d, const StatusInfo& info, const Task& task, const nlohmann::json& strings);
nlohmann::json counts_view(const StatusCounts& counts, const nlohmann::json& strings);

nlohmann::json home_view(const ViewContext& ctx);
nlohmann::json commune_view(const ViewContext& ctx, const Commune& commune);
nlohmann::json plan_view(const ViewContext& ctx, const Commune& commune, const Plan& plan);
nlohmann::json task_view(const ViewContext& ctx, const Commune& commune, const Plan& plan, const Task& task);

// "Xã Tiên Lãng" -> "{n}" placeholders in strings: fill("còn {n} ngày", 3).
std::string fill(const std::string& pattern, long n);

}  // namespace ck
