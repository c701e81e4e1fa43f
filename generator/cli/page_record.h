// The record of the last build's pages that lets the next build skip making
// the ones whose inputs did not change (issue #18, "rebuild what changed").
// Kept in the cache directory (cli/cache_dir.h), one file per output folder:
// for each page of a commune, the key it was made from (its commune's
// fingerprint, cli/page_fingerprints.h, and its template), its SHA-256 and
// sitemap listing (for manifest.json and sitemap.xml) and the stamp of the
// file the live site holds. A page is carried over — hard-linked from the live
// site, neither made nor rendered nor written — only when its key is the same
// and the live file still has that stamp; anything else (no record, a record
// from another version, an edited or missing file) renders the page as a clean
// build would. The record is replaced only after the new site is swapped in, so
// a failed build leaves the site and its record as they were.
#pragma once
#include <filesystem>
#include <unordered_map>
#include <optional>
#include <string>

#include "output/site_writer.h"

namespace ck::cli {

struct RecordedPage {
  std::string key;     // fingerprint + "/" + template name
  std::string sha256;  // of the file's bytes
  bool listed = false;  // in sitemap.xml
  FileStamp stamp;
};

using PageRecord = std::unordered_map<std::string, RecordedPage>;  // by site path (written in path order)

// Where the record of the site in `out_dir` lives; empty without a cache directory.
std::filesystem::path page_record_path(const std::filesystem::path& cache_dir, const std::filesystem::path& out_dir);
// Empty when the file is missing or unreadable (a full build follows).
PageRecord read_page_record(const std::filesystem::path& file);
// False, with `error` set, when it could not be written (the next build is then a full one).
bool write_page_record(const std::filesystem::path& file, const PageRecord& record, std::string& error);

}  // namespace ck::cli
