#include "publish/manifest.h"

#include <nlohmann/json.hpp>

#include "publish/sha256.h"

namespace ck {

void add_manifest(SiteFiles& files, const std::string& commit, const CivilDate& built) {
  files.erase(kManifestPath);
  nlohmann::ordered_json manifest;
  manifest["commit"] = commit.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(commit);
  manifest["built"] = built.iso();
  nlohmann::ordered_json hashes = nlohmann::ordered_json::object();
  for (const auto& [path, content] : files) hashes[path] = sha256_hex(content);  // map order: sorted paths
  manifest["files"] = std::move(hashes);
  files[kManifestPath] = manifest.dump(1) + "\n";
}

}  // namespace ck
