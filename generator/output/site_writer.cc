#include "output/site_writer.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <unordered_set>
#include <vector>

#include "output/write_lock.h"
#include "util/parallel.h"

namespace ck {
namespace fs = std::filesystem;

namespace {

// glibc 2.36 has renameat2, but call through syscall to keep older libcs building.
bool exchange_paths(const fs::path& a, const fs::path& b) {
#ifdef SYS_renameat2
  return syscall(SYS_renameat2, AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), 2 /* RENAME_EXCHANGE */) == 0;
#else
  (void)a;
  (void)b;
  return false;
#endif
}

// O_EXCL: the entry was made room for (StagedSite::clear), so an existing file
// here would be a hard link to a live file, which must never be written through.
bool write_file(const fs::path& path, const std::string& content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  const char* data = content.data();
  size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    data += n;
    left -= static_cast<size_t>(n);
  }
  return ::close(fd) == 0 && left == 0;
}

// True when `path` is a regular file (not a symlink) holding exactly `content`.
bool holds_exactly(const fs::path& path, const std::string& content) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  bool same =
      ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) == content.size();
  if (same) {
    std::string bytes(content.size(), '\0');
    size_t got = 0;
    while (got < bytes.size()) {
      ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    same = got == bytes.size() && bytes == content;
  }
  ::close(fd);
  return same;
}

// Puts `content` at `target` in the staging directory, where nothing is. When
// the live site has the same bytes at the same place (`same_as_live`), the
// staging entry is a hard link to that file: unchanged outputs keep their
// modification time (uploads and CDNs skip them) and cost no write. The live
// file itself is never modified.
bool place_file(const fs::path& target, const fs::path& live, bool same_as_live, const std::string& content) {
  if (same_as_live && ::linkat(AT_FDCWD, live.c_str(), AT_FDCWD, target.c_str(), 0) == 0) return true;
  return write_file(target, content);
}

// Removes whatever is at `path` (a file, a link, a folder), never following a link.
void remove_entry(const fs::path& path) {
  if (::unlink(path.c_str()) == 0 || errno == ENOENT) return;
  std::error_code ignored;
  fs::remove_all(path, ignored);  // a folder (EISDIR)
}

// mkdir -p for the parent of a staging file, remembering what exists. In a
// recycled spare a file may stand where the new site has a folder: it goes.
bool make_parents(const fs::path& root, const std::string& rel, std::unordered_set<std::string>& made) {
  for (size_t slash = rel.find('/'); slash != std::string::npos; slash = rel.find('/', slash + 1)) {
    std::string dir = rel.substr(0, slash);
    if (made.count(dir)) continue;
    const fs::path path = root / dir;
    struct stat st;
    const bool exists = ::lstat(path.c_str(), &st) == 0;
    if (exists && !S_ISDIR(st.st_mode) && ::unlink(path.c_str()) != 0) return false;
    if ((!exists || !S_ISDIR(st.st_mode)) && ::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) return false;
    made.insert(std::move(dir));
  }
  return true;
}

// Every file under the folder `dir_fd` (relative path `prefix`; the descriptor
// is closed here) into `files`, and every folder found empty into `empty`.
// False when a folder could not be read. The build places files meanwhile: an
// entry may be listed or not, which the sweep allows for (a placed file is kept
// whether listed or not). Each sub-folder is opened relative to its parent and
// never through a link: looking a whole path up again for each of ten thousand
// task folders was most of the listing's time.
bool list_tree_at(int dir_fd, const std::string& prefix, std::vector<std::string>& files,
                  std::vector<std::string>& empty) {
  DIR* d = ::fdopendir(dir_fd);
  if (!d) {
    ::close(dir_fd);
    return false;
  }
  bool ok = true, any = false;
  while (const dirent* e = ::readdir(d)) {
    std::string_view name = e->d_name;
    if (name == "." || name == "..") continue;
    any = true;
    std::string rel = prefix + std::string(name);
    unsigned char type = e->d_type;
    if (type == DT_UNKNOWN) {
      struct stat st;
      type = ::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
    }
    if (type != DT_DIR) {
      files.push_back(std::move(rel));
      continue;
    }
    const int sub = ::openat(::dirfd(d), e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    // Gone, a file or a link now: the build replaced it meanwhile (what it holds is placed, not swept).
    if (sub < 0) ok &= errno == ENOENT || errno == ENOTDIR || errno == ELOOP;
    else ok &= list_tree_at(sub, rel + "/", files, empty);
  }
  ::closedir(d);
  if (!any && !prefix.empty()) empty.push_back(prefix.substr(0, prefix.size() - 1));
  return ok;
}

// The same for the folder `dir` (prefix "").
bool list_tree(const fs::path& dir, std::vector<std::string>& files, std::vector<std::string>& empty) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno == ENOENT || errno == ENOTDIR;
  return list_tree_at(fd, "", files, empty);
}

