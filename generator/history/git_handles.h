// Owning handles for libgit2 objects, and the one place libgit2 errors are
// turned into text. libgit2's last error is thread-local and overwritten by
// the next call: read it at once (git_error_text) after a failing call.
#pragma once
#include <git2.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace ck::history {

template <typename T, void (*Free)(T*)>
struct GitDeleter {
  void operator()(T* p) const { Free(p); }
};
template <typename T, void (*Free)(T*)>
using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;

using RepositoryPtr = GitPtr<git_repository, git_repository_free>;
using CommitPtr = GitPtr<git_commit, git_commit_free>;
using TreePtr = GitPtr<git_tree, git_tree_free>;
using BlobPtr = GitPtr<git_blob, git_blob_free>;
using TreeEntryPtr = GitPtr<git_tree_entry, git_tree_entry_free>;

// libgit2's message for the last failed call on this thread ("" if none).
std::string git_error_text();

// Keeps libgit2 initialised for the lifetime of the object.
class GitLibrary {
 public:
  GitLibrary();
  ~GitLibrary();
  GitLibrary(const GitLibrary&) = delete;
  GitLibrary& operator=(const GitLibrary&) = delete;
};

// Opens the repository holding `path` (the folder or one above it). On failure
// returns null and `why_not` says why, in Vietnamese: no repository there, or
// one owned by another user, which git (and libgit2) refuse until it is named
// in `safe.directory` — libgit2 1.5 does not honour the "*" wildcard.
// `owner_refused` tells the two apart.
RepositoryPtr open_enclosing_repository(const std::filesystem::path& path, std::string& why_not,
                                        bool* owner_refused = nullptr);

std::string oid_hex(const git_oid& oid);
bool oid_from_hex(const std::string& hex, git_oid& out);

// The source directory inside the repository's working tree, as a path
// prefix of its files: "" (the root, or outside the tree) or "site/".
std::string source_prefix(git_repository* repo, const std::filesystem::path& source_root);

// The blob's bytes, or false when it cannot be read.
bool read_blob(git_repository* repo, const git_oid& oid, std::string& out);
// The blob itself (null when it cannot be read), to read its bytes in place.
std::shared_ptr<const git_blob> lookup_blob(git_repository* repo, const git_oid& oid);
std::string_view blob_text(const git_blob* blob);
// The blob's size in bytes from its header, without reading its content.
bool blob_size(git_repository* repo, const git_oid& oid, size_t& out);

}  // namespace ck::history
