#include "history/as_of.h"

#include <fstream>
#include <set>

#include "history/chain.h"
#include "history/git_handles.h"

namespace ck {

namespace fs = std::filesystem;
using namespace history;

namespace {

constexpr long long kVietnamOffset = 7 * 3600;

// The first-parent chain from `head`, newest first, until `until` is reached:
// the first commit whose commit time is at or before it. Commit times on a
// chain are not always in order (clocks, rebases); the first one found from
// the top is "the last commit on or before" as a reader of `git log
// --first-parent` would take it.
std::optional<git_oid> last_commit_until(git_repository* repo, const git_oid& head, long long until) {
  std::set<std::string> shallow = shallow_commits(repo);
  git_oid id = head;
  for (;;) {
    git_commit* raw = nullptr;
    if (git_commit_lookup(&raw, repo, &id) != 0) return std::nullopt;  // past a shallow clone's edge
    CommitPtr commit(raw);
    if (static_cast<long long>(git_commit_time(raw)) <= until) return id;
    if (git_commit_parentcount(raw) == 0 || shallow.count(oid_hex(id))) return std::nullopt;
    id = *git_commit_parent_id(raw, 0);
  }
}

CivilDate vietnam_day(long long seconds) {
  long long days = (seconds + kVietnamOffset) / 86400;
  return CivilDate::from_days(static_cast<long>(days));
}

struct OpenRepository {
  RepositoryPtr repo;
  std::string prefix;  // the source directory inside the working tree, "" or "site/"
};

std::optional<OpenRepository> open_repository(const fs::path& source_root, std::string& error) {
  std::string why_not;
  OpenRepository r;
  r.repo = open_enclosing_repository(source_root, why_not);
  if (!r.repo) {
    error = "--as-of: thư mục nguồn " + why_not + " nên không biết trạng thái trước đây";
    return std::nullopt;
  }
  r.prefix = source_prefix(r.repo.get(), source_root);
  return r;
}

}  // namespace

std::optional<AsOf> resolve_as_of(const fs::path& source_root, const std::string& value, std::string& error) {
  GitLibrary lib;
  auto open = open_repository(source_root, error);
  if (!open) return std::nullopt;
  git_repository* repo = open->repo.get();
  AsOf as_of;
  if (auto day = CivilDate::parse_iso(value)) {
    git_oid head;
    if (git_reference_name_to_id(&head, repo, "HEAD") != 0) {
      error = "--as-of: kho git chưa có commit nào";
      return std::nullopt;
    }
    as_of.cutoff = day->add_days(1).to_days() * 86400LL - kVietnamOffset - 1;  // 23:59:59 in Vietnam
    auto found = last_commit_until(repo, head, as_of.cutoff);
    if (!found) {
      error = "--as-of " + value + ": không có commit nào (trên nhánh chính) đến hết ngày " + day->vietnamese() +
              " — chọn ngày muộn hơn, hoặc lấy đủ lịch sử (git fetch --unshallow)";
      return std::nullopt;
    }
    as_of.commit = oid_hex(*found);
    as_of.date = *day;
    return as_of;
  }
  git_object* object = nullptr;
  if (git_revparse_single(&object, repo, value.c_str()) != 0) {
    error = "--as-of \"" + value + "\": không phải ngày (YYYY-MM-DD) cũng không phải mã commit có trong kho";
    return std::nullopt;
  }
  git_object* peeled = nullptr;
  int rc = git_object_peel(&peeled, object, GIT_OBJECT_COMMIT);
  git_object_free(object);
  if (rc != 0) {
    error = "--as-of \"" + value + "\": không trỏ tới một commit";
    return std::nullopt;
  }
  CommitPtr commit(reinterpret_cast<git_commit*>(peeled));
  as_of.commit = oid_hex(*git_commit_id(commit.get()));
  as_of.cutoff = git_commit_time(commit.get());
  as_of.date = vietnam_day(as_of.cutoff);
  return as_of;
}

std::string extract_source_tree(const fs::path& source_root, const std::string& commit, const fs::path& dest) {
  GitLibrary lib;
  std::string error;
  auto open = open_repository(source_root, error);
  if (!open) return error;
  git_repository* repo = open->repo.get();
  git_oid id;
  git_commit* raw_commit = nullptr;
  if (!oid_from_hex(commit, id) || git_commit_lookup(&raw_commit, repo, &id) != 0)
    return "--as-of: không đọc được commit " + commit + " (" + git_error_text() + ")";
  CommitPtr owner(raw_commit);
  git_tree* raw_tree = nullptr;
  if (git_commit_tree(&raw_tree, raw_commit) != 0) return "--as-of: không đọc được cây thư mục của commit " + commit;
  TreePtr root(raw_tree);
  TreePtr sub;
  const git_tree* tree = raw_tree;
  if (!open->prefix.empty()) {
    git_tree_entry* entry = nullptr;
    std::string dir = open->prefix.substr(0, open->prefix.size() - 1);
    if (git_tree_entry_bypath(&entry, raw_tree, dir.c_str()) != 0)
      return "--as-of: thư mục nguồn \"" + dir + "\" chưa có trong commit " + commit.substr(0, 7);
    TreeEntryPtr entry_owner(entry);
    git_tree* raw_sub = nullptr;
    if (git_tree_lookup(&raw_sub, repo, git_tree_entry_id(entry)) != 0)
      return "--as-of: \"" + dir + "\" không phải thư mục trong commit " + commit.substr(0, 7);
    sub.reset(raw_sub);
    tree = raw_sub;
  }

  struct Walk {
    git_repository* repo;
    const fs::path* dest;
    std::string error;
  } walk{repo, &dest, ""};
  auto write_entry = [](const char* root_path, const git_tree_entry* entry, void* payload) -> int {
    auto* w = static_cast<Walk*>(payload);
    git_filemode_t mode = git_tree_entry_filemode(entry);
    if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE) return 0;  // trees are walked; links, submodules skipped
    fs::path target = (*w->dest / root_path / git_tree_entry_name(entry)).lexically_normal();
    // A crafted tree could name "..": nothing may land outside the scratch directory.
    if (target.lexically_relative(*w->dest).generic_string().starts_with("..")) return 0;
    std::string bytes;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    std::ofstream out(target, std::ios::binary);
    if (!read_blob(w->repo, *git_tree_entry_id(entry), bytes) || !out.write(bytes.data(), bytes.size())) {
      w->error = "--as-of: không ghi được " + target.string();
      return -1;
    }
    return 0;
  };
  if (git_tree_walk(tree, GIT_TREEWALK_PRE, write_entry, &walk) != 0)
    return walk.error.empty() ? "--as-of: không đọc được tệp của commit " + commit.substr(0, 7) + " (" + git_error_text() + ")"
                              : walk.error;
  return "";
}

namespace history {

bool choose_start(git_repository* repo, const HistoryOptions& options, git_oid& head, History& h) {
  if (!options.start_commit.empty()) {
    git_oid id;
    git_commit* raw = nullptr;
    if (!oid_from_hex(options.start_commit, id) || git_commit_lookup(&raw, repo, &id) != 0) {
      h.state = History::State::Empty;
      h.warning = "không tìm thấy commit " + options.start_commit + " trong kho: chưa có lịch sử đến thời điểm đó";
      return false;
    }
    git_commit_free(raw);
    head = id;
    return true;
  }
  if (!options.until) return true;
  auto found = last_commit_until(repo, head, *options.until);
  if (!found) {
    h.state = History::State::Empty;
    h.warning = "kho chưa có commit nào đến thời điểm đã chọn: chưa có lịch sử";
    return false;
  }
  head = *found;
  return true;
}

}  // namespace history

}  // namespace ck