// rm -rf on every core, one top-level entry per item: the old site is as
// large as the new one, and removing it was most of a rebuild's write time.
void remove_tree(const fs::path& dir) {
  std::error_code ec;
  std::vector<fs::path> entries;
  for (const auto& e : fs::directory_iterator(dir, ec)) entries.push_back(e.path());
  parallel_for(entries.size(), 0, [&](size_t i) {
    std::error_code ignored;
    fs::remove_all(entries[i], ignored);
  });
  fs::remove_all(dir, ec);
}

// An output directory may be replaced when it is absent, empty, or a site
// congkhai made (it carries kSiteMarker). Anything else is someone's folder:
// refused, with no way round it but choosing another --out or moving the
// folder away by hand, because one mistyped path must never empty a web root.
bool may_replace(const fs::path& dir, const fs::path& named, std::string& error) {
  std::error_code ec;
  auto st = fs::symlink_status(dir, ec);
  if (!fs::exists(st)) return true;
  std::string shown = "\"" + named.string() + "\"" + (named == dir ? "" : " (trỏ tới " + dir.string() + ")");
  if (!fs::is_directory(st)) {
    error = shown + " đã có và không phải thư mục";
    return false;
  }
  if (fs::is_empty(dir, ec) || fs::exists(dir / kSiteMarker, ec)) return true;
  error = "thư mục " + shown + " đã có nội dung khác, không phải trang do congkhai tạo (thiếu tệp " +
          kSiteMarker +
          ") — congkhai không xoá thư mục của người khác: chọn thư mục khác bằng --out, "
          "hoặc tự chuyển thư mục này đi nếu chắc chắn không cần";
  return false;
}

}  // namespace

bool is_safe_output_path(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.find('\\') != std::string::npos) return false;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    std::string seg = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return true;
}

std::optional<fs::path> follow_links(fs::path path, std::string& error) {
  std::error_code ec;
  for (int hops = 0; fs::is_symlink(fs::symlink_status(path, ec)); ++hops) {
    if (hops == 40) {
      error = "\"" + path.string() + "\": vòng liên kết tượng trưng — sửa liên kết";
      return std::nullopt;
    }
    fs::path link = fs::read_symlink(path, ec);
    if (ec) {
      error = "không đọc được liên kết " + path.string() + ": " + ec.message();
      return std::nullopt;
    }
    path = link.is_absolute() ? link : path.parent_path() / link;
    path = fs::weakly_canonical(path.parent_path(), ec) / path.filename();
    path = path.lexically_normal();
    if (path.filename().empty()) path = path.parent_path();
  }
  return path;
}

