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

}  // namespace ck::history::msg
