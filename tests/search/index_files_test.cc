// The index files: postings encoding, shards and their selection, file count
// and sizes, byte-reproducible output.
#include "search/index_files.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "search/postings.h"
#include "util/parallel.h"
#include "search/search_fixture.h"

namespace ck::search {
namespace {

using ::testing::ElementsAre;
using testing::MiniPortal;

TEST(Postings, EncodeAndDecodeRoundTrip) {
  std::vector<Posting> in = {{0, kText, {0, 3}}, {5, kText | kOther, {40}}, {1000, kNumber, {0, 31, 32, 70000}}};
  std::string text = encode_postings(in);
  std::vector<Posting> out;
  ASSERT_TRUE(decode_postings(text, out));
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[2].doc, 1000u);
  EXPECT_EQ(out[1].mask, kText | kOther);
  EXPECT_EQ(out[2].positions, (std::vector<uint32_t>{0, 31, 32, 70000}));
  EXPECT_FALSE(decode_postings("0w", out));  // a continuation digit with nothing after it
}

TEST(Postings, VarintsUseOneCharacterBelow32) {
  std::string s;
  put_varint(s, 0);
  put_varint(s, 31);
  put_varint(s, 32);
  EXPECT_EQ(s, "0vw1");
}

TEST(Postings, InvertRecordsFieldsAndPositionsWithGapsBetweenFields) {
  Doc d;
  d.fields = {{kNumber, "12"}, {kText, "Cải cách hành chính"}, {kOther, "Phòng Văn hóa"}};
  TermIndex idx = invert({d});
  const Posting& cai = idx.at("cai").at("cai3").at(0);
  EXPECT_EQ(cai.mask, kText);
  EXPECT_EQ(cai.positions, (std::vector<uint32_t>{1 + kFieldGap}));
  EXPECT_EQ(idx.at("phong").at("phong2").at(0).mask, kOther);
  // Phrases rank in every field (a product's too), never across two.
  EXPECT_EQ(idx.at("phong").at("phong2").at(0).positions, (std::vector<uint32_t>{1 + kFieldGap + 4 + kFieldGap}));
  EXPECT_EQ(idx.at("hoa").count("hoa1"), 1u);
}

TEST(Postings, OneSpellingPerVariantUnderItsFoldedKey) {
  Doc d;
  d.fields = {{kText, "hóa hoá hòa hoa"}};
  TermIndex idx = invert({d});
  ASSERT_EQ(idx.size(), 1u);
  EXPECT_EQ(idx.at("hoa").size(), 3u);  // hoa1 (both placements), hoa2, hoa
  EXPECT_EQ(idx.at("hoa").at("hoa1").at(0).positions, (std::vector<uint32_t>{0, 1}));
}

// The inversion runs in chunks of documents (about 128 KB of text each) joined afterwards: the
// postings across many chunks are those of each document inverted on its own.
TEST(Postings, ChunksJoinAsIfEachDocumentWereInvertedAlone) {
  std::vector<Doc> docs(120);
  for (size_t d = 0; d < docs.size(); ++d) {
    std::string text;
    for (int k = 0; k < 400; ++k) text += (k + d) % 3 ? "Văn hóa, " : "văn hoá và y tế ";
    if (d % 7 == 0) text += "số " + std::to_string(d);
    docs[d].fields = {{kNumber, std::to_string(d)}, {kText, text}, {kOther, d % 2 ? "Hóa" : "hoá"}};
  }
  TermIndex joined = invert(docs);
  TermIndex expected;
  for (uint32_t d = 0; d < docs.size(); ++d)
    for (auto& [folded, variants] : invert({docs[d]}))
      for (auto& [exact, postings] : variants)
        for (Posting p : postings) expected[folded][exact].push_back({d, p.mask, p.positions});
  ASSERT_EQ(joined.size(), expected.size());
  for (const auto& [folded, variants] : expected)
    for (const auto& [exact, postings] : variants) {
      const auto& got = joined.at(folded).at(exact);
      ASSERT_EQ(got.size(), postings.size()) << exact;
      for (size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].doc, postings[i].doc) << exact;
        EXPECT_EQ(got[i].mask, postings[i].mask) << exact;
        EXPECT_EQ(got[i].positions, postings[i].positions) << exact;
      }
    }
  EXPECT_EQ(joined.at("hoa").at("hoa1").size(), docs.size());  // "hóa" and "hoá" in every document
}

MiniPortal many_tasks(int n) {
  MiniPortal m;
  const char* words[] = {"cải cách", "hành chính", "đất đai", "một cửa", "văn hóa", "y tế", "giáo dục", "bưu chính",
                         "quốc phòng", "nông nghiệp", "thủ tục", "số hóa", "khoẻ mạnh", "ủy ban", "kinh tế"};
  for (int i = 0; i < n; ++i)
    m.task(std::string("Thực hiện ") + words[i % 15] + " và " + words[(i * 7) % 15] + " năm " + std::to_string(2000 + i),
           std::to_string(i + 1), "xa-" + std::to_string(i % 3));
  return m;
}

TEST(Shards, QueryLoadsOnlyTheShardsOfItsWords) {
  MiniPortal m = many_tasks(300);
  ShardLimits small;
  small.term_bytes = 600;
  SearchIndex idx = m.index(small);
  ASSERT_GT(idx.meta()["terms"].size(), 4u);
  QueryResult r = idx.search("đất đai");
  EXPECT_LE(r.shards.size(), 2u);
  EXPECT_EQ(r.shards, (std::set<std::string>{idx.shards_for("dat", false)[0], idx.shards_for("dai", false)[0]}));
  EXPECT_EQ(r.hits.size(), 40u);  // 300 tasks, each pair of words twice in 15
}

