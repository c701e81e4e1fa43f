// The publish outputs end to end: `congkhai build` over fixture repositories
// (scripts/make_history_fixture.py) and over this repository's demo, then the
// outputs read back with independent tools: Python's csv module, sha256sum,
// xmllint against the sitemaps.org XSD and RFC 4287's RELAX NG schema, unzip.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "history/history_fixture.h"
#include "publish/catalogue.h"
#include "support/link_walker.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::read_file;
using testing::run_command;
using testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

std::string q(const fs::path& p) { return testing::shell_quote(p); }

const fs::path kSchemas = testing::source_dir() / "tests" / "publish" / "schemas";

testing::CommandResult build(const fs::path& source, const fs::path& out, const std::string& extra = "") {
  return run_command(testing::congkhai_binary() + " build --source " + q(source) + " --out " + q(out) +
                     " --today 2026-11-20 " + extra);
}

std::vector<std::string> output_files(const fs::path& site) {
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(site))
    if (e.is_regular_file()) files.push_back(fs::relative(e.path(), site).generic_string());
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> files_ending(const fs::path& site, const std::string& suffix) {
  std::vector<std::string> out;
  for (const auto& f : output_files(site))
    if (f.ends_with(suffix)) out.push_back(f);
  return out;
}

// Each <entry>…</entry> of a feed, as text.
std::vector<std::string> entries(const std::string& feed) {
  std::vector<std::string> out;
  for (size_t at = feed.find("<entry>"); at != std::string::npos; at = feed.find("<entry>", at + 1))
    out.push_back(feed.substr(at, feed.find("</entry>", at) - at));
  return out;
}

std::string element(const std::string& xml, const std::string& name) {
  size_t open = xml.find("<" + name + ">");
  if (open == std::string::npos) return "";
  open += name.size() + 2;
  return xml.substr(open, xml.find("</" + name + ">", open) - open);
}

// xmllint over several files in one run.
testing::CommandResult xmllint(const std::string& schema_option, const fs::path& site,
                               const std::vector<std::string>& files) {
  std::string cmd = "xmllint --noout " + schema_option;
  for (const auto& f : files) cmd += " " + q(site / f);
  return run_command(cmd);
}

class LinearFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    repo_ = testing::make_fixture(*dir_, "linear");
    testing::TempDir* d = dir_;
    d->write("repo/congkhai.yaml",
             "tieu_de: Cổng thử nghiệm\ngiay_phep: CC BY 4.0\ncommit_url: https://git.example/kho/commit/{commit}\n");
    site_ = dir_->path() / "site";
    auto r = build(repo_, site_, "--base-url https://xa-thu.example.vn/cong-khai");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    head_ = run_command("git -C " + q(repo_) + " rev-parse HEAD").output.substr(0, 40);
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string page(const std::string& path) { return read_file(site_ / path); }
  // The full id of the fixture's commit whose message has `subject`.
  static std::string commit_of(const std::string& subject) {
    return run_command("git -C " + q(repo_) + " log -1 --format=%H --fixed-strings --grep=" + q(subject)).output.substr(0, 40);
  }

  static inline TempDir* dir_ = nullptr;
  static inline fs::path repo_, site_;
  static inline std::string head_;
};

// The CSV as Python's csv module (strict) reads it: {"bom", "crlf", "rows"}.
json read_csv_with_python(const fs::path& csv) {
  TempDir tmp;
  tmp.write("read.py",
            "import csv, json, sys\n"
            "raw = open(sys.argv[1], 'rb').read()\n"
            "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
            "    rows = list(csv.reader(f, strict=True))\n"
            "print(json.dumps({'bom': raw.startswith(b'\\xef\\xbb\\xbf'), 'crlf': b'\\r\\n' in raw, 'rows': rows}))\n");
  auto r = run_command("python3 " + q(tmp.path() / "read.py") + " " + q(csv));
  if (r.exit_code != 0) return {{"error", r.output}};
  return json::parse(r.output);
}

