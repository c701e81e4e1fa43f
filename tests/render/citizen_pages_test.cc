// What issue #17 asked of every page for citizens: the "Cách đọc cổng này" page, the commune's
// contact in its pages' footers, a meta description everywhere, Open Graph tags only with an
// absolute address, a favicon, and the wording items (document number, issue date, signer,
// Markdown in history, deadline occurrences, "Trước ngày D" explained). Each test renders a small
// portal (or the repository's demo content) and reads the pages as a citizen would get them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "history/history.h"
#include "load/portal_loader.h"
#include "render/page_paths.h"
#include "render/site_renderer.h"
#include "render/views.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using ck::testing::TempDir;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

SiteFiles render(const fs::path& root, CivilDate today = {2026, 3, 1}, const History* history = nullptr) {
  Diagnostics diags;
  auto portal = load_portal(root, diags);
  EXPECT_FALSE(diags.has_errors()) << diags.format_all();
  Theme theme = load_theme({}, diags);
  RenderOptions options{today, "test"};
  options.history = history;
  auto files = render_site(*portal, theme, options, diags);
  EXPECT_FALSE(diags.has_errors()) << diags.format_all();
  return files;
}

bool is_page(const std::string& path, const std::string& html) {
  return path.ends_with(".html") && html.find("<html") != std::string::npos;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// An attribute's text as a reader gets it (the entities the templates write, decoded).
std::string unescaped(std::string s) {
  for (const auto& [entity, ch] : {std::pair<std::string, std::string>{"&quot;", "\""},
                                   {"&lt;", "<"},
                                   {"&gt;", ">"},
                                   {"&#39;", "'"},
                                   {"&apos;", "'"},
                                   {"&amp;", "&"}})
    for (size_t at = s.find(entity); at != std::string::npos; at = s.find(entity, at + ch.size()))
      s.replace(at, entity.size(), ch);
  return s;
}

size_t code_points(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

const std::string kContact =
    "dia_chi: \"Số 1, đường Thử, xã Thử\"\n"
    "dien_thoai: \"0225 3883 456, 0912.345.678\"\n"
    "email: \"ubnd@xa-thu.invalid\"\n"
    "trang_gop_y: \"https://xa-thu.example/gop-y\"\n"
    "cong_thong_tin: \"https://xa-thu.example/\"\n";

void write_portal_with_contact(const TempDir& dir) {
  testing::write_minimal_portal(dir);
  dir.write("content/xa-thu/_index.md", "---\nten: Xã Thử\nloai: xa\nminh_hoa: true\n" + kContact +
                                            "---\nXã hư cấu dùng cho kiểm thử.\n");
}

// ---- "Cách đọc cổng này" ----

TEST(ReadingGuide, ExplainsEveryStatusWithTheBadgesOwnLabels) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  auto files = render(dir.path());
  ASSERT_TRUE(files.count(paths::reading_guide()));
  const std::string& guide = files[paths::reading_guide()];
  Diagnostics diags;
  Theme theme = load_theme({}, diags);
  // Every label of the theme's one status list, each as a badge with its explanation.
  ASSERT_TRUE(theme.strings["status"].is_object());
  for (const auto& [key, label] : theme.strings["status"].items()) {
    EXPECT_THAT(guide, HasSubstr("badge-" + key + "\"")) << key;
    EXPECT_THAT(guide, HasSubstr(label.get<std::string>())) << key;
    ASSERT_TRUE(theme.strings["status_help"].contains(key)) << "no explanation for status " << key;
  }
  EXPECT_THAT(guide, HasSubstr("trong 14 ngày tới"));  // the due-soon window, from the config
  for (const char* id : {"id=\"trang-thai\"", "id=\"thoi-han\"", "id=\"dong-tieu-de\"", "id=\"nguon\"",
                         "id=\"cap-nhat\"", "id=\"minh-hoa\""})
    EXPECT_THAT(guide, HasSubstr(id));
  EXPECT_THAT(guide, HasSubstr("mỗi đêm"));
  EXPECT_THAT(guide, HasSubstr("Xã Thử"));  // the fictional communes of this portal, named
}

TEST(ReadingGuide, DeadlineExamplesAreReadByTheParserForTheBuildYear) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  auto files = render(dir.path(), {2027, 2, 1});
  const std::string& guide = files[paths::reading_guide()];
  EXPECT_THAT(guide, HasSubstr("<td>Trước ngày 13/01/2027</td><td>Hạn một ngày</td><td>Hạn: 12/01/2027 (ngày "
                               "cuối trước 13/01/2027)</td>"));
  EXPECT_THAT(guide,
              HasSubstr("<td>Chậm nhất ngày 09/9/2027</td><td>Hạn một ngày</td><td>Hạn: 09/09/2027</td>"));
  EXPECT_THAT(guide, HasSubstr("Các kỳ hạn: 09/03/2027, 09/06/2027, 09/09/2027, 09/12/2027"));
  EXPECT_THAT(guide, Not(HasSubstr("{y}")));
  EXPECT_THAT(guide, Not(HasSubstr("{qua_han}")));
}

