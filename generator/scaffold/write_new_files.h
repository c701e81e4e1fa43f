// Writing scaffold files into a folder without touching what is there: an
// existing file (or link) is kept, never overwritten or followed.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "scaffold/scaffold.h"

namespace ck::scaffold {

struct WriteReport {
  std::vector<std::string> written;  // repository-relative paths, in the order given
  std::vector<std::string> kept;     // already there, left as they were
};

// False, with `error` (Vietnamese, naming the file) set, when a file could not
// be written; files written before it stay.
bool write_new_files(const std::filesystem::path& root, const std::vector<File>& files, WriteReport& report,
                     std::string& error);

// The first few entries of `dir` ("" when it is empty or does not exist), to
// say why `init` refuses it. A lone `.git` does not count: a repository just
// made on a forge and cloned is where a clerk would run `init`.
std::string existing_entries(const std::filesystem::path& dir);

}  // namespace ck::scaffold