TEST_F(LinearFixture, CsvReadsBackWithVietnameseHeadersAndText) {
  json doc = read_csv_with_python(site_ / "xa-thu/kh-2026/du-lieu.csv");
  ASSERT_FALSE(doc.contains("error")) << doc["error"];
  EXPECT_TRUE(doc["bom"]);
  EXPECT_TRUE(doc["crlf"]);
  const json& rows = doc["rows"];
  ASSERT_EQ(rows.size(), 4u);  // header + nv-1, nv-2, nv-4 (nv-3 was removed)
  std::vector<std::string> header = rows[0];
  EXPECT_EQ(header, (std::vector<std::string>{"Mã nhiệm vụ", "Số thứ tự", "Phần", "Thuộc nhiệm vụ", "Nội dung",
                                              "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn (như văn bản ghi)",
                                              "Cách hiểu thời hạn", "Ngày bắt đầu", "Hạn hoàn thành",
                                              "Tình trạng (tính đến ngày dựng)", "Tiến độ (%)", "Ngày hoàn thành",
                                              "Sản phẩm", "Trang nhiệm vụ", "Loại dòng", "Dữ liệu minh họa",
                                              "Chưa đối chiếu với bản gốc (ô đọc từ bản quét)"}));
  for (const auto& row : rows) EXPECT_EQ(row.size(), header.size());
  std::vector<std::string> nv1 = rows[1], nv2 = rows[2];
  EXPECT_EQ(nv1[0], "nv-1");
  EXPECT_EQ(nv1[2], "I. Chỉ đạo điều hành");
  EXPECT_EQ(nv1[4], "Ban hành Kế hoạch cải cách hành chính năm 2026.");
  EXPECT_EQ(nv1[7], "Quý I/2026");
  EXPECT_EQ(nv1[9], "2026-01-01");
  EXPECT_EQ(nv1[10], "2026-03-31");
  EXPECT_EQ(nv1[11], "Hoàn thành đúng hạn");
  EXPECT_EQ(nv1[12], "100");
  EXPECT_EQ(nv1[13], "2026-03-01");
  EXPECT_EQ(nv1[15], "https://xa-thu.example.vn/cong-khai/xa-thu/kh-2026/nv-1/");
  // Two lead agencies in one cell.
  EXPECT_EQ(nv2[5], "Văn phòng HĐND và UBND; Công an xã");
}

TEST(PublishCsv, QuotesCommasLineBreaksAndSubRowsSurviveARoundTrip) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  std::string plan = testing::minimal_plan_json();
  const std::string from = "\"Kiểm tra cải cách hành chính.\"";
  ASSERT_NE(plan.find(from), std::string::npos);
  plan.replace(plan.find(from), from.size(), "\"Kiểm tra \\\"cải cách\\\", kỷ cương;\\nbáo cáo kết quả.\"");
  dir.write("data/xa-thu/kh-2026.json", plan);
  auto r = build(dir.path(), dir.path() / "site");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  json doc = read_csv_with_python(dir.path() / "site/xa-thu/kh-2026/du-lieu.csv");
  ASSERT_FALSE(doc.contains("error")) << doc["error"];
  const json& rows = doc["rows"];
  ASSERT_EQ(rows.size(), 1u + 3u);
  EXPECT_EQ(rows[2][0], "nv-2");
  EXPECT_EQ(rows[2][4], "Kiểm tra \"cải cách\", kỷ cương;\nbáo cáo kết quả.");
  EXPECT_EQ(rows[2][11], "Đang thực hiện");
  EXPECT_EQ(rows[2][12], "40");
  EXPECT_EQ(rows[3][1], "2 (1)");  // an unnumbered sub-row, numbered as the pages show it
  EXPECT_EQ(rows[3][3], "nv-2");
  EXPECT_EQ(rows[1][6], "Các cơ quan, đơn vị liên quan");
  EXPECT_EQ(rows[1][15], "nv-1/index.html");  // no base_url: relative to the dataset
}

