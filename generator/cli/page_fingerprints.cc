#include "cli/page_fingerprints.h"

#include <fstream>
#include <iterator>
#include <set>
#include <vector>

#include "history/history.h"
#include "load/portal_loader.h"
#include "util/sha256.h"

namespace ck::cli {

namespace fs = std::filesystem;

namespace {

// Appends a field with its length, so no two different inputs run together alike.
void add(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

void add_file(std::string& out, const fs::path& root, const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  add(out, fs::relative(file, root).generic_string());
  add(out, std::string(std::istreambuf_iterator<char>(in), {}));
}

// Every regular file under `dir`, in path order (directory order is the file system's), except
// inside the folders directly under it named in `skip` (they are never entered: at 3,300 communes
// listing them was most of a --commune build's fingerprint).
std::vector<fs::path> files_under(const fs::path& dir, const std::set<std::string>& skip) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it.depth() == 0 && skip.contains(it->path().filename().string())) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string whole_build(const FingerprintInputs& in, const std::set<std::string>& communes) {
  std::string g;
  add(g, in.version);
  add(g, in.today.iso());
  add(g, in.portal->config.base_url);
  add(g, in.commune);
  add(g, in.portal->config_sha256);  // congkhai.yaml as the loader read it
  if (fs::exists(in.root / ".mailmap")) add_file(g, in.root, in.root / ".mailmap");
  // Files beside the communes' folders: the loader reads none of them, so they are read here.
  for (const char* top : {"content", "data"})
    for (const auto& f : files_under(in.root / top, communes)) add_file(g, in.root, f);
  for (const auto* part : {&in.theme->pages, &in.theme->partials, &in.theme->static_files})
    for (const auto& [name, text] : *part) add(g, name), add(g, text);
  add(g, in.theme->strings.dump());
  if (const History* h = in.history) {
    add(g, std::to_string(static_cast<int>(h->state)));
    add(g, h->warning);
    if (h->shallow_boundary) add(g, h->shallow_boundary->id);
    for (const auto& r : h->plan_renames)
      for (const auto& s : {h->commits[r.commit].id, r.from_commune, r.from_plan, r.to_commune, r.to_plan,
                            std::string(r.data ? "d" : "m")})
        add(g, s);
    for (const auto& r : h->task_renames)
      for (const auto& s : {h->commits[r.commit].id, r.commune, r.plan, r.from, r.to}) add(g, s);
  } else {
    add(g, "no history");
  }
  for (const auto& c : in.portal->communes) {
    for (const auto& s : {c.id, c.name, std::string(commune_kind_key(c.kind)), c.parent_id, c.portal_url,
                          std::to_string(c.order), c.contact.address, c.contact.phone, c.contact.email,
                          c.contact.feedback_url, std::string(c.illustrative ? "1" : "0")})
      add(g, s);
    for (const auto& p : c.plans) {
      add(g, p.id), add(g, p.title), add(g, p.doc_number);
      for (const auto& r : p.implements) add(g, r.number), add(g, r.plan);
    }
  }
  return g;
}

}  // namespace

std::map<std::string, std::string> commune_fingerprints(const FingerprintInputs& in) {
  // Every commune folder of the repository, loaded or not: a --commune build never reads the
  // others' folders, so they are no input of its pages (reading them cost ~1 s per commune of a
  // national shard, 3,300 communes' files each time).
  std::set<std::string> ids;
  for (const auto& c : in.portal->communes) ids.insert(c.id);
  for (auto& id : commune_folder_ids(in.root)) ids.insert(std::move(id));
  const std::string global = sha256_hex(whole_build(in, ids));
  // The commit ids of each commune's recorded changes.
  std::map<std::string, std::string> changes;
  if (in.history) {
    for (const auto& c : in.history->task_changes) add(changes[c.commune], in.history->commits[c.commit].id);
    for (const auto& c : in.history->narrative_changes) add(changes[c.commune], in.history->commits[c.commit].id);
  }
  std::map<std::string, std::string> out;
  for (const auto& c : in.portal->communes) {
    // The commune's files as the loader read them (Commune::sources), not as they are now: a file
    // saved while this build runs must not be recorded as what these pages were made from.
    std::string own = global;
    for (const auto& [path, digest] : c.sources) add(own, path), add(own, digest);
    if (auto it = changes.find(c.id); it != changes.end()) add(own, it->second);
    out[c.id] = sha256_hex(own);
  }
  return out;
}

}  // namespace ck::cli
