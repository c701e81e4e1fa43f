#include "cli/pipeline.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <ctime>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>
#include <vector>

#include "cli/as_of_checkout.h"
#include "cli/build_identity.h"
#include "cli/page_fingerprints.h"
#include "cli/page_record.h"
#include "config/config.h"
#include "derive/derived_site.h"
#include "history/history.h"
#include "history/history_scope.h"
#include "history/minor_change.h"
#include "history/overlay.h"
#include "load/commune_cache.h"
#include "load/portal_loader.h"
#include "model/commune_scope.h"
#include "publish/commune_summary.h"
#include "publish/manifest.h"
#include "publish/publish.h"
#include "util/sha256.h"
#include "publish/sitemap.h"
#include "render/site_context.h"
#include "render/page_jobs.h"
#include "render/site_renderer.h"
#include "render/theme.h"
#include "util/source_path.h"
#include "validate/schema_check.h"

namespace ck::cli {

std::optional<CivilDate> resolve_today(const std::optional<CivilDate>& explicit_today, std::string& error) {
  if (explicit_today) return *explicit_today;
  long long seconds = 0;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    // Digits only, up to the year 9999: the reproducible-builds definition, no sign, no spaces.
    std::string_view text(epoch);
    constexpr long long kLast = 253402300799;  // 9999-12-31T23:59:59Z
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (ec != std::errc() || end != text.data() + text.size() || text.front() == '-' || seconds > kLast) {
      error = "SOURCE_DATE_EPOCH=\"" + std::string(text) +
              "\" không hợp lệ: phải là số giây kể từ 1970-01-01 (số nguyên không âm), vd. "
              "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct); hoặc bỏ biến này và dùng --today YYYY-MM-DD";
      return std::nullopt;
    }
  } else {
    seconds = static_cast<long long>(std::time(nullptr));
  }
  constexpr long long kVietnamOffset = 7 * 3600;
  long long days = (seconds + kVietnamOffset) / 86400;
  return CivilDate::from_days(static_cast<long>(days));
}

std::optional<CivilDate> parse_today_option(const std::string& value, std::string& error) {
  auto d = CivilDate::parse_iso(value);
  if (!d) error = "--today \"" + value + "\" không hợp lệ: dùng dạng YYYY-MM-DD, vd. 2026-03-31";
  return d;
}