TEST(ReadingGuide, LinkedFromEveryFooterAndFromThePlanCounts) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  auto files = render(dir.path());
  for (const auto& [path, html] : files) {
    if (!is_page(path, html) || html.find("<footer") == std::string::npos) continue;
    EXPECT_THAT(html,
                HasSubstr("href=\"" + paths::root_from(path) + "cach-doc/index.html\">Cách đọc cổng này</a>"))
        << path;
  }
  const std::string& plan = files["xa-thu/kh-2026/index.html"];
  size_t counts = plan.find("class=\"counts\"");
  size_t link = plan.find("../../cach-doc/index.html\">Cách đọc trạng thái");
  ASSERT_NE(counts, std::string::npos);
  ASSERT_NE(link, std::string::npos);
  EXPECT_LT(link, plan.find("id=\"danh-muc-nhiem-vu\""));  // beside the counts, before the task table
}

TEST(ReadingGuide, ItsFolderIsAReservedCommuneId) {
  EXPECT_TRUE(paths::is_reserved_segment(paths::RouteLevel::Site, "cach-doc"));
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/cach-doc/_index.md", "---\nten: Xã Cách Đọc\nloai: xa\n---\n");
  Diagnostics diags;
  load_portal(dir.path(), diags);
  EXPECT_THAT(diags.format_all(), HasSubstr("content/cach-doc: lỗi: tên thư mục xã \"cach-doc\""));
}

// ---- the commune's contact ----

TEST(CommuneContact, InTheFooterOfEveryPageOfTheCommuneOnly) {
  TempDir dir;
  write_portal_with_contact(dir);
  auto files = render(dir.path());
  int commune_pages = 0;
  for (const auto& [path, html] : files) {
    if (!is_page(path, html) || html.find("<footer") == std::string::npos) continue;
    if (path.starts_with("xa-thu/")) {
      ++commune_pages;
      EXPECT_THAT(html, HasSubstr("<strong>Liên hệ Xã Thử</strong>")) << path;
      EXPECT_THAT(html, HasSubstr("Địa chỉ: Số 1, đường Thử, xã Thử")) << path;
      EXPECT_THAT(html, HasSubstr("<a href=\"tel:02253883456\">0225 3883 456, 0912.345.678</a>")) << path;
      EXPECT_THAT(html, HasSubstr("<a href=\"mailto:ubnd@xa-thu.invalid\">ubnd@xa-thu.invalid</a>")) << path;
      EXPECT_THAT(html, HasSubstr("<a href=\"https://xa-thu.example/gop-y\">Gửi góp ý, phản ánh</a>"))
          << path;
      EXPECT_THAT(html, HasSubstr("Cổng thông tin điện tử: <a href=\"https://xa-thu.example/\">xa-thu.example</a>"))
          << path;
      EXPECT_THAT(html, HasSubstr("Dữ liệu minh họa (xã hư cấu)"))
          << path;  // a fictional commune's contact is labelled
    } else {
      EXPECT_THAT(html, Not(HasSubstr("class=\"contact\"")))
          << path;  // the portal's own pages name no commune
    }
  }
  EXPECT_GT(commune_pages, 8);
}

