#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "util/civil_date.h"
#include "util/diagnostic.h"
#include "util/parallel.h"
#include "util/slug.h"
#include "util/text.h"

namespace ck {

TEST(Slug, FoldsVietnameseWithDStroke) {
  EXPECT_EQ(slugify("Văn phòng HĐND và UBND"), "van-phong-hdnd-va-ubnd");
  EXPECT_EQ(slugify("Đặc khu Bạch Long Vĩ"), "dac-khu-bach-long-vi");
  EXPECT_EQ(slugify("  Phòng Văn hóa - Xã hội  "), "phong-van-hoa-xa-hoi");
  EXPECT_EQ(fold_diacritics("Cải cách"), "cai cach");
}

TEST(Slug, NfdInputFoldsLikeNfc) {
  // "hóa" written with a combining acute accent (NFD).
  EXPECT_EQ(slugify("ho\xCC\x81" "a"), "hoa");
}

TEST(Slug, ValidatesIds) {
  EXPECT_TRUE(is_slug("nv-12"));
  EXPECT_TRUE(is_slug("cchc-2026-2030"));
  EXPECT_TRUE(is_slug("nv-1.2"));
  EXPECT_FALSE(is_slug("../etc"));
  EXPECT_FALSE(is_slug("NV-1"));
  EXPECT_FALSE(is_slug("nv--1"));
  EXPECT_FALSE(is_slug("-nv"));
  EXPECT_FALSE(is_slug(""));
  EXPECT_FALSE(is_slug("a/b"));
}

TEST(CivilDate, ParsesAndFormats) {
  auto d = CivilDate::parse_iso("2026-01-13");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->vietnamese(), "13/01/2026");
  EXPECT_EQ(d->iso(), "2026-01-13");
  EXPECT_FALSE(CivilDate::parse_iso("2026-02-29"));
  EXPECT_TRUE(CivilDate::parse_iso("2028-02-29"));
  EXPECT_FALSE(CivilDate::parse_iso("2026-13-01"));
  EXPECT_FALSE(CivilDate::parse_iso("26-01-01"));
}

TEST(CivilDate, DayArithmetic) {
  CivilDate d{2026, 12, 31};
  EXPECT_EQ(d.add_days(1), (CivilDate{2027, 1, 1}));
  EXPECT_EQ(CivilDate::from_days(CivilDate{2026, 3, 1}.to_days() - 1), (CivilDate{2026, 2, 28}));
  EXPECT_EQ(days_between(CivilDate{2026, 1, 1}, CivilDate{2026, 12, 31}), 364);
}

TEST(PartialDate, AcceptsDraftDates) {
  EXPECT_EQ(PartialDate::parse("2026-01")->vietnamese(), "tháng 01/2026");
  EXPECT_EQ(PartialDate::parse("2026")->vietnamese(), "năm 2026");
  EXPECT_EQ(PartialDate::parse("2026-01-07")->vietnamese(), "07/01/2026");
  EXPECT_FALSE(PartialDate::parse("2026-02-31"));
  EXPECT_FALSE(PartialDate::parse("tháng 1"));
}

TEST(Text, FindsInvalidUtf8WithPosition) {
  std::string s = "ab\nc\xC3";
  size_t bad = find_invalid_utf8(s);
  ASSERT_EQ(bad, 4u);
  auto [line, col] = line_col_at(s, bad);
  EXPECT_EQ(line, 2);
  EXPECT_EQ(col, 2);
  EXPECT_EQ(find_invalid_utf8("Cải cách"), std::string::npos);
}

TEST(Text, NormalisesSpaceAndEscapes) {
  EXPECT_EQ(normalize_space("  a \t b\n\xC2\xA0" "c  "), "a b c");
  EXPECT_EQ(html_escape("<script>\"x\" & 'y'</script>"), "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
  EXPECT_EQ(split_lines("a\r\nb\n").size(), 2u);
}

TEST(Diagnostics, FormatsFileLineColumnSorted) {
  Diagnostics d;
  d.error("b.json", 2, 3, "sai");
  d.warning("a.md", 1, 0, "lưu ý");
  EXPECT_EQ(d.format_all(), "a.md:1: cảnh báo: lưu ý\nb.json:2:3: lỗi: sai\n");
  EXPECT_EQ(d.error_count(), 1u);
  EXPECT_TRUE(d.has_errors());
}

TEST(Parallel, EveryItemRunsOnceForAnyThreadCount) {
  for (unsigned threads : {0u, 1u, 3u, 64u}) {
    std::vector<int> runs(1000, 0);
    parallel_for(runs.size(), threads, [&](size_t i) { runs[i] += 1; });
    EXPECT_EQ(std::vector<int>(1000, 1), runs) << threads << " threads";
  }
  parallel_for(0, 4, [](size_t) { FAIL() << "no items, no calls"; });
}

TEST(Parallel, EachWorkerMakesItsStateOnceAndTheLowestFailureIsRethrown) {
  std::atomic<int> workers{0};
  std::atomic<int> done{0};
  try {
    run_parallel(500, 3, [&]() -> ItemFunction {
      ++workers;
      return [&](size_t i) {
        ++done;
        if (i == 77 || i == 400) throw std::runtime_error("item " + std::to_string(i));
      };
    });
    ADD_FAILURE() << "expected a failure";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "item 77");
  }
  EXPECT_EQ(done.load(), 500) << "a failure does not stop the other items";
  EXPECT_EQ(workers.load(), 3);
}

}  // namespace ck
