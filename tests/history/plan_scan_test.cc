#include "history/plan_scan.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace ck::history {
namespace {

std::vector<std::string> task_texts(std::string_view text, const PlanScan& s) {
  std::vector<std::string> out;
  for (const auto& t : s.tasks) out.emplace_back(text.substr(t.offset, t.length));
  return out;
}

TEST(PlanScan, FindsEachTaskAsWritten) {
  std::string text = R"({"phan": [{"ma": "i"}], "nhiem_vu": [ {"ma": "a", "x": [1, 2.5e-3, true, null]} ,
    {"ma": "b\"c\\u00e9"}], "chi_tieu": []})";
  PlanScan s = scan_plan_json(text);
  ASSERT_TRUE(s.ok);
  EXPECT_TRUE(s.has_tasks);
  EXPECT_EQ(task_texts(text, s), (std::vector<std::string>{R"({"ma": "a", "x": [1, 2.5e-3, true, null]})",
                                                           R"({"ma": "b\"c\\u00e9"})"}));
}

TEST(PlanScan, OnlyTheTopLevelTaskArrayCounts) {
  PlanScan nested = scan_plan_json(R"({"x": {"nhiem_vu": [1, 2]}})");
  EXPECT_TRUE(nested.ok);
  EXPECT_FALSE(nested.has_tasks);
  PlanScan not_array = scan_plan_json(R"({"nhiem_vu": {"a": 1}})");
  EXPECT_TRUE(not_array.ok);
  EXPECT_FALSE(not_array.has_tasks);
  PlanScan top_array = scan_plan_json(R"([{"nhiem_vu": []}])");
  EXPECT_FALSE(top_array.has_tasks);
  std::string twice = R"({"nhiem_vu": [1], "nhiem_vu": [2, 3]})";  // the last one wins, as when parsed
  PlanScan s = scan_plan_json(twice);
  EXPECT_EQ(task_texts(twice, s), (std::vector<std::string>{"2", "3"}));
  PlanScan empty = scan_plan_json(R"({"nhiem_vu": []})");
  EXPECT_TRUE(empty.has_tasks);
  EXPECT_TRUE(empty.tasks.empty());
}

TEST(PlanScan, RejectsWhatIsNotJson) {
  for (std::string bad : {R"({"nhiem_vu": [1,]})", R"({"a": 1,})", R"({"a" 1})", R"({'a': 1})",
                          R"({"a": 01})", R"({"a": 1.})", R"({"a": -})", R"({"a": tru})", R"({"a": "x)",
                          "{\"a\": \"\x01\"}", R"({"a": "\x"})", R"({"a": "\u12G4"})", R"({"a": 1} x)", "",
                          "   ", R"({"a": [1 2]})", R"({"a": 1e})", R"({"a": +1})"}) {
    PlanScan s = scan_plan_json(bad);
    EXPECT_FALSE(s.ok) << bad;
    EXPECT_TRUE(s.tasks.empty()) << bad;
  }
}

TEST(PlanScan, ReportsWhereTheErrorIs) {
  PlanScan s = scan_plan_json("{\n  \"nhiem_vu\": [1,]\n}");
  ASSERT_FALSE(s.ok);
  EXPECT_EQ(s.error_offset, 19u);  // the ']' after the comma
}

TEST(PlanScan, LimitsNesting) {
  std::string deep = std::string(300, '[') + std::string(300, ']');
  EXPECT_FALSE(scan_plan_json(deep).ok);
  std::string fine = std::string(200, '[') + std::string(200, ']');
  EXPECT_TRUE(scan_plan_json(fine).ok);
}

std::string plan_text(int tasks) {
  std::string s = "{\n  \"phan\": [{\"ma\": \"i\"}],\n  \"nhiem_vu\": [\n";
  for (int i = 0; i < tasks; ++i) {
    s += "    {\"ma\": \"nv-" + std::to_string(i) + "\", \"noi_dung\": \"Nhiệm vụ " + std::to_string(i) +
         "\", \"tien_do\": " + std::to_string(i * 7 % 100) + ", \"cap_nhat\": [{\"ngay\": \"2026-01-0" +
         std::to_string(i % 9 + 1) + "\"}]}";
    s += i + 1 < tasks ? ",\n" : "\n";
  }
  return s + "  ],\n  \"chi_tieu\": [{\"ma\": \"ct-1\", \"gia_tri\": 90}]\n}\n";
}

void expect_same(const PlanScan& a, const PlanScan& b, const std::string& text) {
  EXPECT_EQ(a.ok, b.ok) << text;
  EXPECT_EQ(a.has_tasks, b.has_tasks) << text;
  EXPECT_EQ(a.tasks, b.tasks) << text;
}

TEST(PlanScan, RescanAfterAGivesTheSameAsAFullScan) {
  std::string base = plan_text(12);
  PlanScan prev = scan_plan_json(base);
  ASSERT_TRUE(prev.ok);
  // Identical, edits inside one task, across tasks, tasks added and removed,
  // edits that break the JSON, and edits outside the task array.
  std::vector<std::string> variants = {base};
  std::string one = base;
  one.replace(one.find("Nhiệm vụ 5"), 10, "Nhiệm vụ năm \\\"5\\\"");
  variants.push_back(one);
  std::string cross = base;
  cross.erase(cross.find("{\"ma\": \"nv-3\""),
              cross.find("{\"ma\": \"nv-6\"") - cross.find("{\"ma\": \"nv-3\""));
  variants.push_back(cross);
  std::string quote = base;
  quote.insert(quote.find("Nhiệm vụ 7"), "\"");  // unbalanced quote: invalid
  variants.push_back(quote);
  std::string head = base;
  head.replace(head.find("\"i\""), 3, "\"ii\"");
  variants.push_back(head);
  std::string tail = base;
  tail.replace(tail.find("90"), 2, "95");
  variants.push_back(tail);
  std::string last = base;
  last.replace(last.find("Nhiệm vụ 11"), 11, "Nhiệm vụ cuối");
  variants.push_back(last);
  for (const auto& v : variants) expect_same(scan_plan_json_after(v, base, prev.tasks), scan_plan_json(v), v);
}

TEST(PlanScan, RescanAfterRandomEdits) {
  std::string base = plan_text(20);
  PlanScan prev = scan_plan_json(base);
  const std::string alphabet = "{}[],:\"\\ 0123456789.eE-+truefalsn\n";
  std::mt19937 rng(12345);
  for (int round = 0; round < 3000; ++round) {
    std::string v = base;
    int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits; ++e) {
      size_t pos = rng() % v.size();
      switch (rng() % 3) {
        case 0:
          v.insert(pos, 1, alphabet[rng() % alphabet.size()]);
          break;
        case 1:
          v.erase(pos, 1 + rng() % 8);
          break;
        default:
          v[pos] = alphabet[rng() % alphabet.size()];
      }
    }
    expect_same(scan_plan_json_after(v, base, prev.tasks), scan_plan_json(v), v);
    if (HasFailure()) break;
  }
}

}  // namespace
}  // namespace ck::history