TEST_F(LinearFixture, JsonDatasetHasInterpretedDeadlinesAndStatuses) {
  json d = json::parse(page("xa-thu/kh-2026/du-lieu.json"));
  EXPECT_EQ(d["tinh_den_ngay"], "2026-11-20");
  // The last commit that changed the plan, not the README commit after it (render/page_commit.h).
  EXPECT_EQ(d["ma_nguon"], commit_of("Thêm nhiệm vụ 4"));
  EXPECT_NE(d["ma_nguon"], head_);
  EXPECT_EQ(d["giay_phep"], "CC BY 4.0");
  EXPECT_EQ(d["xa"]["ten"], "Xã Thử Nghiệm");
  ASSERT_EQ(d["nhiem_vu"].size(), 3u);
  const json& nv2 = d["nhiem_vu"][1];
  EXPECT_EQ(nv2["ma"], "nv-2");
  EXPECT_EQ(nv2["thoi_han"], "Quý IV/2026");
  EXPECT_EQ(nv2["cach_hieu_thoi_han"]["loai"], "range");
  EXPECT_EQ(nv2["cach_hieu_thoi_han"]["han"], "2026-12-31");
  EXPECT_EQ(nv2["trang_thai"], "chua_cap_nhat");
  EXPECT_EQ(nv2["trang_thai_nhan"], "Chưa cập nhật");
  EXPECT_TRUE(nv2["tien_do"].is_null());
  EXPECT_EQ(nv2["san_pham"], json::array({"Báo cáo"}));
}

TEST_F(LinearFixture, ManifestHashesEveryOtherFileAndNothingElse) {
  json m = json::parse(page("manifest.json"));
  EXPECT_EQ(m["commit"], head_);
  EXPECT_EQ(m["built"], "2026-11-20");
  // sha256sum (coreutils), not the generator's own code, says what the files hold.
  auto r = run_command("cd " + q(site_) + " && find . -type f ! -name manifest.json ! -name .congkhai-site -print0 | "
                       "xargs -0 sha256sum");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::map<std::string, std::string> actual;
  std::istringstream lines(r.output);
  for (std::string line; std::getline(lines, line);)
    if (line.size() > 68) actual[line.substr(68)] = line.substr(0, 64);  // "<hex>  ./path"
  std::map<std::string, std::string> listed = m["files"];
  EXPECT_EQ(listed, actual);
  EXPECT_GT(listed.size(), 20u);
  EXPECT_FALSE(listed.contains("manifest.json"));
}

TEST_F(LinearFixture, SitemapValidatesAgainstTheSitemapsOrgSchema) {
  auto r = xmllint("--schema " + q(kSchemas / "sitemap.xsd"), site_, {"sitemap.xml"});
  EXPECT_EQ(r.exit_code, 0) << r.output;
  std::string sitemap = page("sitemap.xml");
  EXPECT_THAT(sitemap, HasSubstr("<loc>https://xa-thu.example.vn/cong-khai/</loc>"));
  EXPECT_THAT(sitemap, HasSubstr("<loc>https://xa-thu.example.vn/cong-khai/xa-thu/kh-2026/nv-1/</loc>"));
  EXPECT_THAT(sitemap, HasSubstr("<loc>https://xa-thu.example.vn/cong-khai/du-lieu/</loc>"));
  // Every address is a page of the site, listed once; every task page is there.
  const std::string base = "https://xa-thu.example.vn/cong-khai/";
  std::set<std::string> listed;
  for (size_t at = sitemap.find("<loc>"); at != std::string::npos; at = sitemap.find("<loc>", at + 1)) {
    std::string url = element(sitemap.substr(at), "loc");
    ASSERT_EQ(url.rfind(base, 0), 0u) << url;
    std::string path = url.substr(base.size());
    if (path.empty() || path.back() == '/') path += "index.html";
    EXPECT_TRUE(fs::is_regular_file(site_ / path)) << url;
    EXPECT_TRUE(listed.insert(path).second) << url;
  }
  for (const auto& task : {"nv-1", "nv-2", "nv-4"})
    EXPECT_TRUE(listed.contains(std::string("xa-thu/kh-2026/") + task + "/index.html")) << task;
  EXPECT_TRUE(listed.contains("xa-thu/index.html"));
  EXPECT_THAT(page("robots.txt"), HasSubstr("Sitemap: https://xa-thu.example.vn/cong-khai/sitemap.xml\n"));
}

TEST_F(LinearFixture, EveryFeedValidatesAgainstTheRfc4287Schema) {
  auto feeds = files_ending(site_, "thay-doi.xml");
  EXPECT_EQ(feeds, (std::vector<std::string>{"thay-doi.xml", "xa-thu/kh-2026/thay-doi.xml", "xa-thu/thay-doi.xml"}));
  auto r = xmllint("--relaxng " + q(kSchemas / "atom.rng"), site_, feeds);
  EXPECT_EQ(r.exit_code, 0) << r.output;
}

