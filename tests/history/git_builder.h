// Repositories built in process with libgit2: a commit is a whole file set
// (path → bytes) and its parents, written as blobs and trees directly, with
// no working tree and no `git` process. Fast enough to make hundreds of
// repositories per test run (history_differential_test.cc). Use it while a
// history::GitLibrary is alive.
#pragma once
#include <git2.h>

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "history/git_handles.h"

namespace ck::testing {

using Files = std::map<std::string, std::string>;  // '/'-separated path → content

class GitBuilder {
 public:
  explicit GitBuilder(const std::filesystem::path& dir) {
    git_repository* raw = nullptr;
    check(git_repository_init(&raw, dir.c_str(), 0), "init");
    repo_.reset(raw);
  }

  git_repository* repo() const { return repo_.get(); }

  // A commit of exactly `files`; `time` in seconds since 1970, the author's
  // offset +07:00. Does not move any branch.
  git_oid commit(const Files& files, const std::vector<git_oid>& parents, const std::string& message,
                 long long time, const std::string& author = "Nguyễn Thị Hoà") {
    git_oid tree_id = tree_of(files, "");
    git_tree* tree = nullptr;
    check(git_tree_lookup(&tree, repo(), &tree_id), "tree lookup");
    history::TreePtr tree_owner(tree);
    std::vector<history::CommitPtr> owners;
    std::vector<const git_commit*> parent_ptrs;
    for (const git_oid& p : parents) {
      git_commit* c = nullptr;
      check(git_commit_lookup(&c, repo(), &p), "parent lookup");
      owners.emplace_back(c);
      parent_ptrs.push_back(c);
    }
    git_signature* sig = nullptr;
    check(git_signature_new(&sig, author.c_str(), "hoa@xa-thu.invalid", time, 420), "signature");
    std::unique_ptr<git_signature, void (*)(git_signature*)> sig_owner(sig, git_signature_free);
    git_oid id;
    check(git_commit_create(&id, repo(), nullptr, sig, sig, "UTF-8", message.c_str(), tree,
                            parent_ptrs.size(), parent_ptrs.data()),
          "commit");
    return id;
  }

  // Points refs/heads/main and HEAD at `id`.
  void set_head(const git_oid& id) {
    git_reference* ref = nullptr;
    check(git_reference_create(&ref, repo(), "refs/heads/main", &id, 1, nullptr), "ref");
    git_reference_free(ref);
    check(git_repository_set_head(repo(), "refs/heads/main"), "HEAD");
  }

 private:
  static void check(int rc, const char* what) {
    if (rc != 0) throw std::runtime_error(std::string("libgit2 ") + what + ": " + history::git_error_text());
  }

  // The tree holding every file of `files` under `dir` ("" or "a/b/").
  git_oid tree_of(const Files& files, const std::string& dir) {
    git_treebuilder* raw = nullptr;
    check(git_treebuilder_new(&raw, repo(), nullptr), "treebuilder");
    std::unique_ptr<git_treebuilder, void (*)(git_treebuilder*)> tb(raw, git_treebuilder_free);
    for (auto it = files.lower_bound(dir); it != files.end() && it->first.starts_with(dir);) {
      std::string rest = it->first.substr(dir.size());
      size_t slash = rest.find('/');
      git_oid id;
      if (slash == std::string::npos) {
        check(git_blob_create_from_buffer(&id, repo(), it->second.data(), it->second.size()), "blob");
        check(git_treebuilder_insert(nullptr, tb.get(), rest.c_str(), &id, GIT_FILEMODE_BLOB), "insert");
        ++it;
        continue;
      }
      std::string sub = dir + rest.substr(0, slash + 1);
      id = tree_of(files, sub);
      check(git_treebuilder_insert(nullptr, tb.get(), rest.substr(0, slash).c_str(), &id, GIT_FILEMODE_TREE),
            "insert");
      while (it != files.end() && it->first.starts_with(sub)) ++it;
    }
    git_oid out;
    check(git_treebuilder_write(&out, tb.get()), "tree write");
    return out;
  }

  history::RepositoryPtr repo_;
};

}  // namespace ck::testing
