// search.js (the engine citizens run) and query.cc (the reference the other
// tests pin) must agree: the same index, the same queries, the same ranked
// documents, which of them are approximate, and the unmatched words. Runs search.js in node; skipped without node.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "search/search_fixture.h"
#include "support/test_support.h"

namespace ck::search {
namespace {

// Loads search.js with a stand-in window, then every index file, then runs
// the queries given as JSON [[query, prefix_last, filters], …].
constexpr const char* kDriver = R"(
const fs = require('fs'), vm = require('vm'), path = require('path');
const [js, dir, queries] = process.argv.slice(2);
const ctx = { document: { getElementById: () => null } };
ctx.window = ctx;
vm.createContext(ctx);
vm.runInContext(fs.readFileSync(js, 'utf8'), ctx);
for (const f of fs.readdirSync(dir).sort()) vm.runInContext(fs.readFileSync(path.join(dir, f), 'utf8'), ctx);
const core = ctx.__ckSearchCore;
const out = JSON.parse(fs.readFileSync(queries, 'utf8')).map(([q, prefix, f]) => {
  const r = core.run(core.tokens(q.normalize('NFC')), prefix, f);
  return { unmatched: r.unmatched, docs: r.hits.map((h) => h.d), approximate: r.hits.map((h) => h.a) };
});
process.stdout.write(JSON.stringify(out));
)";

TEST(SearchJs, RanksExactlyLikeTheReferenceEngine) {
  if (ck::testing::run_command("command -v node").exit_code != 0) GTEST_SKIP() << "node not installed";
  testing::MiniPortal m;
  m.task("Cải cách thủ tục hành chính, hành chính công.", "1").lead = {"Phòng Văn hoá - Xã hội"};
  m.task("Sắp xếp cài đặt phần mềm một cửa.", "2").products = {"Trung tâm Phục vụ hành chính công"};
  m.task("Giải quyết tranh chấp đất đai quá hạn.", "12", "xa-b");
  m.task("Chăm sóc sức khoẻ; Uỷ ban nhân dân; định danh VNeID.", "3").status = ReportedStatus::Done;
  m.task("Va\xCC\x86n hoa\xCC\x81 xa\xCC\x83 ho\xCC\x82\xCC\xA3i; công chính hành.", "4", "xa-b");
  m.task("Sửa đổi một số điều của Nghị định.", "5");
  m.plan("xa-a", "kh-2026").body_markdown =
      "Căn cứ Luật.\n\n## I. MỤC ĐÍCH\n\n### 1. Yêu cầu\n\nCông khai tại Bộ phận một cửa; cửa hàng một lần.\n";
  for (int i = 0; i < 60; ++i) m.task("Nhiệm vụ phụ số " + std::to_string(i) + " về hành chính và đất đai.");
  ShardLimits small;
  small.term_bytes = 400;  // many shards, so prefix lookups cross shard boundaries

  ck::testing::TempDir dir;
  for (const auto& [path, content] : m.files(small)) dir.write("index/" + path.substr(7), content);
  nlohmann::json queries = nlohmann::json::array();
  SearchIndex idx = m.index(small);
  nlohmann::json expected = nlohmann::json::array();
  auto add = [&](const std::string& q, bool prefix, const Filters& f = {}) {
    queries.push_back({q, prefix, {{"xa", f.commune}, {"trang_thai", f.status}, {"co_quan", f.agency}}});
    QueryResult r = idx.search(q, prefix, f);
    nlohmann::json docs = nlohmann::json::array(), approximate = nlohmann::json::array();
    for (const auto& h : r.hits) docs.push_back(h.doc), approximate.push_back(h.approximate);
    expected.push_back({{"unmatched", r.unmatched}, {"docs", docs}, {"approximate", approximate}});
  };
  for (const char* q : {"hành chính công", "hanh chinh cong", "cải", "cài", "cai", "Phòng Văn hóa", "van hoa xa hoi",
                        "sức khỏe Ủy ban", "VNeID", "12", "dat dai", "đất đai quá hạn", "một cửa", "xyz hành", "1",
                        "nhiệm vụ phụ số 4", "một của", "mục đích yêu cầu", "căn cứ", "cửa một"})
    add(q, false);
  for (const char* q : {"hành ch", "đất đ", "d", "nhiệm vụ phụ số 4", "cai c", "một cử", "một c", "mục đí"}) add(q, true);
  add("hành chính", false, {"xa-b", "", ""});
  add("hành chính", false, {"", "", "phong-van-hoa-xa-hoi"});
  add("vneid", false, {"", "hoan_thanh", ""});
  dir.write("queries.json", queries.dump());
  dir.write("driver.js", kDriver);

  std::string js = std::string(CK_SOURCE_DIR) + "/themes/default/static/search.js";
  auto run = ck::testing::run_command("node " + (dir.path() / "driver.js").string() + " " + js + " " +
                                      (dir.path() / "index").string() + " " + (dir.path() / "queries.json").string());
  ASSERT_EQ(run.exit_code, 0) << run.output;
  nlohmann::json got = nlohmann::json::parse(run.output);
  ASSERT_EQ(got.size(), expected.size());
  for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i], expected[i]) << "query " << queries[i].dump();
}

}  // namespace
}  // namespace ck::search