TEST_F(LinearFixture, FeedEntriesAreCommitsWithStableIdsLocalTimesAndChangesInWords) {
  std::string feed = page("xa-thu/kh-2026/thay-doi.xml");
  auto list = entries(feed);
  // Four commits changed the plan; "Thêm README" did not.
  ASSERT_EQ(list.size(), 4u);
  EXPECT_THAT(feed, Not(HasSubstr("Thêm README")));
  // Newest first; the feed is as new as its newest entry.
  EXPECT_EQ(element(list[0], "updated"), "2026-03-20T10:00:00+07:00");
  EXPECT_EQ(element(feed, "updated"), "2026-03-20T10:00:00+07:00");
  EXPECT_EQ(element(list[2], "updated"), "2026-02-10T20:30:00-05:00");  // in the author's own offset
  EXPECT_THAT(list[2], HasSubstr("<name>Trần Văn Đức</name>"));
  EXPECT_THAT(list[1], HasSubstr("Trạng thái: Đang thực hiện → Hoàn thành"));
  EXPECT_THAT(list[1], HasSubstr("Tiến độ: 30% → 100%"));
  EXPECT_THAT(list[0], HasSubstr("Nhiệm vụ 4 — Thêm nhiệm vụ"));
  EXPECT_THAT(list[0], HasSubstr("Nhiệm vụ 3 — Bỏ nhiệm vụ"));  // the number it had
  EXPECT_THAT(list[0], HasSubstr("href=\"https://xa-thu.example.vn/cong-khai/xa-thu/kh-2026/\""));
  std::set<std::string> ids;
  std::regex urn("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  for (const auto& e : list) {
    std::string id = element(e, "id");
    EXPECT_TRUE(std::regex_match(id, urn)) << id;
    ids.insert(id);
  }
  EXPECT_EQ(ids.size(), list.size());
  // The same change is the same entry in the commune's and the portal's feed.
  for (const auto& id : ids) {
    EXPECT_THAT(page("xa-thu/thay-doi.xml"), HasSubstr(id));
    EXPECT_THAT(page("thay-doi.xml"), HasSubstr(id));
  }
  // A second build gives the same ids.
  TempDir again;
  ASSERT_EQ(build(repo_, again.path() / "site", "--base-url https://xa-thu.example.vn/cong-khai").exit_code, 0);
  EXPECT_EQ(read_file(again.path() / "site/xa-thu/kh-2026/thay-doi.xml"), feed);
}

TEST_F(LinearFixture, PagesLinkTheirFeedAndNameTheirDataCommit) {
  std::string plan = page("xa-thu/kh-2026/index.html");
  EXPECT_THAT(plan, HasSubstr("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../xa-thu/kh-2026/thay-doi.xml\""));
  EXPECT_THAT(page("xa-thu/index.html"), HasSubstr("type=\"application/atom+xml\" href=\"../xa-thu/thay-doi.xml\""));
  EXPECT_THAT(page("index.html"), HasSubstr("type=\"application/atom+xml\" href=\"thay-doi.xml\""));
  std::string task = page("xa-thu/kh-2026/nv-1/index.html");
  // Each footer names the last commit that changed the page's own data; the home page names the build's.
  auto footer = [](const std::string& html) { return html.substr(html.find("<footer")); };
  auto link = [](const std::string& id) {
    return "<a href=\"https://git.example/kho/commit/" + id + "\">" + id.substr(0, 7) + "</a>";
  };
  EXPECT_THAT(footer(task), HasSubstr(link(commit_of("Hoàn thành nhiệm vụ 1"))));
  EXPECT_THAT(footer(plan), HasSubstr(link(commit_of("Thêm nhiệm vụ 4"))));
  EXPECT_THAT(footer(page("xa-thu/index.html")), HasSubstr(link(commit_of("Thêm nhiệm vụ 4"))));
  EXPECT_THAT(footer(page("index.html")), HasSubstr(link(head_)));
  for (const std::string& html : {task, plan, page("cach-doc/index.html")})
    EXPECT_THAT(footer(html), Not(HasSubstr(head_.substr(0, 7))));
  EXPECT_THAT(task, HasSubstr("20/11/2026"));  // the build's date (--today), not the clock
  EXPECT_THAT(task, HasSubstr("href=\"../../../du-lieu/index.html\""));
}

