// Whether a path of the content repository stays inside it once symlinks and
// ".." are resolved: a clerk's (or an attacker's) repository must not make the
// build read, and publish, files from elsewhere on the build machine.
#pragma once
#include <filesystem>

namespace ck {

// True when `path` (absolute, or relative to the working directory) resolves
// to `root` itself or something below it. A missing tail is resolved lexically.
bool resolves_inside(const std::filesystem::path& root, const std::filesystem::path& path);

}  // namespace ck
