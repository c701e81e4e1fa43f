// The part of a History kept between runs (commits … notes and
// shallow_boundary: see CacheState) as bytes and back, for the history cache
// (history_cache.h). The same field-list codec as the load cache
// (util/field_codec.h).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "history/history.h"
#include "util/byte_codec.h"

namespace ck::history {

void append_history_bytes(const History& h, ByteWriter& out);
// Nullopt when the bytes are not what append_history_bytes wrote (a value out
// of range, a commit index past the commits); reads up to the end of `in`'s
// history and leaves `in` after it.
std::optional<History> read_history_bytes(ByteReader& in);

}  // namespace ck::history
