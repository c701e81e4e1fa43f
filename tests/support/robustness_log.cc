// Every test that records robustness_class / robustness_cases /
// robustness_outcome (RecordProperty) gets one JSON line appended to
// CK_ROBUSTNESS_LOG when it ends, with whether it passed; scripts/robustness-report.py
// turns the lines into docs/robustness.md's table. One write(2) per line on an
// O_APPEND file, so tests running at once never overwrite each other (per-binary
// XML files did: ctest runs each test as its own process).
#include <fcntl.h>
#include <unistd.h>

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

class RobustnessLog : public ::testing::EmptyTestEventListener {
  void OnTestEnd(const ::testing::TestInfo& info) override {
    const ::testing::TestResult* result = info.result();
    nlohmann::json line;
    for (int i = 0; i < result->test_property_count(); ++i) {
      const ::testing::TestProperty& p = result->GetTestProperty(i);
      std::string key = p.key();
      if (key.rfind("robustness_", 0) == 0) line[key.substr(11)] = p.value();
    }
    if (!line.contains("class")) return;
    line["test"] = std::string(info.test_suite_name()) + "." + info.name();
    line["result"] = result->Skipped() ? "skipped" : result->Passed() ? "passed" : "failed";
    std::string text = line.dump() + "\n";
    int fd = ::open(CK_ROBUSTNESS_LOG, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) return;
    ssize_t written = ::write(fd, text.data(), text.size());
    (void)written;
    ::close(fd);
  }
};

// Registered before main runs: every test binary links this file.
const bool registered = [] {
  ::testing::UnitTest::GetInstance()->listeners().Append(new RobustnessLog);
  return true;
}();

}  // namespace
