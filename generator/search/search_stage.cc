#include "search/search_stage.h"

namespace ck::search {

std::map<std::string, std::string> build_search_index(const CorpusInput& input, const ShardLimits& limits) {
  return write_index(collect_corpus(input), limits);
}

}  // namespace ck::search
