// `progress apply --commit` takes who and when from git's environment as git
// does (GIT_AUTHOR_*, GIT_COMMITTER_*), so a CI job or a fixture commits
// with a fixed identity and date; a date git would not read is an error
// before anything is written, never a silent "now".
#include "progress/git_identity.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "progress/form_fixture.h"

namespace ck {
namespace {

using progress::GitTime;
using progress::parse_git_date;
using progress::resolve_git_identity;
using testing::FormRepo;
using ::testing::HasSubstr;

// 2026-08-20 08:35:00 +0700 = 01:35:00 UTC.
constexpr long long k0835 = 1787189700;

GitTime date(const std::string& text) {
  std::string error;
  auto t = parse_git_date(text, error);
  EXPECT_TRUE(t) << text << ": " << error;
  return t.value_or(GitTime{-1, -1});
}

TEST(GitDate, ReadsGitsExactFormats) {
  EXPECT_EQ(date("2026-08-20T08:35:00+07:00"), (GitTime{k0835, 420}));
  EXPECT_EQ(date("2026-08-20 08:35:00 +0700"), (GitTime{k0835, 420}));
  EXPECT_EQ(date("2026-08-20T08:35+07"), (GitTime{k0835, 420}));
  EXPECT_EQ(date("2026-08-20T01:35:00.250Z"), (GitTime{k0835, 0}));
  EXPECT_EQ(date("2026-02-10T20:30:00-05:00"), (GitTime{1770773400, -300}));
  EXPECT_EQ(date("1787189700 +0700"), (GitTime{k0835, 420}));  // git's internal format
  EXPECT_EQ(date("@1787189700 +0700"), (GitTime{k0835, 420}));
  EXPECT_EQ(date("@1787189700 -0130"), (GitTime{k0835, -90}));
  EXPECT_EQ(date("Thu, 20 Aug 2026 08:35:00 +0700"), (GitTime{k0835, 420}));  // RFC 2822, git log %aD
  EXPECT_EQ(date("20 Aug 2026 08:35 +0700"), (GitTime{k0835, 420}));
  EXPECT_EQ(date("  2026-08-20T08:35:00+07:00\n"), (GitTime{k0835, 420}));
}

TEST(GitDate, WithoutAZoneIsLocalTimeAsInGit) {
  setenv("TZ", "Asia/Ho_Chi_Minh", 1);
  tzset();
  EXPECT_EQ(date("2026-08-20T08:35:00"), (GitTime{k0835, 420}));
  EXPECT_EQ(date("@1787189700"), (GitTime{k0835, 420}));
  unsetenv("TZ");
  tzset();
}

TEST(GitDate, WhatGitWouldNotReadExactlyIsAnErrorNotNow) {
  RecordProperty("robustness_class", "GIT_AUTHOR_DATE / GIT_COMMITTER_DATE git does not read exactly");
  const char* bad[] = {"",
                       "hôm qua",
                       "yesterday",
                       "2 weeks ago",
                       "20/08/2026",
                       "2026-08-20",  // a day without a time: the time would be guessed
                       "2026-13-01T08:00:00+07:00",
                       "2026-02-30T08:00:00+07:00",
                       "2026-08-20T24:00:00+07:00",
                       "2026-08-20T08:60:00+07:00",
                       "2026-08-20T08:35:00+25:00",
                       "2026-08-20T08:35:00 GMT+7",
                       "1787189700",  // a bare number: git's approxidate guesses
                       "@",
                       "@99999999999999999999 +0700",
                       "Thu, 20 Aug 2026 08:35:00",
                       "Thu, 20 Foo 2026 08:35:00 +0700",
                       "2026-08-20T08:35:00+07:00 extra"};
  for (const char* text : bad) {
    std::string error;
    EXPECT_FALSE(parse_git_date(text, error)) << text;
    EXPECT_THAT(error, HasSubstr("không phải ngày giờ git đọc được")) << text;
    EXPECT_THAT(error, HasSubstr("2026-08-20T08:35:00+07:00")) << text;  // says what to write
  }
  RecordProperty("robustness_cases", static_cast<int>(std::size(bad)));
  RecordProperty("robustness_outcome",
                 "a Vietnamese error naming the formats git reads; never the current time");
}

struct Env {
  std::map<std::string, std::string> vars, config;
  progress::Lookup env() const {
    return [this](const std::string& k) { return vars.count(k) ? vars.at(k) : ""; };
  }
  progress::Lookup cfg() const {
    return [this](const std::string& k) { return config.count(k) ? config.at(k) : ""; };
  }
};

TEST(GitIdentity, EnvironmentOverConfigAndAuthorOptionOverBoth) {
  Env e;
  e.config = {{"user.name", "Cấu hình"}, {"user.email", "cau-hinh@example.vn"}};
  std::string error;
  auto id = resolve_git_identity("", e.env(), e.cfg(), error);
  ASSERT_TRUE(id) << error;
  EXPECT_EQ(id->author.name, "Cấu hình");
  EXPECT_EQ(id->committer.email, "cau-hinh@example.vn");
  EXPECT_FALSE(id->author.when);  // now
  EXPECT_FALSE(id->committer.when);

  e.vars = {{"GIT_AUTHOR_NAME", "Cán bộ Văn hóa"},
            {"GIT_AUTHOR_EMAIL", "vhxh@example.vn"},
            {"GIT_AUTHOR_DATE", "2026-08-20T08:35:00+07:00"},
            {"GIT_COMMITTER_NAME", "Công khai CI"},
            {"GIT_COMMITTER_DATE", "@1787189760 +0700"}};
  id = resolve_git_identity("", e.env(), e.cfg(), error);
  ASSERT_TRUE(id) << error;
  EXPECT_EQ(id->author.name, "Cán bộ Văn hóa");
  EXPECT_EQ(id->author.email, "vhxh@example.vn");
  EXPECT_EQ(id->author.when, (GitTime{k0835, 420}));
  EXPECT_EQ(id->committer.name, "Công khai CI");
  EXPECT_EQ(id->committer.email, "cau-hinh@example.vn");  // each field falls back on its own, as in git
  EXPECT_EQ(id->committer.when, (GitTime{k0835 + 60, 420}));

  id = resolve_git_identity("Người tải lên <tai-len@example.vn>", e.env(), e.cfg(), error);
  ASSERT_TRUE(id) << error;
  EXPECT_EQ(id->author.name, "Người tải lên");  // --author wins over GIT_AUTHOR_NAME, as git commit --author
  EXPECT_EQ(id->author.when, (GitTime{k0835, 420}));  // the date still comes from GIT_AUTHOR_DATE
}

TEST(GitIdentity, NoAuthorAnywhereOrABadDateIsAnError) {
  Env e;
  std::string error;
  EXPECT_FALSE(resolve_git_identity("", e.env(), e.cfg(), error));
  EXPECT_THAT(error, HasSubstr("GIT_AUTHOR_NAME"));
  e.vars = {{"GIT_AUTHOR_NAME", "A"}, {"GIT_AUTHOR_EMAIL", "a@example.vn"}, {"GIT_COMMITTER_DATE", "mai"}};
  error.clear();
  EXPECT_FALSE(resolve_git_identity("", e.env(), e.cfg(), error));
  EXPECT_THAT(error, HasSubstr("GIT_COMMITTER_DATE: \"mai\" không phải ngày giờ git đọc được"));
  error.clear();
  EXPECT_FALSE(resolve_git_identity("không có email", e.env(), e.cfg(), error));
  EXPECT_THAT(error, HasSubstr("phải có dạng \"Họ tên <email>\""));
}

const char* kFill = R"js({"cells": [
  {"task": "nv-2", "column": "Tiến độ (%)", "value": 70, "as": "number"}]})js";

