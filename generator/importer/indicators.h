// Indicators (chỉ tiêu): sentences of the narrative that set a numeric target,
// "… đạt tối thiểu 90%", "100% hồ sơ …", "giảm bình quân 10% biên chế".
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "importer/narrative.h"

namespace ck::importer {

struct ImportedIndicator {
  std::string id;          // "ct-1"
  std::string text;        // the sentence, verbatim
  std::string comparator;  // ">=", "<=", "=", ">", "<"
  double value = 0;
  std::string unit;  // "%", or the word after the number ("lớp")
  int line = 0;
};

// Every target in the blocks' text, numbered in document order.
std::vector<ImportedIndicator> find_indicators(const std::vector<Block>& blocks);

// The sentences of a paragraph: split after '.', '!' or '?' followed by a
// space and a capital ("… thực hiện. Hạn chế …"); not after a short
// abbreviation in capitals ("TP. Hải Phòng").
std::vector<std::string> split_sentences(std::string_view text);

struct Target {
  std::string comparator;
  double value = 0;
  std::string unit;
};
// The targets in one sentence, in order.
std::vector<Target> find_targets(std::string_view sentence);

}  // namespace ck::importer
