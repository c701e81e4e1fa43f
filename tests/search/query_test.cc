// How queries match and rank: strict AND over whole syllables, prefix only on
// the last word while typing, the words that match nothing, exact accents
// first, phrases next, then field weights.
#include "search/query.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "search/search_fixture.h"

namespace ck::search {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::MiniPortal;

TEST(Query, UnaccentedWordsFindAccentedTextIncludingDd) {
  MiniPortal m;
  m.task("Giải quyết tranh chấp đất đai.");
  m.task("Cải cách thủ tục hành chính.");
  EXPECT_THAT(m.ids("dat dai"), ElementsAre("xa-a/kh-2026/nv-1"));
  EXPECT_THAT(m.ids("thu tuc hanh chinh"), ElementsAre("xa-a/kh-2026/nv-2"));
  EXPECT_THAT(m.ids("ĐẤT ĐAI"), ElementsAre("xa-a/kh-2026/nv-1"));
}

TEST(Query, EveryWordMustMatchAWholeSyllable) {
  MiniPortal m;
  m.task("Thủ tục hành chính.");
  m.task("Thủ tục đất đai.");
  EXPECT_THAT(m.ids("thủ tục hành"), ElementsAre("xa-a/kh-2026/nv-1"));
  // "thu" is not a prefix of anything here: "thủ" never matches "thứ tự" style prefixes
  EXPECT_THAT(m.ids("th"), IsEmpty());
  EXPECT_THAT(m.ids("hành đất"), IsEmpty());  // both words exist, never in one task
}

TEST(Query, ReportsTheWordsThatMatchNothing) {
  MiniPortal m;
  m.task("Cải cách hành chính.");
  SearchIndex idx = m.index();
  QueryResult r = idx.search("cải cách xyzzy hành qwe");
  EXPECT_THAT(r.unmatched, ElementsAre("xyzzy", "qwe"));
  EXPECT_THAT(r.hits, IsEmpty());
  EXPECT_THAT(idx.search("cải cách").unmatched, IsEmpty());
}

TEST(Query, PrefixOnlyOnTheLastWordAndOnlyWhileTyping) {
  MiniPortal m;
  m.task("Hành chính công.");
  m.task("Chính sách.");
  EXPECT_THAT(m.ids("hành chí", true), ElementsAre("xa-a/kh-2026/nv-1"));
  EXPECT_THAT(m.ids("hành chí", false), IsEmpty());
  EXPECT_THAT(m.ids("hà chính", true), IsEmpty());  // not the last word: no prefix
  SearchIndex idx = m.index();
  EXPECT_THAT(idx.search("hà chính", true).unmatched, ElementsAre("hà"));
}

TEST(Query, AWholeSyllableRanksAboveAPrefixMatch) {
  MiniPortal m;
  m.task("Hạnh kiểm tốt.");
  m.task("Thời hạn nộp.");
  EXPECT_THAT(m.ids("han", true), ElementsAre("xa-a/kh-2026/nv-2", "xa-a/kh-2026/nv-1"));
}

TEST(Query, ExactAccentsRankAboveFoldedMatches) {
  MiniPortal m;
  m.task("Sắp xếp cài đặt phần mềm.");  // cài
  m.task("Cải tạo trụ sở.");            // cải
  m.task("Cái mới.");                   // cái
  EXPECT_THAT(m.ids("cải"), ElementsAre("xa-a/kh-2026/nv-2", "xa-a/kh-2026/nv-1", "xa-a/kh-2026/nv-3"));
  EXPECT_THAT(m.ids("cài"), ElementsAre("xa-a/kh-2026/nv-1", "xa-a/kh-2026/nv-2", "xa-a/kh-2026/nv-3"));
  // Unaccented: no word is preferred, document order stands.
  EXPECT_THAT(m.ids("cai"), ElementsAre("xa-a/kh-2026/nv-1", "xa-a/kh-2026/nv-2", "xa-a/kh-2026/nv-3"));
}

TEST(Query, TonePlacementDoesNotChangeExactness) {
  MiniPortal m;
  m.task("Phòng Văn hoà.");                 // a folded-only match for "hóa"
  m.task("Phòng Văn hoá - Xã hội.");        // old placement of hóa
  m.task("Chăm sóc sức khoẻ, Uỷ ban.");
  EXPECT_THAT(m.ids("Phòng Văn hóa"), ElementsAre("xa-a/kh-2026/nv-2", "xa-a/kh-2026/nv-1"));
  EXPECT_THAT(m.ids("sức khỏe Ủy ban"), ElementsAre("xa-a/kh-2026/nv-3"));
  EXPECT_EQ(m.index().search("sức khỏe Ủy ban").hits.at(0).exact, 3);  // "ban" has no accent to match
}

TEST(Query, NfdTextIsFoundByNfcQueriesAndBack) {
  MiniPortal m;
  m.task("Va\xCC\x86n ho\xCC\x81\x61 xa\xCC\x83 ho\xCC\x82\xCC\xA3i.");  // NFD, old tone placement
  EXPECT_THAT(m.ids("Văn hóa xã hội"), ElementsAre("xa-a/kh-2026/nv-1"));
  EXPECT_EQ(m.index().search("Văn hóa xã hội").hits.at(0).exact, 4);
  MiniPortal n;
  n.task("Văn hóa xã hội.");
  EXPECT_EQ(n.index().search("Va\xCC\x86n hoa\xCC\x81").hits.at(0).exact, 2);
}

TEST(Query, AdjacentSyllablesRankAsAPhrase) {
  MiniPortal m;
  m.task("Chính sách hành chính, công khai.");  // all three words, apart
  m.task("Trung tâm hành chính công.");        // the phrase
  m.task("Công chính hành.");                  // reversed
  EXPECT_THAT(m.ids("hành chính công"),
              ElementsAre("xa-a/kh-2026/nv-2", "xa-a/kh-2026/nv-1", "xa-a/kh-2026/nv-3"));
  EXPECT_EQ(m.index().search("hành chính công").hits.at(0).phrase, 4);  // two pairs, in the text
}

TEST(Query, NoPhraseAcrossFields) {
  MiniPortal m;
  Task& t = m.task("Kiểm tra hành");
  t.lead = {"Chính quyền"};
  m.task("Hành chính.");
  SearchIndex idx = m.index();
  auto hits = idx.search("hành chính").hits;
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].phrase, 2);
  EXPECT_EQ(hits[1].phrase, 0);
}

