#include "publish/manifest.h"

#include <nlohmann/json.hpp>
#include <vector>

#include "publish/sha256.h"
#include "util/parallel.h"

namespace ck {

void add_manifest(SiteFiles& files, const std::string& commit, const CivilDate& built) {
  files.erase(kManifestPath);
  std::vector<const SiteFiles::value_type*> listed;
  listed.reserve(files.size());
  for (const auto& entry : files) listed.push_back(&entry);
  std::vector<std::string> hashes(listed.size());
  parallel_for(listed.size(), 0, [&](size_t i) { hashes[i] = sha256_hex(listed[i]->second); });

  nlohmann::ordered_json manifest;
  manifest["commit"] = commit.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(commit);
  manifest["built"] = built.iso();
  // Paths are unique and sorted (map order): append to the object's list
  // directly, as ordered_json's own insert searches the list for each key.
  nlohmann::ordered_json list = nlohmann::ordered_json::object();
  auto& entries = static_cast<nlohmann::ordered_json::object_t::Container&>(list.get_ref<nlohmann::ordered_json::object_t&>());
  entries.reserve(listed.size());
  for (size_t i = 0; i < listed.size(); ++i) entries.emplace_back(listed[i]->first, std::move(hashes[i]));
  manifest["files"] = std::move(list);
  files[kManifestPath] = manifest.dump(1) + "\n";
}

}  // namespace ck
