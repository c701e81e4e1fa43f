// Replacing a file without ever writing through a symbolic link: the bytes go
// into a fresh temporary file made beside the target (O_EXCL: never an
// existing file or link), which is then renamed over it. A crash leaves the
// old file or the new one; a link at the target is replaced, not followed.
#pragma once
#include <filesystem>
#include <string>

namespace ck {

// False, with `error` (Vietnamese, naming the file) set, when it failed; the
// temporary file is then removed. The target's folder must exist.
// `sync` false leaves out the fsync before the rename: only for a file whose
// reader detects damage (a checksummed cache), where a crash may then leave a
// damaged file, costs a rebuild, and the fsync cost tens of ms on every save.
bool replace_file(const std::filesystem::path& path, const std::string& content, std::string& error,
                  bool sync = true);

}  // namespace ck