TEST(Query, APhraseInTheTextRanksAboveOneInAnAgencyName) {
  MiniPortal m;
  m.task("Công khai chính sách hành chính.").lead = {"Trung tâm Phục vụ hành chính công"};
  m.task("Nâng cấp Trung tâm Phục vụ hành chính công.");
  // The task and the agency say it in their text (a tie, in document order); nv-1 only through its lead agency.
  EXPECT_THAT(m.ids("hành chính công"),
              ElementsAre("xa-a/kh-2026/nv-2", "search/index.html?co_quan=trung-tam-phuc-vu-hanh-chinh-cong",
                          "xa-a/kh-2026/nv-1"));
}

TEST(Query, TaskTextAndNumberWeighMoreThanAgenciesAndProducts) {
  MiniPortal m;
  m.task("Báo cáo kết quả.").products = {"Văn bản một cửa"};
  m.task("Tổ chức bộ phận một cửa.");
  m.task("Kiểm tra.").lead = {"Bộ phận một cửa"};
  // The agency "Bộ phận một cửa" is a document too: its name is its text.
  EXPECT_THAT(m.ids("cửa"), ElementsAre("xa-a/kh-2026/nv-2", "search/index.html?co_quan=bo-phan-mot-cua",
                                        "xa-a/kh-2026/nv-3", "xa-a/kh-2026/nv-1"));
  // A phrase in a product (what the task makes) ranks above one in its lead agency's name (who does it).
  EXPECT_THAT(m.ids("một cửa"), ElementsAre("xa-a/kh-2026/nv-2", "search/index.html?co_quan=bo-phan-mot-cua",
                                            "xa-a/kh-2026/nv-1", "xa-a/kh-2026/nv-3"));
  MiniPortal n;
  n.task("Báo cáo trước ngày 12/12.", "1");
  n.task("Kiểm tra.", "12");
  EXPECT_THAT(n.ids("12"), ElementsAre("xa-a/kh-2026/nv-2", "xa-a/kh-2026/nv-1"));
}

