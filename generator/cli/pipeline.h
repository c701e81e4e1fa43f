// The pipeline every command shares: load -> validate -> derive -> render
// -> write. `main` and the commands only choose which stages to run.
#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "output/site_writer.h"
#include "util/civil_date.h"
#include "util/diagnostic.h"
#include "util/progress.h"

namespace ck {
struct History;
}

namespace ck::cli {

struct BuildRequest {
  std::filesystem::path source = ".";
  std::string base_url;  // overrides congkhai.yaml when set
  std::optional<CivilDate> today;
  bool history = true;                    // read the git history of the source
  std::filesystem::path history_cache;    // where the history cache lives; empty = no cache
  ProgressSink* progress = nullptr;       // told of each stage (progress bar, --stats); may be null
  std::string commune;                    // --commune: a standalone site of this commune; empty = all
  bool require_full_history = false;      // --require-full-history: a shallow or missing history is an error
  std::string as_of;                      // --as-of: YYYY-MM-DD or a commit; empty = the files as they are
  bool summary = false;                   // --summary: make the commune's summary for the national index
  // When set, the site is written here: pages go to a staging directory as
  // they are rendered, and it is swapped in only if the whole build succeeds.
  // Empty: the files stay in BuildOutcome::files (check, preview, tests).
  std::filesystem::path out_dir;
  // `serve`'s fast path (cli/serve_preview.h): with `commune`, the history a
  // whole build read (BuildOutcome::history), cut down to the commune's scope
  // instead of read again — no walk, no cache. The full history already holds
  // "lich_su_rieng". Not owned; must outlive the call.
  const History* reuse_history = nullptr;
  bool keep_history = false;  // hand the history read back in BuildOutcome::history
  // A batch (`build --communes-from`): the source repository's history walked
  // once for the whole batch (batch_history below), cut down to each commune's
  // scope instead of a walk per commune; its "lich_su_rieng" is read as usual.
  // Not owned; must outlive the call.
  const History* batch_history = nullptr;
};

struct BuildOutcome {
  Diagnostics diags;
  SiteFiles files;        // empty when rendering did not run, or when written to out_dir
  CivilDate today;
  size_t page_count = 0;
  size_t carried_pages = 0;  // pages taken over from the last build unchanged (cli/page_record.h)
  std::optional<std::string> write_error;  // out_dir could not be written (Vietnamese); the old site stands
  nlohmann::json summary;  // with BuildRequest::summary and a commune: publish/commune_summary.h
  bool usage_error = false;  // a bad option value (e.g. an unknown --commune): exit 2
  std::shared_ptr<const History> history;  // with BuildRequest::keep_history, once read
  bool ok() const { return !diags.has_errors(); }
};

// Loads, checks and (when `render` is true and nothing failed) renders.
BuildOutcome run_pipeline(const BuildRequest& request, bool render);

// The history of the source repository that a batch of communes' sites show:
// one walk limited to the union of their scopes (their folders and the plans
// they implement), cached under that union's key in `cache_dir` (a CI shard
// restores the same one each night). Null when the batch cannot share one:
// --as-of, or no commune of the batch could be loaded (each build then reads
// its own and reports why). Warnings of the walk (a shallow clone) go to `diags`.
std::unique_ptr<History> batch_history(const std::filesystem::path& source, const std::vector<std::string>& communes,
                                       const std::filesystem::path& cache_dir, Diagnostics& diags);

// --today, else SOURCE_DATE_EPOCH (reproducible builds), else today in
// Vietnam (UTC+7): a status turns overdue on the Vietnamese calendar day.
// nullopt, with `error` set, when SOURCE_DATE_EPOCH is not a whole number of
// seconds (a silent 0 would date the site 1970).
std::optional<CivilDate> resolve_today(const std::optional<CivilDate>& explicit_today, std::string& error);

// Parses --today; nullopt with a message when malformed.
std::optional<CivilDate> parse_today_option(const std::string& value, std::string& error);

}  // namespace ck::cli
