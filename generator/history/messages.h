// The history stage's words for people, in one place (Vietnamese).
#pragma once
#include <string>

#include "history/history.h"

namespace ck::history::msg {

std::string not_a_repository();
std::string empty_repository();
std::string unreadable_head(const std::string& why);
std::string shallow_clone(const CommitInfo* boundary);
std::string cache_rewritten();
std::string cache_other_clone();

// Notes, after "commit abc1234: ".
std::string note_prefix(const std::string& commit_id);
std::string unreadable_tree(const std::string& why);
std::string unreadable_blob(const std::string& path, const std::string& why);
std::string invalid_version(const std::string& path, const std::string& reason);
std::string too_large_version(const std::string& path, size_t bytes, size_t max_bytes);
std::string invalid_json(int line, int column);
std::string no_task_list();
std::string invalid_utf8_task(size_t index);

// Why a commit marked "Thay-doi: nho" is not minor (history/minor_change.h).
std::string minor_task_field(const std::string& field, const std::string& task_id);
std::string minor_task_added_or_removed(bool added, const std::string& task_id);
std::string minor_plan_field(const std::string& field, const std::string& plan);
std::string minor_plan_added_or_removed(bool added, const std::string& plan);
std::string minor_refused(const CommitInfo& commit, const std::string& why);

}  // namespace ck::history::msg
