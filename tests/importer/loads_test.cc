// What the importer writes is what the loader reads: each seed, imported into
// a fresh portal, loads without an error and keeps its tasks, fields and links.
#include <gtest/gtest.h>

#include "importer/importer.h"
#include "load/portal_loader.h"
#include "support/test_support.h"

namespace ck {
namespace {

TEST(ImportedPlanLoads, EverySeedIntoAFreshPortal) {
  testing::TempDir dir;
  dir.write("content/hai-phong/_index.md", "---\nten: \"Thành phố Hải Phòng\"\nloai: thanh_pho\n---\n");
  dir.write("content/hai-phong/cchc-2026.md", "---\ntieu_de: \"Kế hoạch\"\nky: \"2026\"\n---\n");
  dir.write("data/hai-phong/cchc-2026.json", "{\"nhiem_vu\": []}\n");
  struct Seed {
    const char* file;
    const char* commune;
    const char* plan;
    size_t tasks;
  };
  for (Seed s : {Seed{"tien-lang-cchc-2026.txt", "tien-lang", "cchc-2026", 38},
                 Seed{"bach-long-vi-cchc-2026.txt", "bach-long-vi", "cchc-2026", 28},
                 Seed{"tan-minh-cchc-2026-2030.txt", "tan-minh", "cchc-2026-2030", 0}}) {
    std::string text = testing::read_file(testing::shared_dir() / "seeds" / s.file);
    importer::ImportResult r =
        importer::import_plan(text, {s.file, s.file, {{"5256/QĐ-UBND", "hai-phong/cchc-2026"}}});
    ASSERT_TRUE(r.ok) << r.diags.format_all();
    std::string c = s.commune;
    dir.write("content/" + c + "/_index.md", "---\nten: \"" + c + "\"\nloai: xa\ncap_tren: hai-phong\n---\n");
    dir.write("content/" + c + "/" + s.plan + ".md", r.markdown);
    dir.write("data/" + c + "/" + s.plan + ".json", r.json);
  }
  Diagnostics d;
  auto portal = load_portal(dir.path(), d);
  ASSERT_TRUE(portal.has_value());
  EXPECT_FALSE(d.has_errors()) << d.format_all();

  const Plan* tl = portal->find_plan("tien-lang", "cchc-2026");
  ASSERT_NE(tl, nullptr);
  EXPECT_EQ(tl->tasks.size(), 38u);
  EXPECT_EQ(tl->doc_number, "/KH-UBND");
  ASSERT_TRUE(tl->issued.has_value());
  EXPECT_EQ(tl->issued->iso(), "2026-01");
  ASSERT_EQ(tl->implements.size(), 1u);
  EXPECT_EQ(tl->implements[0].plan, "hai-phong/cchc-2026");
  EXPECT_EQ(tl->indicators.size(), 5u);

  const Plan* blv = portal->find_plan("bach-long-vi", "cchc-2026");
  ASSERT_NE(blv, nullptr);
  EXPECT_EQ(blv->tasks.size(), 28u);
  EXPECT_EQ(blv->doc_kind, "Quyết định");
  EXPECT_EQ(blv->tasks[3].parent_id, "nv-3");
  for (const auto& t : blv->tasks) EXPECT_EQ(t.status, ReportedStatus::NoReport) << t.id;

  const Plan* tm = portal->find_plan("tan-minh", "cchc-2026-2030");
  ASSERT_NE(tm, nullptr);
  EXPECT_EQ(tm->period.first_year, 2026);
  EXPECT_EQ(tm->period.last_year, 2030);
  EXPECT_EQ(tm->indicators.size(), 16u);
}

}  // namespace
}  // namespace ck
