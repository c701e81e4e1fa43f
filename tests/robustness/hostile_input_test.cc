// Input built to break the tool (issue #13): nesting deep enough to overflow a
// recursive parser, control characters hidden in JSON strings, symlink loops
// and unreadable files, addresses and dates that are not what they claim.
// Each gets a located Vietnamese error and the previous site stays as it was.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "robustness/site_fixture.h"

namespace ck::robustness {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string repeat(std::string_view piece, size_t n) {
  std::string out;
  out.reserve(piece.size() * n);
  for (size_t i = 0; i < n; ++i) out += piece;
  return out;
}

constexpr const char* kTooDeep = "lỗi: dữ liệu lồng nhau quá sâu (hơn 64 cấp";

// 100,000 '[' made the value preview of the error message recurse until the
// stack ran out (SIGSEGV). The limit is checked before anything recursive.
TEST_F(BadInput, DeeplyNestedJsonIsLocated) {
  const std::string san_pham = "\"san_pham\": [\"Kế hoạch của UBND xã\"]";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {repeat("[", 100000) + repeat("]", 100000), "data/xa-thu/kh-2026.json:12:80: "},
      {repeat("[", 100000), "data/xa-thu/kh-2026.json:12:80: "},  // never closed
      {repeat("{\"a\": ", 100000) + "1" + repeat("}", 100000), "data/xa-thu/kh-2026.json:12:385: "},
      {repeat("[", 62) + repeat("]", 62), "data/xa-thu/kh-2026.json:12:80: "},  // one level over
  };
  for (const auto& [value, where] : cases) {
    write("data/xa-thu/kh-2026.json", testing::minimal_plan_json());
    edit_plan_json(san_pham, "\"san_pham\": " + value);
    expect_refused(where + std::string(kTooDeep));
  }
  // Brackets inside a string are text, however many.
  write("data/xa-thu/kh-2026.json", testing::minimal_plan_json());
  edit_plan_json(san_pham, "\"san_pham\": [\"" + repeat("[{", 50000) + "\"]");
  EXPECT_EQ(build(dir_.path(), out(), "2026-03-02").exit_code, 0);
  RecordProperty("robustness_class", "JSON nested too deep (up to 100,000 levels)");
  RecordProperty("robustness_cases", static_cast<int>(cases.size()) + 1);
  RecordProperty("robustness_outcome", "located Vietnamese error before parsing, old site kept");
}

TEST_F(BadInput, DeeplyNestedYamlIsLocated) {
  std::string indented;
  for (int i = 0; i < 70; ++i) indented += std::string(2 * i, ' ') + "a" + std::to_string(i) + ":\n";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"content/xa-thu/kh-2026.md", "---\ntieu_de: " + repeat("[", 100000) + "\nky: 2026\n---\n"},
      {"content/xa-thu/kh-2026.md", "---\ntieu_de: K\nky: 2026\nx:\n  " + repeat("- ", 100000) + "a\n---\n"},
      {"content/xa-thu/kh-2026.md", "---\ntieu_de: K\nky: 2026\n" + indented + "---\n"},
      {"content/xa-thu/_index.md", "---\nten: Xã Thử\nloai: xa\nx: " + repeat("{a: ", 100000) + "\n---\n"},
      {"congkhai.yaml", "tieu_de: Cổng\nmo_ta: " + repeat("[", 100000) + "\n"},
  };
  for (const auto& [file, text] : cases) {
    std::string good = dir_.read(file);
    write(file, text);
    expect_refused(file + ":");
    EXPECT_THAT(last_output_, HasSubstr(kTooDeep)) << file;
    write(file, good);
  }
  RecordProperty("robustness_class", "YAML nested too deep (front matter, congkhai.yaml)");
  RecordProperty("robustness_cases", static_cast<int>(cases.size()));
  RecordProperty("robustness_outcome", "located Vietnamese error before parsing, old site kept");
}

// JSON escapes decode to control characters that no task text needs and that
// reached the CSV (a NUL) or hid text; tab and line feed are real text.
TEST_F(BadInput, ControlCharactersInJsonStringsAreLocated) {
  const std::string text = "Kiểm tra cải cách hành chính.";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"\\u0000", "U+0000"}, {"\\u0001", "U+0001"}, {"\\u001b[31m", "U+001B"}, {"\\r", "U+000D"},
      {"\\u007f", "U+007F"}, {"\\u0085", "U+0085"}, {"\\u009b", "U+009B"},
  };
  for (const auto& [escape, code] : cases) {
    write("data/xa-thu/kh-2026.json", testing::minimal_plan_json());
    edit_plan_json(text, "Kiểm tra" + escape + " cải cách.");
    expect_refused("data/xa-thu/kh-2026.json:18:19: lỗi: văn bản có ký tự điều khiển " + code);
  }
  // In a key too.
  write("data/xa-thu/kh-2026.json", testing::minimal_plan_json());
  edit_plan_json("\"tien_do\": 40,", "\"tien_do\": 40, \"x\\u0000\": 1,");
  expect_refused("lỗi: văn bản có ký tự điều khiển U+0000");
  // A raw NUL byte: the file is not text, and the message says where.
  write("data/xa-thu/kh-2026.json", testing::minimal_plan_json());
  edit_plan_json(text, std::string("Kiểm tra\0 cải cách.", 21));
  expect_refused("data/xa-thu/kh-2026.json:18:28: lỗi: đây là tệp nhị phân");
  // Tab and line feed pass, escaped as JSON requires.
  write("data/xa-thu/kh-2026.json", testing::minimal_plan_json());
  edit_plan_json(text, "Kiểm tra:\\n- bước 1\\tđã xong.");
  auto ok = build(dir_.path(), out(), "2026-03-02");
  EXPECT_EQ(ok.exit_code, 0) << ok.output;
  RecordProperty("robustness_class", "control characters in JSON strings (escaped or raw)");
  RecordProperty("robustness_cases", static_cast<int>(cases.size()) + 3);
  RecordProperty("robustness_outcome", "located Vietnamese error, old site kept; tab and line feed accepted");
}