namespace {

// Communes configured under "lich_su_rieng" take their history from their own
// repository. A missing repository is a warning, not an error: the pages then
// simply show no history for that commune.
void read_history_sources(History& history, const Portal& portal, const BuildRequest& request,
                          const AsOfCheckout* past, Diagnostics& diags) {
  for (const auto& [commune, path] : portal.config.history_sources) {
    if (!portal.find_commune(commune)) {
      diags.error(kConfigFile, 0, 0, "\"lich_su_rieng\": không có xã \"" + commune +
                                         "\" trong content/ — sửa mã xã hoặc xóa dòng này");
      continue;
    }
    std::filesystem::path repo = request.source / path;
    if (!resolves_inside(request.source, repo)) {  // config checks the text; a symlink can still leave
      diags.error(kConfigFile, 0, 0, "\"lich_su_rieng\": \"" + path +
                                         "\" trỏ ra ngoài thư mục nguồn (liên kết tượng trưng?) — đặt kho lịch sử trong kho");
      continue;
    }
    if (!std::filesystem::is_directory(repo)) {
      diags.warning(kConfigFile, 0, 0, "chưa có kho lịch sử \"" + path + "\" của xã " + commune +
                                           ": các trang của xã này chưa có lịch sử thay đổi");
      continue;
    }
    HistoryOptions options;
    if (past) options.until = past->as_of().cutoff;  // that repository as it stood then
    if (!request.history_cache.empty()) options.cache_dir = request.history_cache / ("lich-su-rieng-" + commune);
    History own = read_history(repo, options);
    overlay_commune_history(history, own, commune, path);
  }
}

// The load cache of the cache directory `cache_dir` (load/commune_cache.h).
LoadCache load_cache_in(const std::filesystem::path& cache_dir) { return {cache_dir / "communes", build_identity()}; }

// --commune: the portal cut down to one commune (model/commune_scope.h). An
// unknown id is a usage error, with the ids there are.
// The loader read only what that commune's site shows (load_portal's only_commune).
bool scope_portal(Portal& portal, const std::string& commune, const std::filesystem::path& root,
                  BuildOutcome& outcome) {
  if (auto scoped = scope_to_commune(portal, commune)) {
    portal = std::move(*scoped);
    return true;
  }
  std::string known;
  for (const auto& c : commune_folder_ids(root)) known += (known.empty() ? "" : ", ") + c;
  outcome.diags.error("", 0, 0, "--commune \"" + commune + "\": không có xã này trong content/ — chọn một trong: " + known);
  outcome.usage_error = true;
  return false;
}

// --commune: the history the scoped portal's pages show — the commune's own
// folders and the other communes' plans it kept (those it implements).
HistoryScope history_scope(const Portal& scoped, const std::string& commune) {
  HistoryScope scope;
  scope.communes.insert(commune);
  for (const auto& c : scoped.communes)
    if (c.id != commune)
      for (const auto& p : c.plans) scope.plans.insert({c.id, p.id});
  return scope;
}

// --require-full-history (CI): a portal built from a shallow clone would show
// no or partial history and wrong completion dates; refuse to publish it.
void require_full_history(const History& history, Diagnostics& diags) {
  if (history.state == History::State::Ok) return;
  diags.error("", 0, 0, "--require-full-history: lịch sử git không đầy đủ (" + history.warning +
                            ") — lấy toàn bộ lịch sử: git fetch --unshallow, hoặc actions/checkout với fetch-depth: 0");
}

// The source repository's history; with --as-of, up to that commit, cached
// apart so the everyday cache (at HEAD) is not replaced by an older one.
HistoryOptions history_options(const BuildRequest& request, const AsOfCheckout* past) {
  HistoryOptions options;
  options.cache_dir = request.history_cache;
  if (past) {
    options.start_commit = past->as_of().commit;
    if (!options.cache_dir.empty()) options.cache_dir /= "as-of";
  }
  return options;
}

// The pages of a build on their way to disk: each is hashed for manifest.json and
// placed in the staging directory as soon as it is rendered; whether the
// sitemap lists it is decided then too, while its bytes are at hand. A page
// whose inputs are as they were at the last build is carried over from the live
// site instead (cli/page_record.h).
class StreamedPages : public PageSink {
 public:
  StreamedPages(StagedSite& site, std::string base_url, PageRecord previous,
                std::map<std::string, std::string> fingerprints)
      : site_(site), base_url_(std::move(base_url)), previous_(std::move(previous)),
        fingerprints_(std::move(fingerprints)) {}
  void put(const std::string& path, std::string content) override {
    std::string hash = sha256_hex(content);
    const bool listed = !base_url_.empty() && sitemap_lists(path, content, base_url_);
    site_.put(path, content);  // a failure is kept by the site and reported by commit()
    std::lock_guard lock(mutex_);
    if (auto it = next_.find(path); it != next_.end()) it->second.sha256 = hash, it->second.listed = listed;
    hashes_[path] = std::move(hash);
    if (listed) sitemap_pages_.insert(path);
  }
  bool carry(const std::string& path, const std::string& scope, const std::string& template_name) override {
    auto fingerprint = fingerprints_.find(scope);
    if (fingerprint == fingerprints_.end()) return false;
    RecordedPage page{fingerprint->second + "/" + template_name, "", false, {}};
    auto last = previous_.find(path);  // read-only once rendering starts
    const bool same = last != previous_.end() && last->second.key == page.key && site_.carry(path, last->second.stamp);
    std::lock_guard lock(mutex_);
    if (same) {
      page = last->second;
      hashes_[path] = page.sha256;
      if (page.listed) sitemap_pages_.insert(path);
      if (path.ends_with(".html")) ++carried_;  // datasets and feeds are carried too, but not counted as pages
    }
    next_[path] = std::move(page);
    return same;
  }
  size_t carried_size(const std::string& path) override {
    std::lock_guard lock(mutex_);
    auto it = next_.find(path);
    return it != next_.end() && !it->second.sha256.empty() ? it->second.stamp.size : 0;
  }
  void render_next_time(const std::string& path) override {
    std::lock_guard lock(mutex_);
    next_.erase(path);
  }
  const std::set<std::string>& sitemap_pages() const { return sitemap_pages_; }
  // In path order, as manifest.json lists them; kept unordered while pages come in from every thread.
  std::map<std::string, std::string> take_hashes() {
    std::vector<std::pair<std::string, std::string>> sorted(std::make_move_iterator(hashes_.begin()),
                                                            std::make_move_iterator(hashes_.end()));
    std::sort(sorted.begin(), sorted.end());
    std::map<std::string, std::string> hashes;
    for (auto& entry : sorted) hashes.emplace_hint(hashes.end(), std::move(entry));
    hashes_.clear();
    return hashes;
  }
  size_t carried() const { return carried_; }
  // The record of the site just swapped in: the stamps of the pages written now are read from it.
  PageRecord next_record(const std::filesystem::path& site) {
    for (auto& [path, page] : next_)
      if (page.stamp == FileStamp{}) {
        auto stamp = stamp_of(site / path);
        if (stamp) page.stamp = *stamp;
      }
    std::erase_if(next_, [](const auto& entry) { return entry.second.stamp == FileStamp{} || entry.second.sha256.empty(); });
    return std::move(next_);
  }

