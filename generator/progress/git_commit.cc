#include "progress/git_commit.h"

#include <git2.h>

#include "history/git_handles.h"
#include "util/text.h"

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

// "Nguyễn Văn A <a@example.vn>" -> name, email.
bool parse_author(const std::string& s, std::string& name, std::string& email) {
  auto lt = s.rfind('<');
  auto gt = s.rfind('>');
  if (lt == std::string::npos || gt == std::string::npos || gt < lt || gt != s.size() - 1) return false;
  name = trim(s.substr(0, lt));
  email = trim(s.substr(lt + 1, gt - lt - 1));
  return !name.empty() && !email.empty();
}

}  // namespace

std::string commit_files(const CommitRequest& req, std::string& error) {
  history::GitLibrary lib;
  std::string why_not;
  RepositoryPtr repo = open_enclosing_repository(req.source, why_not);
  if (!repo) {
    error = req.source.string() + ": " + why_not + " — bỏ --commit, hoặc chạy trong kho nội dung";
    return "";
  }
  const char* workdir = git_repository_workdir(repo.get());
  if (!workdir) {
    error = "kho git không có thư mục làm việc (bare) — không ghi được";
    return "";
  }
  std::error_code ec;
  auto root = std::filesystem::canonical(workdir, ec);

  git_signature* sig = nullptr;
  std::string name, email;
  if (!req.author.empty()) {
    if (!parse_author(req.author, name, email) || git_signature_now(&sig, name.c_str(), email.c_str()) != 0) {
      error = "--author \"" + req.author + "\" phải có dạng \"Họ tên <email>\"";
      return "";
    }
  } else if (git_signature_default(&sig, repo.get()) != 0) {
    error =
        "git chưa biết người ghi: đặt git config user.name và user.email, hoặc dùng --author \"Họ tên "
        "<email>\"";
    return "";
  }
  SignaturePtr author(sig);

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
  git_signature* committer_raw = nullptr;
  SignaturePtr committer;
  if (git_signature_default(&committer_raw, repo.get()) == 0) committer.reset(committer_raw);
  const git_commit* parents[] = {head.get()};
  if (git_commit_create(&commit_oid, repo.get(), "HEAD", author.get(),
                        committer ? committer.get() : author.get(), "UTF-8", req.message.c_str(),
                        new_tree.get(), 1, parents) != 0) {
    error = "không tạo được commit: " + git_error_text();
    return "";
  }
  git_index_write(repo_index.get());
  return history::oid_hex(commit_oid);
}

}  // namespace ck::progress