TEST_F(LinearFixture, CatalogueListsDatasetsWithSizesLicenceAndCommit) {
  std::string cat = page("du-lieu/index.html");
  EXPECT_THAT(cat, HasSubstr("CC BY 4.0"));
  EXPECT_THAT(cat, HasSubstr(head_));
  EXPECT_THAT(cat, HasSubstr("20/11/2026"));
  EXPECT_THAT(cat, HasSubstr("href=\"../xa-thu/kh-2026/du-lieu.csv\""));
  EXPECT_THAT(cat, HasSubstr("href=\"../xa-thu/kh-2026/du-lieu.json\""));
  EXPECT_THAT(cat, HasSubstr("href=\"../xa-thu/kh-2026/thay-doi.xml\""));
  auto csv_size = fs::file_size(site_ / "xa-thu/kh-2026/du-lieu.csv");
  EXPECT_THAT(cat, HasSubstr("CSV</a> <span class=\"meta\">(" + human_size(csv_size) + ")"));
}

TEST_F(LinearFixture, PackageZipHoldsEveryFileWithTheSameBytesAndIsReproducible) {
  TempDir tmp;
  auto zip = tmp.path() / "cong.zip";
  auto r = run_command(testing::congkhai_binary() + " package --out " + q(site_) + " --zip " + q(zip));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  auto listing = run_command("unzip -Z1 " + q(zip));
  ASSERT_EQ(listing.exit_code, 0) << listing.output;
  std::vector<std::string> names;
  std::istringstream in(listing.output);
  for (std::string line; std::getline(in, line);) names.push_back(line);
  std::vector<std::string> expected = output_files(site_);
  expected.erase(std::remove(expected.begin(), expected.end(), ".congkhai-site"), expected.end());
  EXPECT_EQ(names, expected);  // every file, sorted, no marker
  ASSERT_EQ(run_command("mkdir " + q(tmp.path() / "x") + " && cd " + q(tmp.path() / "x") + " && unzip -q " + q(zip)).exit_code, 0);
  auto diff = run_command("diff -r -x .congkhai-site " + q(site_) + " " + q(tmp.path() / "x"));
  EXPECT_EQ(diff.exit_code, 0) << diff.output;
  auto zip2 = tmp.path() / "lan-2.zip";
  ASSERT_EQ(run_command(testing::congkhai_binary() + " package --out " + q(site_) + " --zip " + q(zip2)).exit_code, 0);
  EXPECT_EQ(read_file(zip), read_file(zip2));
}

TEST(PublishPackage, RefusesADirectoryCongkhaiDidNotWrite) {
  TempDir tmp;
  tmp.write("notes/a.txt", "x");
  auto r = run_command(testing::congkhai_binary() + " package --out " + q(tmp.path() / "notes") + " --zip " +
                       q(tmp.path() / "a.zip"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.output, HasSubstr("không phải thư mục trang do congkhai tạo"));
  EXPECT_FALSE(fs::exists(tmp.path() / "a.zip"));
}

TEST(PublishMinorChanges, CommitsMarkedMinorAreLeftOutOfFeeds) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "minor");
  auto r = build(repo, dir.path() / "site", "--base-url https://x.example.vn/");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::string feed = read_file(dir.path() / "site/xa-thu/kh-2026/thay-doi.xml");
  EXPECT_THAT(feed, HasSubstr("Cập nhật nhiệm vụ 1"));
  EXPECT_THAT(feed, Not(HasSubstr("Sửa lỗi chính tả")));
  EXPECT_THAT(feed, Not(HasSubstr("Sửa tên sản phẩm")));
  EXPECT_EQ(entries(feed).size(), 2u);  // publication + the real update
}

