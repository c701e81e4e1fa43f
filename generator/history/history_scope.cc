#include "history/history_scope.h"

#include <vector>

namespace ck {

void keep_communes(History& history, const std::set<std::string>& communes) {
  std::set<std::string> kept = communes;
  for (const auto& r : history.plan_renames)
    if (communes.count(r.to_commune)) kept.insert(r.from_commune);
  auto dropped = [&](const auto& change) { return kept.count(change.commune) == 0; };
  std::erase_if(history.task_changes, dropped);
  std::erase_if(history.narrative_changes, dropped);
  std::erase_if(history.task_renames, dropped);
}

}  // namespace ck