TEST(Query, StatusLabelsAsOfTheBuildDayAreSearchable) {
  MiniPortal m;
  Task& late = m.task("Sửa trụ sở.");
  late.status = ReportedStatus::InProgress;
  late.deadline = parse_deadline("Trước ngày 01/03/2026", {2026, 2026});
  Task& passed = m.task("Làm đường.");  // no report, deadline passed: "đã qua hạn, chưa có báo cáo"
  passed.deadline = parse_deadline("Trước ngày 01/03/2026", {2026, 2026});
  m.task("Xử lý hồ sơ quá hạn.");
  m.task("Thời hạn quá ngắn.");  // both words, not the phrase
  EXPECT_THAT(m.ids("quá hạn"),
              ElementsAre("xa-a/kh-2026/nv-1", "xa-a/kh-2026/nv-3", "xa-a/kh-2026/nv-4", "xa-a/kh-2026/nv-2"));
  EXPECT_THAT(m.ids("", false, {"", "qua_han", ""}), ElementsAre("xa-a/kh-2026/nv-1"));
}

TEST(Query, FiltersByCommuneStatusAndAgency) {
  MiniPortal m;
  m.task("Cải cách hành chính.", "1", "xa-a").lead = {"Phòng Văn hóa - Xã hội"};
  m.task("Cải cách hành chính.", "1", "xa-b").partners = {"Phòng Văn hóa - Xã hội"};
  m.task("Cải cách hành chính.", "2", "xa-b").status = ReportedStatus::Cancelled;
  EXPECT_THAT(m.ids("cải cách", false, {"xa-b", "", ""}), ElementsAre("xa-b/kh-2026/nv-2", "xa-b/kh-2026/nv-3"));
  EXPECT_THAT(m.ids("cải cách", false, {"", "huy_bo", ""}), ElementsAre("xa-b/kh-2026/nv-3"));
  EXPECT_THAT(m.ids("cải cách", false, {"", "", "phong-van-hoa-xa-hoi"}),
              ElementsAre("xa-a/kh-2026/nv-1", "xa-b/kh-2026/nv-2"));
}

TEST(Query, FindsPlansIndicatorsAndAgencies) {
  MiniPortal m;
  Plan& p = m.plan("xa-a", "kh-2026");
  p.title = "Kế hoạch cải cách hành chính năm 2026";
  p.doc_number = "07/KH-UBND";
  p.indicators.push_back({"ct-1", "Tỷ lệ hài lòng đạt tối thiểu 90%.", ">=", 90, "%", {}});
  m.task("Kiểm tra.").lead = {"Trung tâm Phục vụ hành chính công"};
  SearchIndex idx = m.index();
  auto first = [&](const std::string& q) { return idx.href(idx.search(q).hits.at(0).doc); };
  EXPECT_EQ(first("kế hoạch cải cách"), "xa-a/kh-2026/index.html");
  EXPECT_EQ(first("07"), "xa-a/kh-2026/index.html");
  EXPECT_EQ(first("hài lòng"), "xa-a/kh-2026/index.html#chi-tieu");
  EXPECT_EQ(first("trung tâm phục vụ"), "search/index.html?co_quan=trung-tam-phuc-vu-hanh-chinh-cong");
}

// Issue 17: "một cửa" returned tasks that only say "một … của". With marks
// typed, the tasks spelled as typed come first, the folded-only ones after,
// flagged approximate (search.js lists them under their own heading); the
// phrase ranks above the two words apart in each group.
TEST(Query, AccentedQueryListsExactMatchesBeforeApproximateOnes) {
  MiniPortal m;
  m.task("Sửa đổi một số điều của Nghị định.");               // một … của: folded only
  m.task("Kiểm tra một lần; sửa cửa kho.");                    // both words as typed, apart
  m.task("Thực hiện cơ chế một cửa, một cửa liên thông.");     // the phrase
  m.task("Báo cáo.").products = {"Sổ theo dõi bộ phận một cửa"};  // the phrase, in a product: above the words apart
  SearchIndex idx = m.index();
  QueryResult r = idx.search("một cửa");
  std::vector<std::pair<std::string, bool>> got;
  for (const auto& h : r.hits) got.push_back({idx.href(h.doc), h.approximate});
  EXPECT_THAT(got, ElementsAre(std::pair{"xa-a/kh-2026/nv-3/index.html", false},
                               std::pair{"xa-a/kh-2026/nv-4/index.html", false},
                               std::pair{"xa-a/kh-2026/nv-2/index.html", false},
                               std::pair{"xa-a/kh-2026/nv-1/index.html", true}));
  // Typed without marks, nothing is approximate: every spelling is what was asked for.
  for (const auto& h : idx.search("mot cua").hits) EXPECT_FALSE(h.approximate) << idx.href(h.doc);
  // Only the accented words decide: "cua" is unaccented, "một" is spelled as typed in every task.
  for (const auto& h : idx.search("một cua").hits) EXPECT_FALSE(h.approximate) << idx.href(h.doc);
}

