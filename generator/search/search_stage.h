// search: the build stage that turns the model into the static search index
// (see index_files.h for the files, query.h for how a query runs).
#pragma once
#include <map>
#include <string>

#include "search/corpus.h"
#include "search/index_files.h"

namespace ck::search {

// Site-relative path -> content of every index file.
std::map<std::string, std::string> build_search_index(const CorpusInput& input, const ShardLimits& limits = {});

}  // namespace ck::search
