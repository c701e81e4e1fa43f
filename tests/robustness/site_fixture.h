// Shared by the robustness suites: run the congkhai binary on a source
// directory, and read a built site back as path -> bytes.
#pragma once
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include "support/test_support.h"

namespace ck::robustness {

namespace fs = std::filesystem;

inline std::string q(const fs::path& p) { return testing::shell_quote(p); }

inline testing::CommandResult congkhai(const std::string& args) {
  return testing::run_command(testing::congkhai_binary() + " " + args);
}

inline testing::CommandResult build(const fs::path& source, const fs::path& out,
                                    const std::string& today = "2026-03-01") {
  return congkhai("build --source " + q(source) + " --out " + q(out) + " --today " + today);
}

using testing::snapshot;

// The figures docs/robustness.md's table is generated from (one row per test,
// see tests/support/robustness_log.cc): the class of bad input or fault, how
// many cases the test really ran, and what the tool does with them.
inline void record_robustness(const std::string& klass, size_t cases, const std::string& outcome) {
  ::testing::Test::RecordProperty("robustness_class", klass);
  ::testing::Test::RecordProperty("robustness_cases", static_cast<int>(cases));
  ::testing::Test::RecordProperty("robustness_outcome", outcome);
}

// Bad input: every case starts from a good site already built, then breaks
// one thing in the source and expects a refusal that leaves the site as it was.
class BadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::write_minimal_portal(dir_);
    auto first = build(dir_.path(), out(), "2026-03-01");
    ASSERT_EQ(first.exit_code, 0) << first.output;
    before_ = snapshot(out());
  }
  fs::path out() const { return dir_.path() / "site"; }
  fs::path src(const std::string& rel) const { return dir_.path() / rel; }
  void write(const std::string& rel, const std::string& text) const { dir_.write(rel, text); }
  std::string plan_json() const { return dir_.read("data/xa-thu/kh-2026.json"); }
  void edit_plan_json(const std::string& from, const std::string& to) const {
    std::string json = plan_json();
    size_t at = json.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    json.replace(at, from.size(), to);
    write("data/xa-thu/kh-2026.json", json);
  }

  // Builds (a later day, so a leak of any new page would show) and expects a
  // refusal that prints `message`, with the old site untouched.
  void expect_refused(const std::string& message) {
    auto r = build(dir_.path(), out(), "2026-03-02");
    EXPECT_EQ(r.exit_code, 1) << r.output;
    EXPECT_THAT(r.output, ::testing::HasSubstr(message));
    EXPECT_THAT(r.output, ::testing::HasSubstr("thư mục đầu ra giữ nguyên"));
    EXPECT_TRUE(snapshot(out()) == before_) << "the previous site changed";
    last_output_ = r.output;
    ++refused_;
  }

  testing::TempDir dir_;
  std::map<std::string, std::string> before_;
  std::string last_output_;
  size_t refused_ = 0;  // builds expect_refused ran: the cases a test records
};

}  // namespace ck::robustness