TEST(Query, AWordBeingTypedIsExactWhenItStartsASyllableSpelledSo) {
  EXPECT_TRUE(spelled_as_typed("cưa3", "cư3", true));   // "cử" → "cửa"
  EXPECT_FALSE(spelled_as_typed("cua3", "cư3", true));  // "cử" ↛ "của"
  EXPECT_TRUE(spelled_as_typed("cưa3", "cư", true));    // the tone not typed yet
  EXPECT_FALSE(spelled_as_typed("cưa2", "cư3", true));
  EXPECT_FALSE(spelled_as_typed("cưa3", "cư3", false));  // a finished word is a whole syllable
  MiniPortal m;
  m.task("Sửa đổi một số điều của Nghị định.");
  m.task("Bộ phận một cửa.");
  SearchIndex idx = m.index();
  QueryResult r = idx.search("một cử", true);
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(idx.href(r.hits[0].doc), "xa-a/kh-2026/nv-2/index.html");
  EXPECT_FALSE(r.hits[0].approximate);
  EXPECT_TRUE(r.hits[1].approximate);
}

// The narrative is searchable, one document per heading, linking to the
// heading on the plan's toan-van/ page; a task saying the same words ranks first.
TEST(Query, FindsTheNarrativeByHeadingAndLinksToItsAnchor) {
  MiniPortal m;
  m.plan("xa-a", "kh-2026").body_markdown =
      "Căn cứ Luật Tổ chức chính quyền địa phương.\n\n## I. MỤC ĐÍCH, YÊU CẦU\n\n### 1. Mục đích\n\n"
      "Nâng cao chất lượng phục vụ tại Bộ phận một cửa.\n\n## II. TỔ CHỨC THỰC HIỆN\n\nVăn phòng theo dõi, đôn đốc.\n";
  m.task("Rà soát, nâng cao chất lượng phục vụ của Bộ phận một cửa.");
  SearchIndex idx = m.index();
  auto hrefs = [&](const std::string& q) {
    std::vector<std::string> out;
    for (const auto& h : idx.search(q).hits) out.push_back(idx.href(h.doc));
    return out;
  };
  EXPECT_THAT(hrefs("chất lượng phục vụ"),
              ElementsAre("xa-a/kh-2026/nv-1/index.html", "xa-a/kh-2026/toan-van/index.html#muc_1-muc-dich"));
  EXPECT_THAT(hrefs("đôn đốc"), ElementsAre("xa-a/kh-2026/toan-van/index.html#muc_ii-to-chuc-thuc-hien"));
  EXPECT_THAT(hrefs("tổ chức thực hiện"), ElementsAre("xa-a/kh-2026/toan-van/index.html#muc_ii-to-chuc-thuc-hien"));
  EXPECT_THAT(hrefs("căn cứ luật"), ElementsAre("xa-a/kh-2026/toan-van/index.html"));  // before the first heading
  // "I. MỤC ĐÍCH, YÊU CẦU" has no text of its own before "1. Mục đích": found there, never an empty result.
  EXPECT_THAT(hrefs("yêu cầu"), ElementsAre("xa-a/kh-2026/toan-van/index.html#muc_1-muc-dich"));
  // Filters: a section belongs to its commune; it has no status or agency.
  EXPECT_THAT(m.ids("đôn đốc", false, {"xa-a", "", ""}), ElementsAre("xa-a/kh-2026/toan-van/index.html#muc_ii-to-chuc-thuc-hien"));
  EXPECT_THAT(m.ids("đôn đốc", false, {"", "chua_cap_nhat", ""}), IsEmpty());
}

}  // namespace
}  // namespace ck::search