std::unique_ptr<StagedSite> StagedSite::open(const fs::path& out_dir_in, std::string& error) {
  std::error_code ec;
  fs::path out_dir = fs::absolute(out_dir_in, ec).lexically_normal();
  if (out_dir.filename().empty()) out_dir = out_dir.parent_path();
  // --out may be a symlink (a web root pointing at a release): the site
  // replaces the directory it points to, and the link stays a link.
  const fs::path named = out_dir;
  auto target = follow_links(named, error);
  if (!target) {
    error = "--out " + error;
    return nullptr;
  }
  out_dir = *target;
  if (out_dir == out_dir.root_path()) {
    error = "thư mục đầu ra không được là thư mục gốc";
    return nullptr;
  }
  fs::path parent = out_dir.parent_path();
  fs::create_directories(parent, ec);
  std::unique_ptr<WriteLock> lock = WriteLock::acquire(out_dir, error);
  if (!lock) return nullptr;
  if (!may_replace(out_dir, named, error)) return nullptr;
  std::string base = out_dir.filename().string();
  // Only the lock holder stages here: any staging directory found now was
  // left by a killed build, and is garbage.
  for (const auto& e : fs::directory_iterator(parent, ec)) {
    std::string name = e.path().filename().string();
    if (name.rfind("." + base + ".new-", 0) == 0 || name.rfind("." + base + ".old-", 0) == 0)
      fs::remove_all(e.path(), ec);
  }
  fs::path staging = parent / ("." + base + ".new-" + std::to_string(getpid()));
  const fs::path spare = spare_path(out_dir);
  // Only a spare we made (a folder with the marker) is recycled; it takes the
  // live root's permissions back, as a fresh staging directory would have them.
  struct stat spare_stat;
  const bool recycled = ::lstat(spare.c_str(), &spare_stat) == 0 && S_ISDIR(spare_stat.st_mode) &&
                        fs::exists(spare / kSiteMarker, ec) && ::rename(spare.c_str(), staging.c_str()) == 0;
  if (recycled) {
    struct stat live;
    ::chmod(staging.c_str(), ::stat(out_dir.c_str(), &live) == 0 ? (live.st_mode & 07777) : 0755);
  } else if (!fs::create_directories(staging, ec)) {
    error = "không tạo được thư mục tạm " + staging.string() + ": " + ec.message();
    return nullptr;
  }
  std::unique_ptr<StagedSite> site(new StagedSite());
  site->out_dir_ = out_dir;
  site->staging_ = staging;
  site->spare_ = spare;
  site->recycled_ = recycled;
  site->lock_ = std::move(lock);
  // Only a directory we made (it carries the marker) lends its files.
  site->reuse_ = fs::exists(out_dir / kSiteMarker, ec);
  if (recycled) site->lister_ = std::thread([s = site.get()] { s->list_spare(); });
  return site;
}

fs::path spare_path(const fs::path& out_dir) {
  return out_dir.parent_path() / ("." + out_dir.filename().string() + ".spare");
}

namespace {

// The site a swap replaced (or a build's unfinished staging) becomes the next
// build's spare: unreadable to others, marked as ours. Removed instead when
// that cannot be done (a folder of that name that is not ours stays untouched).
void keep_as_spare(const fs::path& dir, const fs::path& spare) {
  remove_entry(dir / kSiteMarker);
  if (write_file(dir / kSiteMarker, "congkhai\n") && ::chmod(dir.c_str(), 0700) == 0 &&
      ::rename(dir.c_str(), spare.c_str()) == 0)
    return;
  remove_tree(dir);
}

}  // namespace

StagedSite::~StagedSite() {
  if (lister_.joinable()) lister_.join();
  if (committed_) return;
  // A failed rebuild's files are a spare like any other; a failed first build leaves nothing.
  if (reuse_ || recycled_)
    keep_as_spare(staging_, spare_);
  else
    remove_tree(staging_);
}

void StagedSite::clear(const std::string& rel) { remove_entry(staging_ / rel); }

void StagedSite::list_spare() {
  listed_ok_ = list_tree(staging_, spare_files_, spare_dirs_);
}

bool StagedSite::sweep_unplaced() {
  if (lister_.joinable()) lister_.join();
  if (!listed_ok_) return false;
  // Entries placed meanwhile replaced what the list names, or are on it and kept.
  std::vector<std::string> folders = std::move(spare_dirs_);
  for (const auto& rel : spare_files_) {
    if (placed_.contains(rel)) continue;
    // Gone already, or the new site changed the shape there: a folder stands where the file was
    // (EISDIR), or a file where one of its folders was (ENOTDIR).
    if (::unlink((staging_ / rel).c_str()) != 0 && errno != ENOENT && errno != EISDIR && errno != ENOTDIR)
      return false;
    if (size_t slash = rel.rfind('/'); slash != std::string::npos) folders.push_back(rel.substr(0, slash));
  }
  // Deepest first, then up while each one empties: what the sweep emptied goes too.
  std::sort(folders.begin(), folders.end(), std::greater<>());
  folders.erase(std::unique(folders.begin(), folders.end()), folders.end());
  for (std::string folder : folders)
    while (!folder.empty() && ::rmdir((staging_ / folder).c_str()) == 0) {
      size_t slash = folder.rfind('/');
      folder = slash == std::string::npos ? std::string() : folder.substr(0, slash);
    }
  return true;
}

void StagedSite::fail(const std::string& message) {
  std::lock_guard lock(mutex_);
  if (!failure_) failure_ = message;
}

