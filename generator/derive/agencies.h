// Which agency each name in a task refers to. A commune's registry
// (data/<commune>/_co_quan.json) maps names and aliases to one agency; a name
// not in the registry is an agency of its own, its id folded from the name.
// A group ("Các cơ quan, đơn vị liên quan": model/agency_kind.h) is no agency:
// it has no id and no entry. Only task rows (model/task_kind.h) are indexed.
#pragma once
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/model.h"

namespace ck {

struct AgencyTasks {
  Agency agency;
  std::vector<const Task*> leads;     // in plan order
  std::vector<const Task*> supports;
  std::map<const Task*, const Plan*> plan_of;
};

class AgencyIndex {
 public:
  explicit AgencyIndex(const Commune& commune);
  // The agency id a name (as written in a task) refers to; "" for a group.
  std::string id_for(const std::string& name) const;
  // Every agency named in the commune's tasks or registry, sorted by name.
  const std::vector<AgencyTasks>& agencies() const { return agencies_; }
  const AgencyTasks* find(const std::string& id) const;

 private:
  std::map<std::string, std::string> by_folded_name_;  // folded name -> id
  // Every name as the tasks write it -> id, filled once: pages ask for the
  // same names thousands of times, and folding them is the costly part.
  std::unordered_map<std::string, std::string> by_exact_name_;
  std::vector<AgencyTasks> agencies_;
};

}  // namespace ck
