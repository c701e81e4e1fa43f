// What a commune's pages are made from, as one fingerprint per commune: the
// incremental rebuild (cli/page_record.h) carries a page over from the last
// build, without making its view or rendering it, when its commune's
// fingerprint and its template name are what they were then.
//
// A commune's fingerprint covers everything its pages can read:
//   - the whole build's inputs: the program version, the day statuses are
//     computed for, the effective base_url and --commune, congkhai.yaml (as
//     the loader read it) and .mailmap, every file in content/ and data/
//     outside the communes' folders, the theme (templates, strings, static
//     files), the history's state and warning, its plan and task renames and
//     shallow boundary, and the portal's skeleton (every commune's id, name,
//     kind, parent, order, contact and every plan's id, title and references:
//     what one commune's pages show of another);
//   - its own inputs: the text of every file the loader read for it, as it
//     read it (Commune::sources: a file saved while the build runs changes
//     the next build's fingerprint, never this one's), and the commit ids of
//     every recorded change in it.
// Pages of no commune (home, portal-wide lists, search, guide, redirects) are
// always rendered.
#pragma once
#include <filesystem>
#include <map>
#include <string>

#include "model/model.h"
#include "render/theme.h"
#include "util/civil_date.h"

namespace ck {
struct History;
}

namespace ck::cli {

struct FingerprintInputs {
  std::filesystem::path root;  // the source files read (the --as-of checkout when there is one)
  const Portal* portal = nullptr;
  const History* history = nullptr;  // null: none read
  const Theme* theme = nullptr;
  CivilDate today;
  std::string version;
  std::string commune;  // --commune, or empty
};

// Commune id -> 64 hex digits.
std::map<std::string, std::string> commune_fingerprints(const FingerprintInputs& in);

}  // namespace ck::cli
