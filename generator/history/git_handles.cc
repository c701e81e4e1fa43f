#include "history/git_handles.h"

#include <sys/stat.h>
#include <unistd.h>

namespace ck::history {

std::string git_error_text() {
  const git_error* e = git_error_last();
  return e && e->message ? e->message : "";
}

GitLibrary::GitLibrary() {
  git_libgit2_init();
  // Checking every object's hash on read costs more than the rest of a history
  // walk (SHA-1 of every blob version); git itself does not do it on read.
  git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
  // A history walk looks each commit up once and keeps the trees it needs
  // itself (TreeReader): libgit2's object cache would only fill with dead
  // objects, and managing it costs more than the tree diffs themselves.
  git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 0);
}

GitLibrary::~GitLibrary() { git_libgit2_shutdown(); }

namespace {

// Whether the nearest .git above `path` belongs to another user. libgit2 1.5 (Debian 12) refuses such a
// repository but reports "not found", so the ownership is looked at here rather than trusted from its code.
bool owned_by_another_user(const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::absolute(path, ec);
  if (ec) return false;
  for (; !dir.empty(); dir = dir.parent_path()) {
    struct stat st;
    if (::stat((dir / ".git").c_str(), &st) == 0) return st.st_uid != ::geteuid();
    if (dir == dir.root_path()) break;
  }
  return false;
}

}  // namespace

RepositoryPtr open_enclosing_repository(const std::filesystem::path& path, std::string& why_not,
                                        bool* owner_refused) {
  git_repository* raw = nullptr;
  int rc = git_repository_open_ext(&raw, path.c_str(), 0, nullptr);
  if (rc == 0) return RepositoryPtr(raw);
  bool other_owner = rc == GIT_EOWNER || owned_by_another_user(path);
  if (owner_refused) *owner_refused = other_owner;
  if (other_owner) {
    // No path in the message: history warnings can reach public pages.
    why_not = "kho git chứa thư mục nguồn thuộc một người dùng khác nên git không mở nó — nếu tin kho này, "
              "chạy git config --global --add safe.directory <đường dẫn của kho> (ghi đúng đường dẫn; dấu * "
              "không có tác dụng với congkhai)";
  } else {
    why_not = "không nằm trong một kho git";
  }
  return RepositoryPtr(nullptr);
}

std::string oid_hex(const git_oid& oid) {
  char buf[GIT_OID_HEXSZ + 1];
  git_oid_tostr(buf, sizeof buf, &oid);
  return buf;
}

bool oid_from_hex(const std::string& hex, git_oid& out) {
  return hex.size() == GIT_OID_HEXSZ && git_oid_fromstr(&out, hex.c_str()) == 0;
}

std::string_view blob_text(const git_blob* blob) {
  return std::string_view(static_cast<const char*>(git_blob_rawcontent(blob)),
                          static_cast<size_t>(git_blob_rawsize(blob)));
}

bool read_blob(git_repository* repo, const git_oid& oid, std::string& out) {
  auto blob = lookup_blob(repo, oid);
  if (!blob) return false;
  out.assign(blob_text(blob.get()));
  return true;
}

std::shared_ptr<const git_blob> lookup_blob(git_repository* repo, const git_oid& oid) {
  git_blob* raw = nullptr;
  if (git_blob_lookup(&raw, repo, &oid) != 0) return nullptr;
  return std::shared_ptr<const git_blob>(raw,
                                         [](const git_blob* b) { git_blob_free(const_cast<git_blob*>(b)); });
}

bool blob_size(git_repository* repo, const git_oid& oid, size_t& out) {
  git_odb* odb = nullptr;
  if (git_repository_odb(&odb, repo) != 0) return false;
  size_t len = 0;
  git_object_t type = GIT_OBJECT_INVALID;
  int rc = git_odb_read_header(&len, &type, odb, &oid);
  git_odb_free(odb);
  if (rc != 0 || type != GIT_OBJECT_BLOB) return false;
  out = len;
  return true;
}

std::string source_prefix(git_repository* repo, const std::filesystem::path& source_root) {
  namespace fs = std::filesystem;
  const char* workdir = git_repository_workdir(repo);
  if (!workdir) return "";
  std::error_code ec;
  fs::path rel = fs::weakly_canonical(source_root, ec).lexically_relative(fs::weakly_canonical(workdir, ec));
  std::string s = rel.generic_string();
  if (s.empty() || s == "." || s.starts_with("..")) return "";
  return s + "/";
}

}  // namespace ck::history
