#include "output/site_writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
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

bool write_file(const fs::path& path, const std::string& content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
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

// Puts `content` at `target` in the staging directory. When the live site has
// the same bytes at the same place, the staging entry is a hard link to that
// file: unchanged outputs keep their modification time (uploads and CDNs skip
// them) and cost no write. The live file itself is never modified.
bool place_file(const fs::path& target, const fs::path& previous, const std::string& content) {
  if (!previous.empty() && holds_exactly(previous, content) &&
      ::linkat(AT_FDCWD, previous.c_str(), AT_FDCWD, target.c_str(), 0) == 0)
    return true;
  return write_file(target, content);
}

// mkdir -p for the parent of a staging file, remembering what exists.
bool make_parents(const fs::path& root, const std::string& rel, std::unordered_set<std::string>& made) {
  for (size_t slash = rel.find('/'); slash != std::string::npos; slash = rel.find('/', slash + 1)) {
    std::string dir = rel.substr(0, slash);
    if (made.count(dir)) continue;
    if (::mkdir((root / dir).c_str(), 0755) != 0 && errno != EEXIST) return false;
    made.insert(std::move(dir));
  }
  return true;
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
  if (!fs::create_directories(staging, ec)) {
    error = "không tạo được thư mục tạm " + staging.string() + ": " + ec.message();
    return nullptr;
  }
  std::unique_ptr<StagedSite> site(new StagedSite());
  site->out_dir_ = out_dir;
  site->staging_ = staging;
  site->lock_ = std::move(lock);
  // Only a directory we made (it carries the marker) lends its files.
  site->reuse_ = fs::exists(out_dir / kSiteMarker, ec);
  return site;
}

StagedSite::~StagedSite() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove_all(staging_, ignored);
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
  // A second version replaces the first: unlink, as the first may be a link to the live file.
  if (again) ::unlink(target.c_str());
  if (!parents || !place_file(target, reuse_ ? out_dir_ / rel : fs::path(), content)) {
    fail("không ghi được " + target.string());
    return false;
  }
  return true;
}

std::optional<FileStamp> stamp_of(const fs::path& path) {
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return FileStamp{static_cast<unsigned long long>(st.st_ino), static_cast<unsigned long long>(st.st_size),
                   st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec};
}

bool StagedSite::carry(const std::string& rel, const FileStamp& stamp) {
  if (!reuse_ || !is_safe_output_path(rel)) return false;
  const fs::path live = out_dir_ / rel;
  if (stamp_of(live) != stamp) return false;
  bool parents = false;
  {
    std::lock_guard lock(mutex_);
    if (placed_.contains(rel)) return false;
    parents = make_parents(staging_, rel, made_);
    if (parents) placed_.insert(rel);
  }
  const fs::path target = staging_ / rel;
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
  if (!place_file(staging_ / kSiteMarker, reuse_ ? out_dir_ / kSiteMarker : fs::path(), "congkhai\n"))
    return "không ghi được tệp đánh dấu";
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(out_dir_, ec))) {
    fs::rename(staging_, out_dir_, ec);
    if (ec) return "không đổi tên được thư mục tạm thành " + out_dir_.string() + ": " + ec.message();
    committed_ = true;
    return std::nullopt;
  }
  if (exchange_paths(staging_, out_dir_)) {
    committed_ = true;
    remove_tree(staging_);  // now holds the old site
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
  remove_tree(old);
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
