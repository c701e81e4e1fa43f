// A deadline reading override ("cach_hieu_thoi_han") as the history records
// it (compact JSON, history.h) read back into a Deadline, so slippage and the
// pages read an old override the way the loader reads the current one.
#pragma once
#include <optional>
#include <string>

#include "deadline/deadline.h"

namespace ck::history {

// nullopt for "" (no override) and for text that is not a JSON object; a date
// that is not on the calendar is left out. `text` is the deadline cell beside it.
std::optional<Deadline> override_deadline(const std::string& override_json, const std::string& text = "");

}  // namespace ck::history