TEST(CommuneContact, NothingShownWhenNotGivenAndOnlyWhatIsGiven) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  for (const auto& [path, html] : render(dir.path()))
    EXPECT_THAT(html, Not(HasSubstr("class=\"contact\""))) << path;
  dir.write("content/xa-thu/_index.md", "---\nten: Xã Thử\nloai: xa\nemail: ubnd@xa-thu.invalid\n---\n");
  auto files = render(dir.path());
  const std::string& commune = files["xa-thu/index.html"];
  EXPECT_THAT(commune, HasSubstr("Thư điện tử: <a href=\"mailto:ubnd@xa-thu.invalid\">"));
  EXPECT_THAT(commune, Not(HasSubstr("Địa chỉ:")));
  EXPECT_THAT(commune, Not(HasSubstr("Điện thoại:")));
  EXPECT_THAT(commune, Not(HasSubstr("Gửi góp ý")));
  EXPECT_THAT(commune, Not(HasSubstr("Cổng thông tin điện tử:")));
  // The portal's address alone is a contact worth showing.
  dir.write("content/xa-thu/_index.md", "---\nten: Xã Thử\nloai: xa\ncong_thong_tin: http://xa-thu.example/tin\n---\n");
  EXPECT_THAT(render(dir.path())["xa-thu/index.html"],
              HasSubstr("<strong>Liên hệ Xã Thử</strong>"));
  EXPECT_THAT(render(dir.path())["xa-thu/index.html"],
              HasSubstr("Cổng thông tin điện tử: <a href=\"http://xa-thu.example/tin\">xa-thu.example/tin</a>"));
}

// ---- charts ----

// A commune none of whose tasks has a report gets no chart of grey bars, as its plans' pages get none.
TEST(Charts, OnACommunePageOnlyOnceATaskHasAReport) {
  TempDir dir;
  testing::write_minimal_portal(dir);  // task 2 is in progress
  EXPECT_THAT(render(dir.path())["xa-thu/index.html"], HasSubstr("class=\"chart-figure\""));
  dir.write("data/xa-thu/kh-2026.json",
            replaced(testing::minimal_plan_json(), "\"trang_thai\": \"dang_thuc_hien\",\n      \"tien_do\": 40,", ""));
  auto files = render(dir.path());
  EXPECT_THAT(files["xa-thu/index.html"], Not(HasSubstr("class=\"chart-figure\"")));
  EXPECT_THAT(files["xa-thu/kh-2026/index.html"], Not(HasSubstr("class=\"chart-figure\"")));
}

// ---- meta description, Open Graph, favicon ----

TEST(PageMeta, EveryPageHasAnEscapedDescriptionOfItsOwnAtMost160Characters) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  // Task text with quotes, tags and Markdown: the description is the text the page shows (tags as text,
  // emphasis dropped), escaped in the attribute.
  dir.write("data/xa-thu/kh-2026.json", replaced(testing::minimal_plan_json(), "Ban hành Kế hoạch",
                                                 "Ban hành \\\"Kế hoạch\\\" <b>mới</b> & *rõ*"));
  auto files = render(dir.path());
  static const std::regex description(R"re(<meta name="description" content="([^"]*)">)re");
  std::set<std::string> distinct;
  int pages = 0;
  for (const auto& [path, html] : files) {
    if (!is_page(path, html)) continue;
    ++pages;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(html, m, description)) << path;
    EXPECT_FALSE(m[1].str().empty()) << path;
    EXPECT_LE(code_points(unescaped(m[1].str())), 160u) << path << ": " << m[1].str();
    distinct.insert(m[1].str());
  }
  EXPECT_GT(pages, 10);
  EXPECT_GT(distinct.size(), static_cast<size_t>(pages) * 2 / 3);  // pages describe themselves, not the site
  EXPECT_THAT(files["xa-thu/kh-2026/nv-1/index.html"],
              HasSubstr("content=\"Nhiệm vụ 1 (Chưa cập nhật): Ban hành &quot;Kế hoạch&quot; "
                        "&lt;b&gt;mới&lt;/b&gt; &amp; rõ "
                        "cải cách hành chính năm 2026. Cơ quan chủ trì: Phòng Văn hóa - Xã hội.\""));
  EXPECT_THAT(files["xa-thu/kh-2026/index.html"],
              HasSubstr("content=\"Kế hoạch cải cách hành chính năm 2026 — Xã Thử: 3 nhiệm vụ (2 chưa cập "
                        "nhật, 1 đang thực hiện).\""));
}

