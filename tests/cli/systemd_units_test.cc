// The systemd service and timer `congkhai init` writes (scaffold/kho/systemd/):
// `systemd-analyze verify` accepts them, and the service's commands, run in
// order against a clone, pull and rebuild the site in place.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "cli/commune_repo_fixture.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using testing::run_command;
using testing::TempDir;

std::string q(const fs::path& p) { return testing::shell_quote(p); }

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

// What verify says about a unit: an unknown key or an unparsable value is
// only a warning to it ("…, ignoring"), so the test reads its output too.
testing::CommandResult verify(const fs::path& dir, const std::string& units) {
  return run_command("cd " + q(dir) + " && SYSTEMD_LOG_COLOR=0 systemd-analyze verify " + units);
}

bool warns(const std::string& output) {
  return output.find("ignoring") != std::string::npos || output.find("Unknown") != std::string::npos ||
         output.find("bad") != std::string::npos;
}

class SystemdUnits : public ::testing::Test {
 protected:
  void SetUp() override {
    if (run_command("command -v systemd-analyze").exit_code != 0)
      GTEST_SKIP() << "systemd-analyze is not installed (package systemd)";
    auto r = testing::make_commune_repo(dir_);
    ASSERT_EQ(r.exit_code, 0) << r.output;
  }
  // The unit with the installed binary's path replaced by the built one.
  std::string unit(const std::string& name) {
    return replace_all(testing::read_file(dir_.path() / "kho/systemd" / name), "/usr/bin/congkhai",
                       testing::congkhai_binary());
  }
  TempDir dir_;
};

TEST_F(SystemdUnits, VerifyAcceptsTheServiceAndTheTimer) {
  dir_.write("units/congkhai-xay-dung.service", unit("congkhai-xay-dung.service"));
  dir_.write("units/congkhai-xay-dung.timer", unit("congkhai-xay-dung.timer"));
  auto r = verify(dir_.path() / "units", "./congkhai-xay-dung.service ./congkhai-xay-dung.timer");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_FALSE(warns(r.output)) << r.output;
  EXPECT_THAT(run_command("systemd-analyze calendar '*-*-* 00:05:00 Asia/Ho_Chi_Minh'").output,
              HasSubstr("Normalized form: *-*-* 00:05:00 Asia/Ho_Chi_Minh"));

  // The check sees a mistake: a misspelt key, and a time that does not exist.
  dir_.write("bad/congkhai-xay-dung.timer",
             replace_all(replace_all(unit("congkhai-xay-dung.timer"), "Persistent=", "Persistant="),
                         "00:05:00", "24:05:00"));
  dir_.write("bad/congkhai-xay-dung.service", unit("congkhai-xay-dung.service"));
  r = verify(dir_.path() / "bad", "./congkhai-xay-dung.timer");
  EXPECT_TRUE(r.exit_code != 0 || warns(r.output)) << r.output;
  EXPECT_THAT(r.output, HasSubstr("Persistant"));
}

TEST_F(SystemdUnits, TheServiceCommandsPullAndRebuildTheSiteInPlace) {
  // A server's clone of the commune's repository, and its web root.
  fs::path forge = dir_.path() / "forge.git", clone = dir_.path() / "srv/tien-lang",
           www = dir_.path() / "www";
  ASSERT_EQ(run_command("git clone -q --bare " + q(dir_.path() / "kho") + " " + q(forge) +
                        " && git clone -q " + q(forge) + " " + q(clone))
                .exit_code,
            0);
  fs::create_directories(www);
  std::string service = replace_all(unit("congkhai-xay-dung.service"), "/var/www/congkhai", www.string());
  std::vector<std::string> commands;
  std::smatch m;
  std::istringstream lines(service);
  for (std::string line; std::getline(lines, line);) {
    if (std::regex_match(line, m, std::regex("WorkingDirectory=/srv/congkhai/(.*)"))) {
      EXPECT_EQ(m[1], "tien-lang");
    }
    if (line.starts_with("ExecStart=")) commands.push_back(line.substr(10));
  }
  ASSERT_EQ(commands.size(), 2u) << service;
  auto run_service = [&] {
    for (const auto& c : commands) {
      auto r = run_command("cd " + q(clone) + " && XDG_CACHE_HOME=" + q(dir_.path() / "cache") + " " + c);
      if (r.exit_code != 0) return r;
    }
    return testing::CommandResult{0, ""};
  };
  auto r = run_service();
  ASSERT_EQ(r.exit_code, 0) << r.output;
  // The web root of the unit (/var/www/congkhai/tien-lang) holds the portal.
  EXPECT_TRUE(fs::is_regular_file(www / "tien-lang/index.html"));
  EXPECT_TRUE(fs::is_regular_file(www / "tien-lang/tien-lang/cchc-2027/index.html"));
  EXPECT_FALSE(fs::exists(www / "tien-lang/tien-lang/cchc-2028"));

  // A clerk pushes a new plan; the next night's run pulls it and swaps the site.
  ASSERT_EQ(
      testing::congkhai_cli("new ke-hoach tien-lang/cchc-2028 --ky 2028 --source " + q(dir_.path() / "kho"))
          .exit_code,
      0);
  ASSERT_EQ(run_command("cd " + q(dir_.path() / "kho") +
                        " && git add -A && git -c user.name=VP -c user.email=vp@example.org commit -q -m "
                        "'Thêm kế hoạch 2028'"
                        " && git push -q " +
                        q(forge) + " main")
                .exit_code,
            0);
  r = run_service();
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_TRUE(fs::is_regular_file(www / "tien-lang/tien-lang/cchc-2028/index.html"));
}

}  // namespace
}  // namespace ck
