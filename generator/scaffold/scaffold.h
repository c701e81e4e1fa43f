// What `congkhai init` and `congkhai new ke-hoach` write: a commune's own
// content repository, or a new empty plan in one. The files come from the
// templates in scaffold/ (embedded in the binary); this module fills them
// and checks what the user typed. Writing them is scaffold/write_new_files.h.
//
// scaffold/kho/ holds the repository's layout:
//   congkhai.yaml, README.md, .gitignore         config and the clerk's guide
//   content/<id>/_index.md, data/<id>/_co_quan.json   the commune
//   schemas/                                     copied from the binary's schemas, for editors
//   ke-hoach/, bao-cao/                          uploaded Word/PDF plans, filled progress forms
//   .github/workflows/xay-dung.yml               build + deploy (GitHub); workflows that process
//   .gitea/workflows/xay-dung.yml                the uploads go beside these files, one per job
//   .gitlab-ci.yml, systemd/                     GitLab; a self-hosted server's timer
// scaffold/toan-quoc/ (init --national) replaces the GitHub and GitLab builds with a sharded one for a
//   repository of many communes: ci/dung-toan-quoc.sh, a matrix of shards and an index job.
// scaffold/ke-hoach-moi/ holds the new-plan skeleton.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace ck::scaffold {

inline constexpr const char* kDefaultImage = "ghcr.io/congkhai/congkhai:latest";

struct CommuneSettings {
  std::string id;                     // --commune: "tien-lang"
  std::string name;                   // --ten: "Xã Tiên Lãng"
  std::string kind = "xa";            // --loai
  std::string base_url;               // --base-url, may be empty
  std::string image = kDefaultImage;  // --image: what the CI templates run
  bool national = false;              // --national: the CI builds the communes in shards (scaffold/toan-quoc/)
};

struct NewPlan {
  std::string commune_id;
  std::string plan_id;
  std::string title;   // --tieu-de
  std::string period;  // --ky: "2026" or "2026-2030"
};

struct File {
  std::string path;  // relative to the repository root: "content/tien-lang/_index.md"
  std::string content;
};

// A Vietnamese message naming the option and what to type instead, or
// nullopt when the settings are usable.
std::optional<std::string> settings_problem(const CommuneSettings& s);
std::optional<std::string> new_plan_problem(const NewPlan& p);

// The files of a new commune repository, sorted by path.
std::vector<File> commune_repository(const CommuneSettings& s);
// The two files of an empty, valid plan.
std::vector<File> new_plan_files(const NewPlan& p);

}  // namespace ck::scaffold
