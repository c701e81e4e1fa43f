#include "history/narrative_diff.h"

#include <gtest/gtest.h>

namespace ck::history {
namespace {

TEST(NarrativeDiff, SplitsFrontMatter) {
  MarkdownParts p = split_markdown(
      "---\ntieu_de: \"Kế hoạch\"\nso_hieu: '/KH-UBND'\nnoi_nhan:\n  - \"UBND thành phố\"\n  - Lưu VT\nky: "
      "2026\n---\n\nThân bài.\n");
  EXPECT_EQ(p.front_matter,
            (std::vector<std::pair<std::string, std::string>>{{"tieu_de", "Kế hoạch"},
                                                              {"so_hieu", "/KH-UBND"},
                                                              {"noi_nhan", "UBND thành phố; Lưu VT"},
                                                              {"ky", "2026"}}));
  EXPECT_EQ(p.body, "\nThân bài.\n");
  EXPECT_EQ(p.body_first_line, 9u);
  MarkdownParts none = split_markdown("# Tiêu đề\n---\n");
  EXPECT_TRUE(none.front_matter.empty());
  EXPECT_EQ(none.body, "# Tiêu đề\n---\n");
  MarkdownParts unclosed = split_markdown("---\na: 1\n");
  EXPECT_TRUE(unclosed.front_matter.empty());
}

TEST(NarrativeDiff, FrontMatterChanges) {
  auto a = split_markdown("---\nso_hieu: \"/KH-UBND\"\nnguon: x\nky: 2026\n---\n");
  auto b = split_markdown("---\nso_hieu: \"12/KH-UBND\"\nky: 2026\nban_quet: true\n---\n");
  EXPECT_EQ(diff_front_matter(a, b),
            (std::vector<FieldChange>{
                {"so_hieu", "/KH-UBND", "12/KH-UBND"}, {"ban_quet", "", "true"}, {"nguon", "x", ""}}));
}

TEST(NarrativeDiff, UnifiedHunksWithContext) {
  std::string a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
  std::string b = "1\n2\n3\n4\nbốn\n6\n7\n8\n9\n10\n11\n12\nmười ba\n";
  LineDiff d = line_diff(a, b);
  EXPECT_FALSE(d.truncated);
  EXPECT_EQ(d.text,
            "@@ dòng 3 @@\n 3\n 4\n-5\n+bốn\n 6\n 7\n"
            "@@ dòng 11 @@\n 11\n 12\n+mười ba\n");
}

TEST(NarrativeDiff, NearbyChangesShareAHunk) {
  LineDiff d = line_diff("a\nb\nc\nd\ne\n", "A\nb\nc\nd\nE\n");
  EXPECT_EQ(d.text, "@@ dòng 1 @@\n-a\n+A\n b\n c\n d\n-e\n+E\n");
}

TEST(NarrativeDiff, CountsLinesFromTheFileStart) {
  LineDiff d = line_diff("x\ny\n", "x\nz\n", 60, 8192, 10);
  EXPECT_EQ(d.text, "@@ dòng 10 @@\n x\n-y\n+z\n");
}

TEST(NarrativeDiff, StaysSmall) {
  std::string a, b;
  for (int i = 0; i < 500; ++i) {
    a += "dòng " + std::to_string(i) + "\n";
    b += "dòng " + std::to_string(i) + (i % 3 == 0 ? " đã sửa" : "") + "\n";
  }
  LineDiff d = line_diff(a, b);
  EXPECT_TRUE(d.truncated);
  EXPECT_LE(std::count(d.text.begin(), d.text.end(), '\n'), 60);
  LineDiff bytes = line_diff(a, b, 1000, 300);
  EXPECT_TRUE(bytes.truncated);
  EXPECT_LE(bytes.text.size(), 300u);
}

TEST(NarrativeDiff, HugeRewritesAreShownAsRemovedThenAdded) {
  std::string a, b;
  for (int i = 0; i < 1200; ++i) a += "a" + std::to_string(i) + "\n", b += "b" + std::to_string(i) + "\n";
  LineDiff d = line_diff(a, b, 4, 8192);
  EXPECT_EQ(d.text, "@@ dòng 1 @@\n-a0\n-a1\n-a2\n");
  EXPECT_TRUE(d.truncated);
}

TEST(NarrativeDiff, ChangeKinds) {
  std::string a = "---\nso_hieu: \"1\"\n---\nA\n", b = "---\nso_hieu: \"2\"\n---\nB\n";
  NarrativeChange m = narrative_change(&a, &b);
  EXPECT_EQ(m.kind, ChangeKind::Modified);
  EXPECT_EQ(m.front_matter, (std::vector<FieldChange>{{"so_hieu", "1", "2"}}));
  EXPECT_EQ(m.diff, "@@ dòng 4 @@\n-A\n+B\n");
  EXPECT_EQ(narrative_change(nullptr, &b).kind, ChangeKind::Added);
  EXPECT_EQ(narrative_change(&a, nullptr).kind, ChangeKind::Removed);
  EXPECT_TRUE(narrative_change(&a, nullptr).diff.empty());
  std::string bad = "A\xFF\n";
  EXPECT_EQ(narrative_change(&a, &bad).diff, "@@ dòng 1 @@\n-A\n+A\xEF\xBF\xBD\n");
}

}  // namespace
}  // namespace ck::history
