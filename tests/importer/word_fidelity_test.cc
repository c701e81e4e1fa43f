// The .docx and .odt versions of each seed (made from the seed's text by
// scripts/make-import-fixtures.py through LibreOffice) import to the same
// tasks, cells, sections, indicators, front matter and narrative as the text
// import of that seed. Every differing cell is reported with its task and field.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "importer/document_file.h"
#include "importer/importer.h"
#include "support/test_support.h"

namespace ck::importer {
namespace {

struct Case {
  const char* seed;
  const char* format;  // "docx" or "odt"
};

std::string name_of(const ::testing::TestParamInfo<Case>& info) {
  std::string n = std::string(info.param.seed) + "_" + info.param.format;
  for (char& c : n)
    if (c == '-') c = '_';
  return n;
}

class WordFidelity : public ::testing::TestWithParam<Case> {};

// Compares every field of every element of `key` (sections, tasks, indicators); returns cells compared.
size_t compare_list(const nlohmann::json& text, const nlohmann::json& doc, const std::string& key,
                    std::vector<std::string>& differences) {
  const auto& a = text.value(key, nlohmann::json::array());
  const auto& b = doc.value(key, nlohmann::json::array());
  if (a.size() != b.size())
    differences.push_back(key + ": " + std::to_string(a.size()) + " từ văn bản, " + std::to_string(b.size()) +
                          " từ tài liệu");
  size_t cells = 0;
  for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
    std::string id = a[i].value("ma", std::to_string(i));
    for (auto it = a[i].begin(); it != a[i].end(); ++it) {
      ++cells;
      if (!b[i].contains(it.key()) || b[i][it.key()] != it.value())
        differences.push_back(key + " " + id + " “" + it.key() + "”: văn bản " + it.value().dump() +
                              " / tài liệu " +
                              (b[i].contains(it.key()) ? b[i][it.key()].dump() : "(không có)"));
    }
    for (auto it = b[i].begin(); it != b[i].end(); ++it)
      if (!a[i].contains(it.key())) differences.push_back(key + " " + id + ": thêm “" + it.key() + "”");
  }
  return cells;
}

TEST_P(WordFidelity, SameTasksCellsAndNarrativeAsTheTextImport) {
  const Case& c = GetParam();
  std::string seed = std::string(c.seed) + ".txt";
  ImportOptions o{seed, seed, {{"5256/QĐ-UBND", "hai-phong/cchc-2026"}}};
  ImportResult text = import_plan(testing::read_file(testing::shared_dir() / "seeds" / seed), o);
  ASSERT_TRUE(text.ok) << text.diags.format_all();

  std::string path =
      (testing::source_dir() / "tests/importer/fixtures" / c.format / (std::string(c.seed) + "." + c.format))
          .string();
  std::string error;
  auto doc = read_package_document(
      path, c.format == std::string("docx") ? DocumentFormat::Docx : DocumentFormat::Odt, path, error);
  ASSERT_TRUE(doc) << error;
  ImportResult word = import_document(*doc, o);
  ASSERT_TRUE(word.ok) << word.diags.format_all();

  auto a = nlohmann::json::parse(text.json), b = nlohmann::json::parse(word.json);
  std::vector<std::string> differences;
  size_t cells = 0;
  for (const char* key : {"phan", "nhiem_vu", "chi_tieu"}) cells += compare_list(a, b, key, differences);
  if (text.markdown != word.markdown) differences.push_back("văn bản (.md) khác: front matter hoặc phần lời");
  for (const auto& d : differences) ADD_FAILURE() << c.format << " " << c.seed << ": " << d;
  EXPECT_EQ(text.markdown, word.markdown);
  EXPECT_GT(cells, 0u);
  RecordProperty("cells_compared", static_cast<int>(cells));
  RecordProperty("cells_differing", static_cast<int>(differences.size()));
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, WordFidelity,
    ::testing::Values(Case{"tien-lang-cchc-2026", "docx"}, Case{"tien-lang-cchc-2026", "odt"},
                      Case{"bach-long-vi-cchc-2026", "docx"}, Case{"bach-long-vi-cchc-2026", "odt"},
                      Case{"tan-minh-cchc-2026-2030", "docx"}, Case{"tan-minh-cchc-2026-2030", "odt"}),
    name_of);

}  // namespace
}  // namespace ck::importer