TEST(PublishWithoutBaseUrl, NoSitemapAWarningAndFeedsWithRelativeLinks) {
  TempDir dir;
  auto repo = testing::make_fixture(dir, "linear");
  auto site = dir.path() / "site";
  auto r = build(repo, site);
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_THAT(r.output, HasSubstr("chưa đặt base_url: không tạo sitemap.xml"));
  EXPECT_FALSE(fs::exists(site / "sitemap.xml"));
  EXPECT_EQ(read_file(site / "robots.txt"), "User-agent: *\nAllow: /\n");
  std::string feed = read_file(site / "xa-thu/kh-2026/thay-doi.xml");
  EXPECT_THAT(feed, Not(HasSubstr("rel=\"self\"")));
  EXPECT_THAT(feed, HasSubstr("<link rel=\"alternate\" type=\"text/html\" href=\"../../xa-thu/kh-2026/index.html\"/>"));
  auto v = xmllint("--relaxng " + q(kSchemas / "atom.rng"), site, files_ending(site, "thay-doi.xml"));
  EXPECT_EQ(v.exit_code, 0) << v.output;
  json d = json::parse(read_file(site / "xa-thu/kh-2026/du-lieu.json"));
  EXPECT_EQ(d["nhiem_vu"][0]["trang"], "nv-1/index.html");  // relative to the dataset
}

TEST(PublishWithoutHistory, FeedsExistEmptyDatedTheBuildDayAndTheManifestHasNoCommit) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  auto site = dir.path() / "site";
  auto r = build(dir.path(), site, "--base-url https://x.example.vn/");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::string feed = read_file(site / "thay-doi.xml");
  EXPECT_TRUE(entries(feed).empty());
  EXPECT_EQ(element(feed, "updated"), "2026-11-20T00:00:00+07:00");
  auto v = xmllint("--relaxng " + q(kSchemas / "atom.rng"), site, files_ending(site, "thay-doi.xml"));
  EXPECT_EQ(v.exit_code, 0) << v.output;
  EXPECT_TRUE(json::parse(read_file(site / "manifest.json"))["commit"].is_null());
  EXPECT_THAT(read_file(site / "du-lieu/index.html"), HasSubstr("không rõ"));
}

// The demo portal itself (Hải Phòng + the illustrative commune): every feed
// and the sitemap validate, every dataset parses, and the link checker finds
// the catalogue's links.
TEST(PublishDemo, EveryFeedAndTheSitemapOfTheDemoValidate) {
  TempDir dir;
  auto site = dir.path() / "site";
  auto r = build(testing::source_dir(), site, "--base-url https://example.gov.vn/congkhai/");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  auto feeds = files_ending(site, "thay-doi.xml");
  EXPECT_GT(feeds.size(), 5u);
  auto v = xmllint("--relaxng " + q(kSchemas / "atom.rng"), site, feeds);
  EXPECT_EQ(v.exit_code, 0) << v.output;
  auto s = xmllint("--schema " + q(kSchemas / "sitemap.xsd"), site, {"sitemap.xml"});
  EXPECT_EQ(s.exit_code, 0) << s.output;
  // Chrome-less embed pages (noindex) and fragments are not pages for search engines.
  std::string sitemap = read_file(site / "sitemap.xml");
  EXPECT_THAT(sitemap, Not(HasSubstr("/nhung/")));
  EXPECT_THAT(sitemap, Not(HasSubstr("doan-html")));
  EXPECT_THAT(sitemap, HasSubstr("<loc>https://example.gov.vn/congkhai/hai-phong/cchc-2026/</loc>"));
  auto walk = testing::walk_site(site);
  EXPECT_THAT(walk.broken, ::testing::IsEmpty());
  EXPECT_TRUE(walk.reached.contains("du-lieu/index.html"));
  EXPECT_TRUE(walk.reached.contains("hai-phong/cchc-2026/du-lieu.csv"));
  EXPECT_TRUE(walk.reached.contains("thay-doi.xml"));
  auto datasets = files_ending(site, "du-lieu.json");
  EXPECT_EQ(datasets.size(), files_ending(site, "du-lieu.csv").size());
  for (const auto& f : datasets) {
    json d = json::parse(read_file(site / f));
    EXPECT_EQ(d["nhiem_vu"].size(), json::parse(read_file(testing::source_dir() / "data" /
                                                          (d["xa"]["ma"].get<std::string>() + "/" +
                                                           d["ke_hoach"]["ma"].get<std::string>() + ".json")))["nhiem_vu"]
                                        .size())
        << f;
  }
}

}  // namespace
}  // namespace ck
