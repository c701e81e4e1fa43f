#include "progress/git_commit.h"

#include <git2.h>

#include <cstdlib>

#include "history/git_handles.h"
#include "progress/git_identity.h"

namespace ck::progress {

using history::CommitPtr;
using history::git_error_text;
using history::open_enclosing_repository;
using history::GitPtr;
using history::RepositoryPtr;
using history::TreePtr;
using IndexPtr = GitPtr<git_index, git_index_free>;
using SignaturePtr = GitPtr<git_signature, git_signature_free>;

namespace {

std::string config_value(git_repository* repo, const std::string& key) {
  git_config* raw = nullptr;
  if (git_repository_config_snapshot(&raw, repo) != 0) return "";
  GitPtr<git_config, git_config_free> config(raw);
  const char* value = nullptr;
  if (git_config_get_string(&value, config.get(), key.c_str()) != 0 || !value) return "";
  return value;
}

std::optional<GitIdentity> identity_for(git_repository* repo, const std::string& author, std::string& error) {
  auto env = [](const std::string& name) {
    const char* v = std::getenv(name.c_str());
    return std::string(v ? v : "");
  };
  auto config = [repo](const std::string& key) { return config_value(repo, key); };
  return resolve_git_identity(author, env, config, error);
}

SignaturePtr signature(const GitPerson& p, std::string& error) {
  git_signature* raw = nullptr;
  int rc = p.when ? git_signature_new(&raw, p.name.c_str(), p.email.c_str(), p.when->seconds, p.when->offset_minutes)
                  : git_signature_now(&raw, p.name.c_str(), p.email.c_str());
  if (rc != 0) error = "người ghi \"" + p.name + " <" + p.email + ">\" không hợp lệ: " + git_error_text();
  return SignaturePtr(raw);
}

RepositoryPtr open_for_commit(const CommitRequest& req, std::string& error) {
  std::string why_not;
  RepositoryPtr repo = open_enclosing_repository(req.source, why_not);
  if (!repo) {
    error = req.source.string() + ": " + why_not + " — bỏ --commit, hoặc chạy trong kho nội dung";
    return repo;
  }
  git_oid head;
  if (!git_repository_workdir(repo.get()))
    error = "kho git không có thư mục làm việc (bare) — không ghi được";
  else if (git_reference_name_to_id(&head, repo.get(), "HEAD") != 0)
    error = "kho git chưa có commit nào (HEAD) — ghi commit đầu tiên trước";
  else
    identity_for(repo.get(), req.author, error);  // sets `error` when the author or a date is wrong
  if (!error.empty()) repo.reset();
  return repo;
}

}  // namespace

std::string commit_problem(const CommitRequest& req) {
  history::GitLibrary lib;
  std::string error;
  open_for_commit(req, error);
  return error;
}

std::string commit_files(const CommitRequest& req, std::string& error) {
  history::GitLibrary lib;
  RepositoryPtr repo = open_for_commit(req, error);
  if (!repo) return "";
  std::error_code ec;
  auto root = std::filesystem::canonical(git_repository_workdir(repo.get()), ec);
  auto identity = identity_for(repo.get(), req.author, error);
  if (!identity) return "";
  SignaturePtr author = signature(identity->author, error);
  SignaturePtr committer = author ? signature(identity->committer, error) : SignaturePtr();
  if (!author || !committer) return "";

  git_oid head_oid;
  if (git_reference_name_to_id(&head_oid, repo.get(), "HEAD") != 0) {
    error = "kho git chưa có commit nào (HEAD) — ghi commit đầu tiên trước";
    return "";
  }
  git_commit* head_raw = nullptr;
  git_commit_lookup(&head_raw, repo.get(), &head_oid);
  CommitPtr head(head_raw);
  git_tree* tree_raw = nullptr;
  git_commit_tree(&tree_raw, head.get());
  TreePtr head_tree(tree_raw);

  git_index* idx_raw = nullptr;
  git_index_new(&idx_raw);
  IndexPtr index(idx_raw);
  git_index* repo_idx_raw = nullptr;
  git_repository_index(&repo_idx_raw, repo.get());
  IndexPtr repo_index(repo_idx_raw);
  if (!index || !repo_index || git_index_read_tree(index.get(), head_tree.get()) != 0) {
    error = "không đọc được cây thư mục của HEAD: " + git_error_text();
    return "";
  }
  git_index_read(repo_index.get(), 0);
  for (const auto& file : req.files) {
    auto abs = std::filesystem::canonical(file, ec);
    std::string rel = ec ? "" : std::filesystem::relative(abs, root, ec).generic_string();
    if (ec || rel.empty() || rel.rfind("..", 0) == 0) {
      error = file.string() + ": nằm ngoài kho git " + root.string();
      return "";
    }
    std::string bytes;
    {
      std::FILE* f = std::fopen(abs.c_str(), "rb");
      if (!f) {
        error = file.string() + ": không đọc được";
        return "";
      }
      char buf[65536];
      size_t n;
      while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
      std::fclose(f);
    }
    git_index_entry entry{};
    entry.mode = GIT_FILEMODE_BLOB;
    entry.path = rel.c_str();
    entry.file_size = static_cast<uint32_t>(bytes.size());
    if (git_blob_create_from_buffer(&entry.id, repo.get(), bytes.data(), bytes.size()) != 0 ||
        git_index_add(index.get(), &entry) != 0 || git_index_add_bypath(repo_index.get(), rel.c_str()) != 0) {
      error = rel + ": không thêm được vào commit: " + git_error_text();
      return "";
    }
  }
  git_oid tree_oid, commit_oid;
  if (git_index_write_tree_to(&tree_oid, index.get(), repo.get()) != 0) {
    error = "không ghi được cây thư mục: " + git_error_text();
    return "";
  }
  git_tree* new_tree_raw = nullptr;
  git_tree_lookup(&new_tree_raw, repo.get(), &tree_oid);
  TreePtr new_tree(new_tree_raw);
  const git_commit* parents[] = {head.get()};
  if (git_commit_create(&commit_oid, repo.get(), "HEAD", author.get(), committer.get(), "UTF-8", req.message.c_str(),
                        new_tree.get(), 1, parents) != 0) {
    error = "không tạo được commit: " + git_error_text();
    return "";
  }
  git_index_write(repo_index.get());
  return history::oid_hex(commit_oid);
}

}  // namespace ck::progress
