// `congkhai progress apply`: a returned form into the plan files. Read the
// workbook, check every cell, compare with the plans as they are now, say
// what will change in words, then write each changed plan file atomically
// with the smallest textual change and, when asked, commit it. Any error or
// conflict: nothing is written, every problem is listed.
#pragma once
#include <filesystem>
#include <string>

#include "util/civil_date.h"

namespace ck::progress {

struct ApplyRequest {
  std::filesystem::path form;
  std::filesystem::path source = ".";
  bool dry_run = false;
  bool commit = false;
  std::string author;  // for --commit; empty = git config
  CivilDate today;     // completion dates cannot be later
};

struct ApplyResult {
  int exit_code = 0;   // 0 applied or nothing to do, 1 errors in the form or the content
  std::string output;  // for people, Vietnamese, one item per line
  std::string commit;  // the new commit's id with --commit
};

ApplyResult apply_form(const ApplyRequest& request);

}  // namespace ck::progress