// Symlink loops aborted the build with an English std::filesystem error.
TEST_F(BadInput, SymlinkLoopsAreLocatedAndLoadingGoesOn) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"content/xa-thu/vong.md", "vong.md"},
      {"content/vong", "vong"},
      {"data/xa-thu/vong.json", "vong.json"},
      {"content/xa-thu/a.md", "b.md"},  // a -> b -> a
  };
  fs::create_symlink("a.md", src("content/xa-thu/b.md"));
  for (const auto& [link, target] : cases) fs::create_symlink(target, src(link));
  // Another error in the same run: every problem is reported, not just the first.
  edit_plan_json("\"so\": \"2\",", "\"so\": \"2\",,");
  expect_refused("lỗi: không đọc được tệp: liên kết tượng trưng vòng lặp");
  for (const auto& [link, target] : cases)
    EXPECT_THAT(last_output_, HasSubstr(link + ": lỗi: không đọc được tệp: liên kết tượng trưng vòng lặp"))
        << link;
  EXPECT_THAT(last_output_, HasSubstr("data/xa-thu/kh-2026.json:16:"));
  EXPECT_THAT(last_output_, Not(HasSubstr("filesystem")));
  RecordProperty("robustness_class", "symlink loops in content/ and data/");
  RecordProperty("robustness_cases", static_cast<int>(cases.size()));
  RecordProperty("robustness_outcome", "located Vietnamese error per link, loading goes on, old site kept");
}

// Permissions mean nothing to root (CI containers run as root): the build then
// runs as "nobody", with the source made readable to it except what is tested.
class Unreadable : public BadInput {
 protected:
  void SetUp() override {
    BadInput::SetUp();
    testing::run_command("chmod -R a+rwX " + q(dir_.path()));
  }
  void TearDown() override { testing::run_command("chmod -R u+rwX " + q(dir_.path())); }
  void expect_refused_unprivileged(const std::string& message) {
    std::string user = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
    auto r = testing::run_command("cd " + q(dir_.path()) + " && " + user + testing::congkhai_binary() +
                                  " build --source " + q(dir_.path()) + " --out " + q(out()) +
                                  " --today 2026-03-02");
    EXPECT_EQ(r.exit_code, 1) << r.output;
    EXPECT_THAT(r.output, HasSubstr(message));
    EXPECT_THAT(r.output, Not(HasSubstr("filesystem")));
    EXPECT_TRUE(snapshot(out()) == before_) << "the previous site changed";
  }
};

TEST_F(Unreadable, FilesAndFoldersAreLocated) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"data/xa-thu/kh-2026.json", "data/xa-thu/kh-2026.json: lỗi: không đọc được tệp: không có quyền"},
      {"content/xa-thu/kh-2026.md", "content/xa-thu/kh-2026.md: lỗi: không đọc được tệp: không có quyền"},
      {"data/xa-thu", "data/xa-thu: lỗi: không đọc được thư mục: không có quyền"},
      {"content/xa-thu", "content/xa-thu: lỗi: không đọc được thư mục: không có quyền"},
  };
  for (const auto& [path, message] : cases) {
    fs::permissions(src(path), fs::perms::none);
    expect_refused_unprivileged(message);
    fs::permissions(src(path), fs::perms::all);
  }
  RecordProperty("robustness_class", "unreadable files and folders in content/ and data/");
  RecordProperty("robustness_cases", static_cast<int>(cases.size()));
  RecordProperty("robustness_outcome", "located Vietnamese error (không có quyền), old site kept");
}

