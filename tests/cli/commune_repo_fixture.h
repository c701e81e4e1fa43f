// A commune repository made by `congkhai init`, committed, for the tests of
// init, its CI templates and its systemd units.
#pragma once
#include <filesystem>
#include <string>

#include "support/test_support.h"

namespace ck::testing {

inline constexpr const char* kScaffoldImage = "ghcr.io/vi-du/congkhai:1.0";
inline constexpr const char* kScaffoldBaseUrl = "https://cong-khai.tienlang.example.gov.vn/";

inline CommandResult congkhai_cli(const std::string& args) {
  return run_command(congkhai_binary() + " " + args);
}

// `congkhai init` + `congkhai new ke-hoach` into dir/kho, then one commit
// `days_ago` days back (the keepalive job looks at its date).
inline CommandResult make_commune_repo(const TempDir& dir, int days_ago = 0) {
  namespace fs = std::filesystem;
  fs::path repo = dir.path() / "kho";
  auto r =
      congkhai_cli("init " + shell_quote(repo) + " --commune tien-lang --ten 'Xã Tiên Lãng' --base-url " +
                   kScaffoldBaseUrl + " --image " + kScaffoldImage);
  if (r.exit_code != 0) return r;
  r = congkhai_cli(
      "new ke-hoach tien-lang/cchc-2027 --ky 2027 --tieu-de 'Kế hoạch cải cách hành chính năm 2027' "
      "--source " +
      shell_quote(repo));
  if (r.exit_code != 0) return r;
  std::string when = "@" + std::to_string(std::time(nullptr) - days_ago * 86400L) + " +0700";
  return run_command("cd " + shell_quote(repo) + " && git add -A && GIT_AUTHOR_DATE='" + when +
                     "' GIT_COMMITTER_DATE='" + when +
                     "' git -c user.name='Văn phòng UBND' -c user.email=vp@example.org commit -q -m 'Tạo kho "
                     "công khai kế hoạch'");
}

}  // namespace ck::testing