TEST(PageMeta, DescriptionsAreCutAtAWord) {
  nlohmann::json v;
  std::string word = "nhiệm ";
  std::string text;
  while (code_points(text) < 400) text += word;
  set_description(v, text);
  std::string d = v["description"];
  EXPECT_LE(code_points(d), 160u);
  EXPECT_TRUE(d.ends_with("nhiệm…")) << d;
  set_description(v, "  Ngắn   gọn.  ");
  EXPECT_EQ(v["description"], "Ngắn gọn.");
}

TEST(PageMeta, OpenGraphOnlyWithAnAbsoluteAddress) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  for (const auto& [path, html] : render(dir.path())) EXPECT_THAT(html, Not(HasSubstr("og:"))) << path;
  dir.write("congkhai.yaml", "tieu_de: Cổng thử nghiệm\nbase_url: https://cong.example/ck/\n");
  auto files = render(dir.path());
  int with_og = 0;
  for (const auto& [path, html] : files) {
    if (!is_page(path, html) || html.find("rel=\"canonical\"") == std::string::npos ||
        html.find("http-equiv=\"refresh\"") != std::string::npos)
      continue;
    ++with_og;
    for (const char* p : {"og:title", "og:description", "og:url", "og:type", "og:site_name"})
      EXPECT_THAT(html, HasSubstr(std::string("<meta property=\"") + p + "\" content=\""))
          << path << " " << p;
    EXPECT_THAT(html, HasSubstr("<meta property=\"og:locale\" content=\"vi_VN\">")) << path;
  }
  EXPECT_GT(with_og, 10);
  EXPECT_THAT(files["xa-thu/kh-2026/index.html"],
              HasSubstr("<meta property=\"og:url\" content=\"https://cong.example/ck/xa-thu/kh-2026/\">"));
  EXPECT_THAT(files["xa-thu/kh-2026/index.html"],
              HasSubstr("<meta property=\"og:site_name\" content=\"Cổng thử nghiệm\">"));
}

TEST(PageMeta, FaviconExistsAndEveryPageLinksIt) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  auto files = render(dir.path());
  ASSERT_TRUE(files.count("static/favicon.svg"));
  EXPECT_THAT(files["static/favicon.svg"], HasSubstr("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  for (const auto& [path, html] : files) {
    if (!is_page(path, html)) continue;
    if (path.ends_with("mot-tep.html")) {
      // One self-contained file, uploaded to a portal as a document: it links nothing, not even an icon.
      EXPECT_THAT(html, Not(HasSubstr("<link"))) << path;
      continue;
    }
    EXPECT_THAT(html,
                HasSubstr("<link rel=\"icon\" href=\"" + paths::root_from(path) + "static/favicon.svg\""))
        << path;
  }
}

// ---- wording (issue #17, point 10) ----

TEST(Wording, ABlankDocumentNumberIsSaidToBeBlank) {
  TempDir dir;
  testing::write_minimal_portal(dir);  // so_hieu: /KH-UBND
  auto files = render(dir.path());
  EXPECT_THAT(files["xa-thu/kh-2026/index.html"], HasSubstr("<dd>Kế hoạch (chưa ghi số)</dd>"));
  EXPECT_THAT(files["xa-thu/kh-2026/mot-tep.html"], HasSubstr("<dd>Kế hoạch (chưa ghi số)</dd>"));
  EXPECT_THAT(files["xa-thu/index.html"], HasSubstr("<p class=\"meta\">Kế hoạch · tháng 01/2026 ·"));
  for (const auto& [path, html] : files) {
    if (!path.ends_with(".html") || path.find("/in/") != std::string::npos)
      continue;  // the notice leaves "…/KH-UBND" for the clerk's pen
    EXPECT_THAT(html, Not(HasSubstr("Kế hoạch /KH-UBND"))) << path;
    EXPECT_THAT(html, Not(HasSubstr(">/KH-UBND"))) << path;
    EXPECT_THAT(html, Not(HasSubstr("…/KH-UBND"))) << path;
  }
  // Search results name the document in the same words.
  std::string index;
  for (const auto& [path, text] : files)
    if (path.starts_with("search/")) index += text;
  EXPECT_THAT(index, HasSubstr("Kế hoạch (chưa ghi số)"));
  EXPECT_THAT(index, Not(HasSubstr("Kế hoạch /KH-UBND")));
}

