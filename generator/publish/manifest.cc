#include "publish/manifest.h"

#include <nlohmann/json.hpp>
#include <vector>

#include "util/sha256.h"
#include "util/parallel.h"

namespace ck {

std::map<std::string, std::string> hash_files(const SiteFiles& files) {
  std::vector<const SiteFiles::value_type*> listed;
  listed.reserve(files.size());
  for (const auto& entry : files) listed.push_back(&entry);
  std::vector<std::string> hashes(listed.size());
  parallel_for(listed.size(), 0, [&](size_t i) { hashes[i] = sha256_hex(listed[i]->second); });
  std::map<std::string, std::string> by_path;
  for (size_t i = 0; i < listed.size(); ++i) by_path.emplace_hint(by_path.end(), listed[i]->first, std::move(hashes[i]));
  return by_path;
}

std::string manifest_text(const std::map<std::string, std::string>& hashes, const std::string& commit,
                          const CivilDate& built) {
  nlohmann::ordered_json manifest;
  manifest["commit"] = commit.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(commit);
  manifest["built"] = built.iso();
  // Paths are unique and sorted (map order): append to the object's list
  // directly, as ordered_json's own insert searches the list for each key.
  nlohmann::ordered_json list = nlohmann::ordered_json::object();
  auto& entries = static_cast<nlohmann::ordered_json::object_t::Container&>(list.get_ref<nlohmann::ordered_json::object_t&>());
  entries.reserve(hashes.size());
  for (const auto& [path, hash] : hashes)
    if (path != kManifestPath) entries.emplace_back(path, hash);
  manifest["files"] = std::move(list);
  return manifest.dump(1) + "\n";
}

void add_manifest(SiteFiles& files, const std::string& commit, const CivilDate& built) {
  files.erase(kManifestPath);
  files[kManifestPath] = manifest_text(hash_files(files), commit, built);
}

}  // namespace ck
