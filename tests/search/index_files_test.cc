// The index files: postings encoding, shards and their selection, file count
// and sizes, byte-reproducible output.
#include "search/index_files.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "search/postings.h"
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