TEST(Wording, TheIssueDateIsADateNotAPlace) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/xa-thu/kh-2026.md",
            "---\ntieu_de: Kế hoạch năm 2026\nso_hieu: /KH-UBND\nngay_ban_hanh: 2026-01\ndia_danh: Thử\nky: "
            "2026\n---\nNội dung.\n");
  auto files = render(dir.path());
  for (const char* path : {"xa-thu/kh-2026/index.html", "xa-thu/kh-2026/mot-tep.html"}) {
    EXPECT_THAT(files[path], HasSubstr("<dt>Ngày ban hành</dt><dd>tháng 01/2026</dd>")) << path;
    EXPECT_THAT(files[path], Not(HasSubstr("Thử, tháng 01/2026"))) << path;
  }
  // The notice keeps its place-and-date line, where the place belongs.
  EXPECT_THAT(files["xa-thu/kh-2026/in/index.html"], HasSubstr("Thử, ngày … tháng … năm"));
}

TEST(Wording, OccurrencesAreSeparatedAndTheDayBeforeIsExplained) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("data/xa-thu/kh-2026.json", replaced(testing::minimal_plan_json(), "\"Quý IV/2026\"",
                                                 "\"Trước ngày 10 của tháng cuối quý\""));
  auto files = render(dir.path());
  EXPECT_THAT(files["xa-thu/kh-2026/nv-2/index.html"],
              HasSubstr("Các kỳ hạn: 09/03/2026, 09/06/2026, 09/09/2026, 09/12/2026"));
  // "Trước ngày 13/01/2026" sits beside "Hạn: 12/01/2026", with the reason.
  EXPECT_THAT(files["xa-thu/kh-2026/index.html"], HasSubstr("Hạn: 12/01/2026 (ngày cuối trước 13/01/2026)"));
  EXPECT_THAT(files["xa-thu/kh-2026/nv-1/index.html"],
              HasSubstr("Hạn: 12/01/2026 (ngày cuối trước 13/01/2026)"));
  EXPECT_THAT(files["xa-thu/kh-2026/nv-1/index.html"], HasSubstr("cach-doc/index.html#thoi-han"));
}

TEST(Wording, ADeadlineThatIsItsOwnLastDayGetsNoExplanation) {
  Deadline d = parse_deadline("Chậm nhất ngày 09/9/2026", {2026, 2026});
  EXPECT_FALSE(reads_as_day_before(d));
  EXPECT_TRUE(reads_as_day_before(parse_deadline("Trước ngày 13/01/2026", {2026, 2026})));
  EXPECT_TRUE(reads_as_day_before(parse_deadline("Hoàn thành trước ngày 13/01/2026", {2026, 2026})));
  EXPECT_FALSE(reads_as_day_before(parse_deadline("Quý I/2026", {2026, 2026})));
}

// A definition that restates its term ("Người ký: Người ký (dữ liệu minh họa)") says nothing: no page of the
// demo portal has one.
TEST(Wording, NoDefinitionOnTheDemoPortalRepeatsItsTerm) {
  TempDir dir;
  fs::copy(testing::source_dir() / "content", dir.path() / "content", fs::copy_options::recursive);
  fs::copy(testing::source_dir() / "data", dir.path() / "data", fs::copy_options::recursive);
  auto files = render(dir.path(), {2026, 6, 15});
  static const std::regex restated(R"re(<dt>([^<]+)</dt>\s*<dd>\1)re");
  for (const auto& [path, html] : files) {
    if (!is_page(path, html)) continue;
    std::smatch m;
    EXPECT_FALSE(std::regex_search(html, m, restated)) << path << ": " << m.str();
  }
}