bool StagedSite::put(const std::string& rel, const std::string& content) {
  if (!is_safe_output_path(rel)) {
    fail("đường dẫn đầu ra không an toàn: " + rel);
    return false;
  }
  const fs::path target = staging_ / rel;
  bool parents = false, again = false;
  {
    std::lock_guard lock(mutex_);
    parents = make_parents(staging_, rel, made_);
    again = !placed_.insert(rel).second;
  }
  const fs::path live = out_dir_ / rel;
  const bool same_as_live = reuse_ && holds_exactly(live, content);
  if (recycled_ || again) {
    // A recycled spare's entry that is already the live file stays; anything else there goes.
    if (!again && same_as_live && stamp_of(target) == stamp_of(live)) return true;
    clear(rel);
  }
  if (!parents || !place_file(target, live, same_as_live, content)) {
    fail("không ghi được " + target.string());
    return false;
  }
  return true;
}

std::optional<FileStamp> stamp_of(const fs::path& path) { return stamp_of(path.c_str()); }

std::optional<FileStamp> stamp_of(const char* path) {
  struct stat st;
  if (::lstat(path, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return FileStamp{static_cast<unsigned long long>(st.st_ino), static_cast<unsigned long long>(st.st_size),
                   st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec};
}

bool StagedSite::carry(const std::string& rel, const FileStamp& stamp) {
  if (!reuse_ || !is_safe_output_path(rel)) return false;
  // Plain strings: a rebuild carries thousands of pages, and a path object splits itself into parts.
  const std::string live = out_dir_.native() + '/' + rel, target = staging_.native() + '/' + rel;
  // The spare's entry is the recorded file itself (same inode, size and time: most pages of a
  // rebuild, linked there by the build before): nothing to make, and one lstat to know it.
  const bool in_spare = recycled_ && stamp_of(target.c_str()) == stamp;
  if (!in_spare && stamp_of(live.c_str()) != stamp) return false;
  bool parents = false;
  {
    std::lock_guard lock(mutex_);
    if (placed_.contains(rel)) return false;
    parents = in_spare || make_parents(staging_, rel, made_);
    if (parents) placed_.insert(rel);
  }
  if (in_spare) return true;
  if (parents && recycled_) clear(rel);
  if (parents && ::linkat(AT_FDCWD, live.c_str(), AT_FDCWD, target.c_str(), 0) == 0) return true;
  std::lock_guard lock(mutex_);
  placed_.erase(rel);
  return false;
}

void StagedSite::put_all(const SiteFiles& files, ProgressSink* progress) {
  std::vector<const SiteFiles::value_type*> entries;
  entries.reserve(files.size());
  for (const auto& entry : files) entries.push_back(&entry);
  parallel_for(entries.size(), 0, [&](size_t i) {
    put(entries[i]->first, entries[i]->second);
    report_advance(progress);
  });
}

std::optional<std::string> StagedSite::commit() {
  if (failure_) return failure_;
  if (recycled_ && !sweep_unplaced()) return "không dọn được các tệp cũ trong " + staging_.string();
  if (!put(kSiteMarker, "congkhai\n")) return "không ghi được tệp đánh dấu";
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(out_dir_, ec))) {
    fs::rename(staging_, out_dir_, ec);
    if (ec) return "không đổi tên được thư mục tạm thành " + out_dir_.string() + ": " + ec.message();
    committed_ = true;
    return std::nullopt;
  }
  if (exchange_paths(staging_, out_dir_)) {
    committed_ = true;
    keep_as_spare(staging_, spare_);  // now holds the old site
    return std::nullopt;
  }
  // No atomic exchange (old kernel or filesystem): two renames, the gap is tiny.
  fs::path old =
      out_dir_.parent_path() / ("." + out_dir_.filename().string() + ".old-" + std::to_string(getpid()));
  fs::rename(out_dir_, old, ec);
  if (ec) return "không thay được thư mục cũ: " + ec.message();
  fs::rename(staging_, out_dir_, ec);
  if (ec) {
    std::error_code ignored;
    fs::rename(old, out_dir_, ignored);
    return "không thay được thư mục mới: " + ec.message();
  }
  committed_ = true;
  keep_as_spare(old, spare_);
  return std::nullopt;
}

std::optional<std::string> write_site_atomically(const fs::path& out_dir, const SiteFiles& files,
                                                 ProgressSink* progress) {
  std::string error;
  auto site = StagedSite::open(out_dir, error);
  if (!site) return error;
  site->put_all(files, progress);
  return site->commit();
}

}  // namespace ck
