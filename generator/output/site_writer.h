// write: the finished site goes into a fresh directory beside the output and
// is then swapped into place in one rename, so readers (and a killed build)
// only ever see the old site or the new one, never a mix.
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "output/write_lock.h"
#include "util/progress.h"

namespace ck {

// Output files by '/'-separated path relative to the site root. A sorted map
// keeps the write order (and everything derived from it) reproducible.
using SiteFiles = std::map<std::string, std::string>;

// A hidden marker that says "this directory is a congkhai site": we only
// ever replace directories that carry it (or are empty), never a user's folder.
inline constexpr const char* kSiteMarker = ".congkhai-site";

// Which file a path holds: a file rewritten or edited in place gets a new
// stamp (an edit keeps the inode but moves the modification time).
struct FileStamp {
  unsigned long long inode = 0, size = 0;
  long long mtime_ns = 0;
  bool operator==(const FileStamp&) const = default;
};
// Of a regular file (not following a symbolic link); nullopt otherwise.
std::optional<FileStamp> stamp_of(const std::filesystem::path& path);
std::optional<FileStamp> stamp_of(const char* path);  // the same, without making a path object

// A new site being written: files go into a staging directory beside the
// output as they are made (so the whole site need not sit in memory), and
// commit() swaps it in with one rename. A file whose bytes the previous site
// already has at the same path is hard-linked from it, so it keeps its
// modification time (uploads and CDNs skip it); the live site is never
// modified in place.
//
// The site a swap replaces is kept beside the output as the spare
// (".<name>.spare", mode 0700 so a web server serving the parent cannot read
// it), and the next build stages into it instead of a fresh directory: most of
// its files are already hard links to the live site's, so a rebuild that
// changes a few pages neither links nor removes the other ten thousand. Every
// entry of a recycled spare is checked against the live site or rewritten, and
// what the new site lacks is removed before the swap; a staging file is always
// unlinked before it is written, so a link to a live file is never written
// through. Dropped without commit(), the staging directory becomes the spare.
class StagedSite {
 public:
  // Follows `out_dir` if it is a symbolic link (the site then replaces the
  // link's target, in the target's parent), takes the write lock (one build
  // at a time), checks the directory (absent, empty, or a site congkhai made)
  // and makes the staging directory. Null, with `error` (Vietnamese) set,
  // when it cannot.
  static std::unique_ptr<StagedSite> open(const std::filesystem::path& out_dir, std::string& error);
  ~StagedSite();
  StagedSite(const StagedSite&) = delete;
  StagedSite& operator=(const StagedSite&) = delete;

  // Places one file; may be called from several threads at once. A path given
  // twice keeps the last bytes. False when the path is unsafe or the write
  // failed (the first such error is kept for commit()).
  bool put(const std::string& rel, const std::string& content);
  // Places the file `stamp` describes (cli/page_record.h) at `rel`, unread:
  // the live site's, when it is still that file, or a recycled spare's entry
  // that is that very file. False (nothing placed) otherwise.
  bool carry(const std::string& rel, const FileStamp& stamp);
  // The directory the site is swapped into (after following a symlinked --out).
  const std::filesystem::path& dir() const { return out_dir_; }
  // put() for each of `files`, on every core; `progress` counts files placed.
  void put_all(const SiteFiles& files, ProgressSink* progress = nullptr);
  // Swaps the staged site in. Returns an error message or nullopt on success.
  std::optional<std::string> commit();

 private:
  StagedSite() = default;
  void fail(const std::string& message);

  // Makes room at `rel` in the staging directory (a recycled spare may hold an
  // older file, or a folder, there): the entry goes, never written through.
  void clear(const std::string& rel);
  // Lists a recycled spare's files and folders (on a thread of its own, from
  // open(): the walk is most of the cost of recycling, and the build's first
  // stages leave a core free).
  void list_spare();
  // The files of a recycled spare that the new site does not have, and the folders they empty.
  bool sweep_unplaced();

  std::filesystem::path out_dir_, staging_, spare_;
  bool reuse_ = false;     // the live site lends unchanged files
  bool recycled_ = false;  // the staging directory is the last spare, not empty
  bool committed_ = false;
  std::unique_ptr<WriteLock> lock_;  // held from open() until the site is swapped in or dropped
  std::mutex mutex_;
  std::unordered_set<std::string> made_;    // folders made in staging
  std::unordered_set<std::string> placed_;  // files placed so far
  std::optional<std::string> failure_;
  std::thread lister_;  // list_spare(), joined before the sweep
  std::vector<std::string> spare_files_, spare_dirs_;  // what the spare held (folders: those to try removing)
  bool listed_ok_ = true;
};

// The spare a build into `out_dir` (its symlinks followed) keeps beside it.
std::filesystem::path spare_path(const std::filesystem::path& out_dir);

// Writes all of `files` through a StagedSite (on every core) and commits.
// Returns an error message (Vietnamese) or nullopt; `progress` counts files placed.
std::optional<std::string> write_site_atomically(const std::filesystem::path& out_dir, const SiteFiles& files,
                                                 ProgressSink* progress = nullptr);

// Follows `path` (absolute) while it is a symbolic link, to what it names in
// the end, which need not exist yet; each step's parent is resolved as the
// kernel would, so a file staged beside the result lands beside the real
// target. Nullopt, with `error` (Vietnamese) set, on a loop or an unreadable link.
std::optional<std::filesystem::path> follow_links(std::filesystem::path path, std::string& error);

// True when `path` is a safe relative output path: no "..", no absolute path,
// no empty segments, no backslashes.
bool is_safe_output_path(const std::string& path);

}  // namespace ck
