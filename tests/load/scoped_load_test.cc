// `build --commune`: loading only what one commune's site shows must give the
// same model as loading everything and cutting it down (scope_to_commune).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "load/portal_loader.h"
#include "model/commune_scope.h"
#include "support/test_support.h"

namespace ck {
namespace {

namespace fs = std::filesystem;
using ck::testing::TempDir;
using ::testing::HasSubstr;

// Everything a page can show of a portal, as text, so two models compare with a readable diff.
std::string describe(const Portal& p) {
  std::ostringstream out;
  out << "config " << p.config.title << "|" << p.config.base_url << "|" << p.config.history_sources.size() << "\n";
  for (const auto& c : p.communes) {
    out << "commune " << c.id << "|" << c.name << "|" << commune_kind_key(c.kind) << "|" << c.parent_id << "|"
        << c.portal_url << "|" << c.illustrative << "|" << c.order << "|" << c.body_markdown.size() << "\n";
    for (const auto& a : c.agencies) out << "  agency " << a.id << "|" << a.name << "|" << a.aliases.size() << "\n";
    for (const auto& pl : c.plans) {
      out << "  plan " << pl.id << "|" << pl.title << "|" << pl.doc_number << "|" << pl.body_markdown.size() << "|"
          << pl.sections.size() << "|" << pl.indicators.size() << "\n";
      for (const auto& ref : pl.implements) out << "    implements " << ref.number << "|" << ref.plan << "\n";
      for (const auto& t : pl.tasks) {
        out << "    task " << t.id << "|" << t.number << "|" << t.parent_id << "|" << reported_status_key(t.status) << "|"
            << (t.progress ? *t.progress : -1) << "|" << t.deadline.text << "|" << t.text.size() << "|";
        for (const auto& l : t.lead) out << l << ";";
        out << "\n";
      }
    }
  }
  return out.str();
}

std::string scoped_both_ways(const fs::path& root, const std::string& id, std::string& full_way) {
  Diagnostics all_diags, one_diags;
  auto all = load_portal(root, all_diags);
  auto one = load_portal(root, one_diags, id);
  if (!all || !one) return "not loaded";
  EXPECT_FALSE(all_diags.has_errors());
  EXPECT_FALSE(one_diags.has_errors());
  auto cut_all = scope_to_commune(*all, id);
  auto cut_one = scope_to_commune(*one, id);
  if (!cut_all || !cut_one) return "not scoped";
  full_way = describe(*cut_all);
  return describe(*cut_one);
}

TEST(ScopedLoad, EveryDemoCommuneLoadsAsIfCutFromTheWholePortal) {
  fs::path root = testing::source_dir();
  auto ids = commune_folder_ids(root);
  ASSERT_GE(ids.size(), 5u);
  for (const auto& id : ids) {
    std::string full_way;
    EXPECT_EQ(scoped_both_ways(root, id, full_way), full_way) << id;
  }
  // The city plan that Tiên Lãng implements comes along, and nothing else of the city.
  Diagnostics diags;
  auto one = load_portal(root, diags, "tien-lang");
  ASSERT_TRUE(one);
  auto cut = scope_to_commune(*one, "tien-lang");
  ASSERT_TRUE(cut);
  EXPECT_EQ(cut->communes.size(), one->communes.size());
  EXPECT_GE(one->communes.size(), 2u);
}

TEST(ScopedLoad, GeneratedCorpusCommunesAgreeToo) {
  TempDir dir;
  auto r = testing::run_command("python3 '" + (testing::source_dir() / "bench/site/make_corpus.py").string() + "' '" +
                                testing::source_dir().string() + "' '" + (dir.path() / "c").string() +
                                "' --communes 6 --plans 2 --tasks 12 --commits 30");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  fs::path root = dir.path() / "c/src";
  auto ids = commune_folder_ids(root);
  ASSERT_EQ(ids.size(), 6u);
  for (const auto& id : ids) {
    std::string full_way;
    EXPECT_EQ(scoped_both_ways(root, id, full_way), full_way) << id;
  }
}

TEST(ScopedLoad, AnotherCommunesBrokenFileDoesNotStopThisCommunesBuild) {
  TempDir dir;
  auto r = testing::run_command("python3 '" + (testing::source_dir() / "bench/site/make_corpus.py").string() + "' '" +
                                testing::source_dir().string() + "' '" + (dir.path() / "c").string() +
                                "' --communes 3 --plans 1 --tasks 5 --commits 5");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  fs::path root = dir.path() / "c/src";
  auto ids = commune_folder_ids(root);
  ASSERT_EQ(ids.size(), 3u);
  for (const auto& e : fs::directory_iterator(root / "data" / ids[1]))
    dir.write(fs::relative(e.path(), dir.path()).string(), "{ không phải JSON");
  Diagnostics whole;
  load_portal(root, whole);
  EXPECT_TRUE(whole.has_errors());  // the whole portal's build reports it
  Diagnostics scoped;
  auto one = load_portal(root, scoped, ids[0]);
  ASSERT_TRUE(one);
  EXPECT_FALSE(scoped.has_errors());
  ASSERT_EQ(one->communes.size(), 1u);
  EXPECT_EQ(one->communes[0].id, ids[0]);
  Diagnostics own;
  load_portal(root, own, ids[1]);
  EXPECT_TRUE(own.has_errors());  // and so does that commune's own build
}

TEST(ScopedLoad, UnknownCommuneLoadsNoCommuneAndTheIdsAreListed) {
  Diagnostics diags;
  auto p = load_portal(testing::source_dir(), diags, "khong-co");
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->communes.empty());
  EXPECT_THAT(commune_folder_ids(testing::source_dir()), ::testing::Contains("tien-lang"));
  Diagnostics bad;
  auto q = load_portal(testing::source_dir(), bad, "../etc");
  ASSERT_TRUE(q);
  EXPECT_TRUE(q->communes.empty());
}

TEST(ScopedLoad, AMissingImplementedPlanIsStillReported) {
  TempDir dir;
  fs::path root = dir.path();
  dir.write("content/xa-a/_index.md", "---\nten: Xã A\nloai: xa\n---\n");
  dir.write("content/xa-a/kh.md",
                      "---\ntieu_de: Kế hoạch\nso_hieu: 1/KH-UBND\nloai_van_ban: Kế hoạch\nngay_ban_hanh: 2026-01-05\n"
                      "thuc_hien:\n  - so_hieu: 9/KH-UBND\n    ke_hoach: tinh/khong-co\n---\nNội dung.\n");
  dir.write("data/xa-a/kh.json", "{\"nhiem_vu\": []}\n");
  Diagnostics diags;
  load_portal(root, diags, "xa-a");
  EXPECT_TRUE(diags.has_errors());
  bool named = false;
  for (const auto& d : diags.items()) named |= d.message.find("tinh/khong-co") != std::string::npos;
  EXPECT_TRUE(named);
}

}  // namespace
}  // namespace ck
