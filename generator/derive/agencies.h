// Which agency each name in a task refers to. A commune's registry
// (data/<commune>/_co_quan.json) maps names and aliases to one agency; a name
// not in the registry is an agency of its own, its id folded from the name.
// A group ("Các cơ quan, đơn vị liên quan": model/agency_kind.h) is no agency:
// it has no id and no entry. Only task rows (model/task_kind.h) are indexed.
// A name in a cell read from a scan and not yet compared with the original
// (Task::unverified_fields: "co_quan_chu_tri", "co_quan_phoi_hop") gets no page
// unless the registry knows it: an OCR misreading or a name cut by a page
// break must never be published as an agency.
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
  // The id of the agency page a name (as written in a task) links to; "" when
  // it has none (a group, an unverified name the registry does not know).
  std::string id_for(const std::string& name) const;
  // Every agency named in the commune's tasks or registry, sorted by name.
  const std::vector<AgencyTasks>& agencies() const { return agencies_; }
  const AgencyTasks* find(const std::string& id) const;

 private:
  bool registered(const std::string& name) const;
  std::string derive_id(const std::string& name) const;

  std::map<std::string, std::string> by_folded_name_;  // folded name -> id
  // Every name as the tasks write it -> id, filled once: pages ask for the
  // same names thousands of times, and folding them is the costly part.
  std::unordered_map<std::string, std::string> by_exact_name_;
  std::vector<AgencyTasks> agencies_;
};

}  // namespace ck