// History shows earlier values of Markdown fields rendered, as the task table shows the current ones.
TEST(Wording, HistoryRendersMarkdownNotAsterisks) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  auto git = [&](const std::string& args) {
    auto r = testing::run_command(
        "cd " + testing::shell_quote(dir.path()) +
        " && git -c user.name=Thu -c user.email=thu@xa-thu.invalid -c commit.gpgsign=false " + args);
    ASSERT_EQ(r.exit_code, 0) << r.output;
  };
  git("init -q");
  git("add -A");
  git("commit -q -m 'Công bố kế hoạch'");
  dir.write("data/xa-thu/kh-2026.json", replaced(testing::minimal_plan_json(), "\"Trước ngày 13/01/2026\"",
                                                 "\"Trước ngày 13/01/2026 *(kèm báo cáo)*\""));
  git("commit -q -a -m 'Sửa thời hạn nhiệm vụ 1'");
  History history = read_history(dir.path(), {});
  ASSERT_EQ(history.state, History::State::Ok) << history.warning;
  auto files = render(dir.path(), {2026, 3, 1}, &history);
  const std::string& task = files["xa-thu/kh-2026/nv-1/index.html"];
  EXPECT_THAT(task, HasSubstr("<ins>Trước ngày 13/01/2026 <em>(kèm báo cáo)</em></ins>"));
  EXPECT_THAT(files["xa-thu/kh-2026/index.html"], HasSubstr("<em>(kèm báo cáo)</em></ins>"));
  for (const auto& [path, html] : files)
    if (path.ends_with(".html")) EXPECT_THAT(html, Not(HasSubstr("*(kèm"))) << path;
  // The feeds say the same in plain text, read from the pages' rendering: no Markdown marks.
  fs::path site = dir.path() / "site";
  auto built = testing::run_command(testing::congkhai_binary() + " build --source " + testing::shell_quote(dir.path()) +
                                    " --out " + testing::shell_quote(site) + " --today 2026-03-01");
  ASSERT_EQ(built.exit_code, 0) << built.output;
  for (const char* feed : {"thay-doi.xml", "xa-thu/thay-doi.xml", "xa-thu/kh-2026/thay-doi.xml"}) {
    std::string xml = testing::read_file(site / feed);
    EXPECT_THAT(xml, HasSubstr("Trước ngày 13/01/2026 → Trước ngày 13/01/2026 (kèm báo cáo)")) << feed;
    EXPECT_THAT(xml, Not(HasSubstr("*("))) << feed;
  }
}

// One commit can bring several communes' plans (a first import). Each commune's "recent changes" names
// only its own plans; the portal's list names them all.
TEST(Wording, ACommunesRecentChangesNameOnlyItsOwnArrivedPlans) {
  TempDir dir;
  testing::write_minimal_portal(dir);
  dir.write("content/xa-hai/_index.md", "---\nten: Xã Hai\nloai: xa\nminh_hoa: true\n---\nXã hư cấu thứ hai.\n");
  dir.write("content/xa-hai/kh-2026.md",
            "---\ntieu_de: Kế hoạch chuyển đổi số năm 2026\nso_hieu: 12/KH-UBND\nngay_ban_hanh: 2026-01\nky: 2026\n---\n"
            "## I. MỤC ĐÍCH\n\nNội dung kế hoạch.\n");
  dir.write("data/xa-hai/kh-2026.json", testing::minimal_plan_json());
  auto r = testing::run_command("cd " + testing::shell_quote(dir.path()) +
                                " && git init -q && git add -A && git -c user.name=Thu -c user.email=thu@xa-thu.invalid"
                                " -c commit.gpgsign=false commit -q -m 'Nhập kế hoạch'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  History history = read_history(dir.path(), {});
  ASSERT_EQ(history.state, History::State::Ok) << history.warning;
  auto files = render(dir.path(), {2026, 3, 1}, &history);
  const std::string own = "Kế hoạch cải cách hành chính năm 2026", other = "Kế hoạch chuyển đổi số năm 2026";
  auto arrival_line = [](const std::string& html) {
    auto at = html.find("Kế hoạch được đưa lên cổng:");
    return at == std::string::npos ? std::string() : html.substr(at, html.find('<', at) - at);
  };
  EXPECT_THAT(arrival_line(files["xa-thu/index.html"]), HasSubstr(own));
  EXPECT_THAT(arrival_line(files["xa-thu/index.html"]), Not(HasSubstr(other)));
  EXPECT_THAT(arrival_line(files["xa-hai/index.html"]), HasSubstr(other));
  EXPECT_THAT(arrival_line(files["xa-hai/index.html"]), Not(HasSubstr(own)));
  EXPECT_THAT(arrival_line(files["index.html"]), AllOf(HasSubstr(own), HasSubstr(other)));
}

}  // namespace
}  // namespace ck