// base_url is written into pages as it is: "javascript:" gave script links in
// the script-free fragment and the one-file page.
TEST_F(BadInput, BaseUrlMustBeAWebAddress) {
  const std::vector<std::string> bad = {
      "javascript:alert(1)",        "/cong-khai/",       "ftp://x.vn/", "https://", "https:///x",
      "https://x.vn/\"onclick=\"a", "data:text/html,<b>"};
  for (const auto& url : bad) {
    write("congkhai.yaml", "tieu_de: Cổng\nbase_url: '" + url + "'\n");
    expect_refused("congkhai.yaml:2:11: lỗi: base_url \"" + url + "\" không phải địa chỉ web tuyệt đối");
    write("congkhai.yaml", "tieu_de: Cổng\n");
    auto r = congkhai("build --source " + q(dir_.path()) + " --out " + q(out()) +
                      " --today 2026-03-02 --base-url " + testing::shell_quote(url));
    EXPECT_EQ(r.exit_code, 2) << url << "\n" << r.output;
    EXPECT_THAT(r.output, HasSubstr("--base-url \"" + url + "\" không phải địa chỉ web tuyệt đối"));
    EXPECT_TRUE(snapshot(out()) == before_) << url;
  }
  auto ok = congkhai("build --source " + q(dir_.path()) + " --out " + q(out()) +
                     " --today 2026-03-02 --base-url https://xa-thu.gov.vn/cong-khai/");
  EXPECT_EQ(ok.exit_code, 0) << ok.output;
  RecordProperty("robustness_class", "base_url that is not an http(s) address (config, --base-url)");
  RecordProperty("robustness_cases", static_cast<int>(bad.size()) * 2);
  RecordProperty("robustness_outcome",
                 "located Vietnamese error (config) or usage error (option), old site kept");
}

// SOURCE_DATE_EPOCH=abc was read as 0: a site dated 1970, every task "not started".
TEST_F(BadInput, SourceDateEpochMustBeWholeSeconds) {
  const std::vector<std::string> bad = {
      "abc", "-1", "1.5", "17e8", " 1782849600", "1782849600x", "99999999999999999999"};
  for (const auto& value : bad) {
    auto r = testing::run_command("SOURCE_DATE_EPOCH=" + testing::shell_quote(value) + " " +
                                  testing::congkhai_binary() + " build --source " + q(dir_.path()) +
                                  " --out " + q(out()));
    EXPECT_EQ(r.exit_code, 2) << value << "\n" << r.output;
    EXPECT_THAT(r.output, HasSubstr("SOURCE_DATE_EPOCH=\"" + value + "\" không hợp lệ")) << value;
    EXPECT_TRUE(snapshot(out()) == before_) << value;
  }
  auto ok = testing::run_command("SOURCE_DATE_EPOCH=1782849600 " + testing::congkhai_binary() +
                                 " build --source " + q(dir_.path()) + " --out " + q(out()));
  EXPECT_EQ(ok.exit_code, 0) << ok.output;
  RecordProperty("robustness_class", "SOURCE_DATE_EPOCH that is not a whole number of seconds");
  RecordProperty("robustness_cases", static_cast<int>(bad.size()));
  RecordProperty("robustness_outcome", "Vietnamese usage error (exit 2), old site kept");
}

TEST(ServePort, OutOfRangeIsRefused) {
  const std::vector<std::string> bad = {"0", "70000", "65536"};
  for (const auto& port : bad) {
    auto r = congkhai("serve --source /nonexistent --port " + port);
    EXPECT_EQ(r.exit_code, 2) << port << "\n" << r.output;
    EXPECT_THAT(r.output, HasSubstr("--port " + port + " không hợp lệ: cổng phải từ 1 đến 65535")) << port;
  }
  ::testing::Test::RecordProperty("robustness_class", "serve --port outside 1–65535");
  ::testing::Test::RecordProperty("robustness_cases", static_cast<int>(bad.size()));
  ::testing::Test::RecordProperty("robustness_outcome", "Vietnamese usage error (exit 2), nothing listens");
}

// A task text that a spreadsheet would run: the CSV neutralises it, the JSON
// dataset keeps it exactly.
TEST_F(BadInput, FormulaTextIsInertInTheCsvAndExactInTheJson) {
  edit_plan_json("Kiểm tra cải cách hành chính.", "=HYPERLINK(\\\"http://x.vn\\\",\\\"bấm\\\")");
  edit_plan_json("\"Kế hoạch của UBND xã\"", "\"+84 912 345 678\", \"-1+1\"");
  auto r = build(dir_.path(), out(), "2026-03-02");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::string csv = testing::read_file(out() / "xa-thu/kh-2026/du-lieu.csv");
  EXPECT_THAT(csv, HasSubstr(",\"'=HYPERLINK(\"\"http://x.vn\"\",\"\"bấm\"\")\","));
  EXPECT_THAT(csv, HasSubstr(",'+84 912 345 678; -1+1,"));
  EXPECT_THAT(csv, Not(HasSubstr(",=")));
  std::string json = testing::read_file(out() / "xa-thu/kh-2026/du-lieu.json");
  EXPECT_THAT(json, HasSubstr("\"=HYPERLINK(\\\"http://x.vn\\\",\\\"bấm\\\")\""));
  EXPECT_THAT(json, HasSubstr("\"+84 912 345 678\""));
  const size_t formulas = 3;  // =HYPERLINK, +84 …, -1+1 written above
  record_robustness("spreadsheet formula text in plan fields, end to end", formulas,
                    "built; du-lieu.csv cells start with ', du-lieu.json keeps the exact text");
}

}  // namespace
}  // namespace ck::robustness