TEST(Shards, AShardHoldsAContiguousRangeOfFoldedKeys) {
  MiniPortal m = many_tasks(300);
  ShardLimits small;
  small.term_bytes = 600;
  SearchIndex idx = m.index(small);
  const auto& terms = idx.meta()["terms"];
  EXPECT_EQ(terms[0][0], "");
  for (size_t i = 1; i < terms.size(); ++i) EXPECT_LT(terms[i - 1][0], terms[i][0]);
  // A key below the second start lives in the first shard; prefix lookups span
  // every shard whose first key starts with the prefix.
  EXPECT_THAT(idx.shards_for("", false), ElementsAre(terms[0][1]));
  std::string second = terms[1][0];
  EXPECT_EQ(idx.shards_for(second, false), std::vector<std::string>{terms[1][1]});
  EXPECT_GE(idx.shards_for("", true).size(), terms.size());
}

TEST(Files, AreFewScriptsThatRegisterTheirData) {
  MiniPortal m = many_tasks(300);
  auto files = m.files();
  EXPECT_LT(files.size(), 50u);
  ASSERT_TRUE(files.count(kMetaPath));
  for (const auto& [path, content] : files) {
    Registered r;
    EXPECT_TRUE(unwrap_index_file(content, r)) << path;
    EXPECT_EQ(content.substr(0, 3), "\xEF\xBB\xBF") << path << ": a BOM fixes the charset";
    EXPECT_EQ(path == kMetaPath ? "meta" : path.substr(7, path.size() - 10), r.name);
    EXPECT_EQ(content.find("</"), std::string::npos) << path;
  }
}

TEST(Files, SameInputSameBytes) {
  auto a = many_tasks(200).files();
  auto b = many_tasks(200).files();
  EXPECT_EQ(a, b);
  MiniPortal c = many_tasks(200);
  c.task("Một nhiệm vụ nữa.");
  EXPECT_NE(c.files().at(kMetaPath), a.at(kMetaPath));
}

// The index is built on every core; its bytes do not depend on how many there are.
TEST(Files, SameBytesWhateverTheThreadCount) {
  MiniPortal m = many_tasks(2000);
  for (int c = 0; c < 8; ++c) {  // narratives: the bulk of the text, and several inversion chunks
    std::string body;
    for (int h = 0; h < 10; ++h) {
      body += "## Mục " + std::to_string(h + 1) + "\n\n";
      for (int s = 0; s < 60; ++s)
        body += "Tăng cường cải cách hành chính, chuyển đổi số năm " + std::to_string(2000 + s) + ". ";
      body += "\n\n";
    }
    m.plan("xa-" + std::to_string(c % 3), "kh-2026").body_markdown = body;
  }
  std::vector<std::map<std::string, std::string>> builds;
  for (unsigned threads : {1u, 2u, 5u}) {
    set_default_threads(threads);
    builds.push_back(m.files());
  }
  set_default_threads(0);
  EXPECT_GT(builds[0].size(), 20u);
  EXPECT_EQ(builds[1], builds[0]);
  EXPECT_EQ(builds[2], builds[0]);
}

// Shards are written without building json values; each is exactly what the JSON library writes
// for the same value (then '<', U+2028 and U+2029 escaped), whatever the text holds.
TEST(Files, AreWrittenAsTheJsonLibraryWritesThem) {
  MiniPortal m;
  const std::string odd[] = {"ngoặc \"kép\" và \\ gạch", "điều khiển \x01\x1f\x7f tab\t dòng\n\r\b\f",
                             "<b>thẻ</b> \xE2\x80\xA8 \xE2\x80\xA9 …", "emoji \xF0\x9F\x98\x80 汉字 mã ２０２６",
                             "hỏng \xC3\x28 \xED\xA0\x80 \xF4\x90\x80\x80 \xC0\xAF \xE1\xBB cuối", "\xFF"};
  int i = 0;
  for (const auto& text : odd) {
    Task& t = m.task("Nhiệm vụ " + std::to_string(++i), std::to_string(i));
    t.products = {text};
    t.deadline.text = text;
    m.plan("xa-" + std::to_string(i), "kh-" + std::to_string(i)).title = text;
  }
  for (const auto& [path, content] : m.files()) {
    Registered r;
    ASSERT_TRUE(unwrap_index_file(content, r)) << path;
    std::string data = content.substr(content.find(',') + 1);  // after the BOM, the opening and the name
    data.resize(data.size() - std::string_view("]);\n").size());
    std::string canonical = nlohmann::json::parse(r.json).dump(), escaped;
    for (size_t k = 0; k < canonical.size(); ++k) {
      if (canonical[k] == '<') escaped += "\\u003c";
      else if (canonical.compare(k, 3, "\xE2\x80\xA8") == 0) escaped += "\\u2028", k += 2;
      else if (canonical.compare(k, 3, "\xE2\x80\xA9") == 0) escaped += "\\u2029", k += 2;
      else escaped += canonical[k];
    }
    EXPECT_EQ(data, escaped) << path;
  }
}

TEST(Files, ContentCannotBreakOutOfTheScript) {
  MiniPortal m;
  m.task("</script><script>alert(1)</script> \"]); alert(2); //");
  auto files = m.files();
  SearchIndex idx = m.index();
  EXPECT_EQ(idx.search("alert").hits.size(), 1u);
  for (const auto& [path, content] : files) {
    Registered r;
    ASSERT_TRUE(unwrap_index_file(content, r)) << path;
  }
}

}  // namespace
}  // namespace ck::search