 private:
  StagedSite& site_;
  const std::string base_url_;
  const PageRecord previous_;
  const std::map<std::string, std::string> fingerprints_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::string> hashes_;
  std::set<std::string> sitemap_pages_;
  PageRecord next_;
  size_t carried_ = 0;
};

}  // namespace

BuildOutcome run_pipeline(const BuildRequest& request, bool render) {
  BuildOutcome outcome;
  // --as-of: the files of that commit, its history, and its day for statuses.
  std::unique_ptr<AsOfCheckout> past;
  if (!request.as_of.empty() && !(past = check_out_as_of(request.source, request.as_of, outcome.diags))) {
    outcome.usage_error = true;
    return outcome;
  }
  const std::filesystem::path& content_root = past ? past->dir() : request.source;
  std::string today_error;
  auto today = resolve_today(request.today ? request.today
                             : past        ? std::optional(past->as_of().date)
                                           : std::nullopt,
                             today_error);
  if (!today) {
    outcome.diags.error("", 0, 0, today_error);
    outcome.usage_error = true;
    return outcome;
  }
  outcome.today = *today;
  // The output is taken first (the lock, then the staging folder: a recycled spare is
  // listed meanwhile, output/site_writer.h); a build that stops before rendering drops it.
  std::unique_ptr<StagedSite> staged;
  if (render && !request.out_dir.empty()) {
    std::string error;
    if (!(staged = StagedSite::open(request.out_dir, error))) {
      outcome.write_error = error;
      return outcome;
    }
  }
  // A whole portal's history does not depend on what the files say: read beside the loading.
  std::future<History> early_history;
  if (render && request.history && request.commune.empty())
    early_history = std::async(std::launch::async,
                               [&request, &past] { return read_history(request.source, history_options(request, past.get())); });
  report_stage(request.progress, "load");
  const double validate_before = schema_check_seconds();
  // The load cache lives with the history cache; --as-of loads another commit's files, not kept.
  LoadCache load_cache = load_cache_in(request.history_cache);
  const bool cache_loads = !request.history_cache.empty() && !past;
  auto portal = load_portal(content_root, outcome.diags, request.commune, cache_loads ? &load_cache : nullptr);
  if (request.progress) request.progress->note_time("validate", schema_check_seconds() - validate_before);
  if (!portal) return outcome;
  if (!request.base_url.empty()) portal->config.base_url = request.base_url;
  // The commune's "cap_tren" as written: the scoped model drops a parent it did not load, the
  // national index names it from the parent's own summary.
  std::string parent_id;
  if (const Commune* c = request.commune.empty() ? nullptr : portal->find_commune(request.commune)) parent_id = c->parent_id;
  if (!request.commune.empty() && !scope_portal(*portal, request.commune, content_root, outcome)) return outcome;
  std::filesystem::path theme_dir;
  if (!portal->config.theme_dir.empty()) theme_dir = content_root / portal->config.theme_dir;
  Theme theme = load_theme(theme_dir, outcome.diags, content_root);
  if (!render || outcome.diags.has_errors()) return outcome;
  History history;
  if (request.history) {
    report_stage(request.progress, "history");
    std::optional<HistoryScope> scope;
    if (!request.commune.empty()) scope = history_scope(*portal, request.commune);
    if (request.reuse_history && scope) {  // serve's fast path: the whole build's history, cut down
      history = *request.reuse_history;
      keep_scope(history, *scope);
    } else {
      if (request.batch_history && scope && !past) {  // the batch's one walk (its warning told once)
        history = *request.batch_history;
        keep_scope(history, *scope);
      } else {
        HistoryOptions history_opts = history_options(request, past.get());
        history_opts.scope = scope ? &*scope : nullptr;
        history = early_history.valid() ? early_history.get() : read_history(request.source, history_opts);
        if (!history.warning.empty()) outcome.diags.warning("", 0, 0, history.warning);
      }
      read_history_sources(history, *portal, request, past.get(), outcome.diags);
      if (scope) keep_scope(history, *scope);  // the overlaid repositories too
    }
    if (request.require_full_history) require_full_history(history, outcome.diags);
    for (const auto& note : history.notes) outcome.diags.warning("", 0, 0, "lịch sử: " + note);
    for (const auto& refused : ck::history::minor_claim_warnings(history))
      outcome.diags.warning("", 0, 0, refused);
  }
  report_stage(request.progress, "derive");
  DerivedSite derived(*portal, request.history ? &history : nullptr, {outcome.today, portal->config.due_soon_days});
  RenderOptions options{outcome.today, CK_VERSION, request.history ? &history : nullptr};
  options.progress = request.progress;
  std::optional<StreamedPages> streamed;
  std::filesystem::path record_file;  // the page record (cli/page_record.h); empty: no cache, every page is made
  if (staged) {
    report_stage(request.progress, "reuse");
    record_file = page_record_path(request.history_cache, staged->dir());
    std::map<std::string, std::string> fingerprints;
    if (!record_file.empty())
      fingerprints = commune_fingerprints({content_root, &*portal, request.history ? &history : nullptr, &theme,
                                           outcome.today, build_identity(), request.commune});
    options.sink = &streamed.emplace(*staged, portal->config.base_url, read_page_record(record_file),
                                     std::move(fingerprints));
  }
  report_stage(request.progress, "facts");
  SiteContext context(*portal, derived, theme.strings, options);
  outcome.files = render_site(context, theme, options, outcome.diags);
  report_stage(request.progress, "publish");
  const DatasetSizes dataset_sizes = publish_site(context, theme, options, outcome.files, outcome.diags,
                                                  streamed ? streamed->sitemap_pages() : std::set<std::string>{});
  if (request.summary && !request.commune.empty()) {
    outcome.summary = commune_summary(context.view(), *portal->find_commune(request.commune), dataset_sizes);
    outcome.summary["parent"] = parent_id;
  }
  // Outputs added after this line go unlisted: manifest.json hashes the final files.
  std::map<std::string, std::string> hashes = hash_files(outcome.files);
  if (streamed) hashes.merge(streamed->take_hashes());  // a file the later stages made replaces a page of its path
  outcome.files[kManifestPath] = manifest_text(hashes, source_commit(options), outcome.today);
  for (const auto& [path, hash] : hashes)
    if (path.ends_with(".html")) ++outcome.page_count;
  if (request.keep_history && request.history) outcome.history = std::make_shared<const History>(std::move(history));
  if (!staged) return outcome;
  if (outcome.ok()) {  // otherwise the staging directory goes with `staged`, and the old site stands
    // What the stages after rendering made (search index, assets, open data, feeds, manifest).
    report_stage(request.progress, "write", outcome.files.size());
    staged->put_all(outcome.files, request.progress);
    // The old record goes before the swap: a build killed between the swap and the new
    // record leaves none, and the next build makes every page.
    std::error_code ignored;
    if (!record_file.empty()) std::filesystem::remove(record_file, ignored);
    outcome.write_error = staged->commit();
    outcome.carried_pages = streamed->carried();
    if (!outcome.write_error && !record_file.empty()) {
      std::string error;
      if (!write_page_record(record_file, streamed->next_record(staged->dir()), error))
        outcome.diags.warning("", 0, 0, error + " — lần dựng sau sẽ dựng lại mọi trang");
    }
  }
  outcome.files.clear();
  return outcome;
}

std::unique_ptr<History> batch_history(const std::filesystem::path& source, const std::vector<std::string>& communes,
                                       const std::filesystem::path& cache_dir, Diagnostics& diags) {
  HistoryScope all;
  // Through the load cache: each commune's own build then takes it from there, not from its files again.
  LoadCache load_cache = load_cache_in(cache_dir);
  for (const auto& id : communes) {
    Diagnostics ignored;  // each commune's own build loads it again and reports its problems
    auto portal = load_portal(source, ignored, id, cache_dir.empty() ? nullptr : &load_cache);
    if (!portal) continue;
    auto scoped = scope_to_commune(*portal, id);
    if (!scoped) continue;
    HistoryScope one = history_scope(*scoped, id);
    all.communes.merge(one.communes);
    all.plans.merge(one.plans);
  }
  if (all.communes.empty()) return nullptr;
  HistoryOptions options;
  options.cache_dir = cache_dir;
  options.scope = &all;
  auto history = std::make_unique<History>(read_history(source, options));
  if (!history->warning.empty()) diags.warning("", 0, 0, history->warning);
  return history;
}

}  // namespace ck::cli
