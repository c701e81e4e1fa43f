#include "history/git_handles.h"

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
}

GitLibrary::~GitLibrary() { git_libgit2_shutdown(); }

std::string oid_hex(const git_oid& oid) {
  char buf[GIT_OID_HEXSZ + 1];
  git_oid_tostr(buf, sizeof buf, &oid);
  return buf;
}

bool oid_from_hex(const std::string& hex, git_oid& out) {
  return hex.size() == GIT_OID_HEXSZ && git_oid_fromstr(&out, hex.c_str()) == 0;
}

bool read_blob(git_repository* repo, const git_oid& oid, std::string& out) {
  git_blob* raw = nullptr;
  if (git_blob_lookup(&raw, repo, &oid) != 0) return false;
  BlobPtr blob(raw);
  const char* data = static_cast<const char*>(git_blob_rawcontent(raw));
  out.assign(data, static_cast<size_t>(git_blob_rawsize(raw)));
  return true;
}

}  // namespace ck::history