// The repository's own git config names nobody: only the environment can.
std::string env_apply(const FormRepo& r, const std::string& vars, const std::filesystem::path& form) {
  return "env -u GIT_AUTHOR_NAME -u GIT_AUTHOR_EMAIL -u GIT_COMMITTER_NAME -u GIT_COMMITTER_EMAIL HOME=" +
         testing::q(r.dir.path()) + " " + vars + " " + testing::congkhai_binary() + " progress apply " +
         testing::q(form) + " --source " + testing::q(r.repo) + " --today 2026-11-22 --commit";
}

TEST(ProgressApplyCommit, AuthorCommitterAndDatesComeFromGitsEnvironment) {
  FormRepo r;
  auto filled = r.fill(r.export_form(), kFill);
  auto applied = testing::run_command(
      env_apply(r,
                "GIT_AUTHOR_NAME='Cán bộ Văn hóa' GIT_AUTHOR_EMAIL=vhxh@example.vn "
                "GIT_AUTHOR_DATE='2026-11-22T08:35:00+07:00' GIT_COMMITTER_NAME='Công khai CI' "
                "GIT_COMMITTER_EMAIL=ci@example.vn GIT_COMMITTER_DATE='@1795312560 -0500'",
                filled));
  ASSERT_EQ(applied.exit_code, 0) << applied.output;
  EXPECT_EQ(r.git("log -1 --format='%an|%ae|%aI|%cn|%ce|%cI'").output,
            "Cán bộ Văn hóa|vhxh@example.vn|2026-11-22T08:35:00+07:00|Công khai CI|ci@example.vn|"
            "2026-11-21T20:56:00-05:00\n");
}

TEST(ProgressApplyCommit, AnInvalidDateIsAnErrorAndNothingIsWritten) {
  FormRepo r;
  auto filled = r.fill(r.export_form(), kFill);
  std::string before = r.plan();
  std::string head = r.git("rev-parse HEAD").output;
  auto applied = testing::run_command(
      env_apply(r, "GIT_AUTHOR_NAME=A GIT_AUTHOR_EMAIL=a@example.vn GIT_AUTHOR_DATE='hôm qua'", filled));
  EXPECT_EQ(applied.exit_code, 1) << applied.output;
  EXPECT_THAT(applied.output, HasSubstr("GIT_AUTHOR_DATE: \"hôm qua\" không phải ngày giờ git đọc được"));
  EXPECT_THAT(applied.output, HasSubstr("chưa ghi gì"));
  EXPECT_EQ(r.plan(), before);
  EXPECT_EQ(r.git("rev-parse HEAD").output, head);
}

}  // namespace
}  // namespace ck
