// UTF-8 checking on the hot path: every task text and commit message history
// reads. Mostly ASCII, so ASCII is skipped eight bytes at a time.
#pragma once
#include <cstddef>
#include <string_view>

namespace ck::history {

// Byte offset of the first byte that does not start a valid UTF-8 sequence
// (overlong forms, surrogates and code points over U+10FFFF are invalid), or
// npos. Same answer as ck::find_invalid_utf8, several times faster.
size_t first_invalid_utf8(std::string_view s);

}  // namespace ck::history
