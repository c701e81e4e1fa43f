// Word's numbering counters (word/numbering.xml): w:lvlRestart says after
// which levels a level starts again — 0 never (a plan numbering its tasks
// 1, 2, 3 straight through its Roman sections), n after an item of level n or
// above only; without it a level restarts after any item above it.
#include "importer/docx_numbering.h"

#include <gtest/gtest.h>

#include <pugixml.hpp>

namespace ck::importer {
namespace {

const char* const kNumbering = R"xml(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:lvlRestart w:val="0"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/><w:lvlRestart w:val="1"/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%4)"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>)xml";

TEST(DocxNumbering, LvlRestartSaysAfterWhichLevelsALevelStartsAgain) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(kNumbering));
  DocxNumbering n(doc.document_element());
  std::vector<std::string> got;
  for (int level : {0, 1, 1, 2, 3, 3, 2, 1, 2, 0, 1, 2, 3})  // what each paragraph's ilvl is
    got.push_back(n.next("1", level));
  // Level 1 never restarts: "3." after "II."; level 2 only after a level-1 (Roman) item: "b)" after "3.";
  // level 3 has no lvlRestart: after any item above it, "(1)" again.
  EXPECT_EQ(got, (std::vector<std::string>{"I.", "1.", "2.", "a)", "(1)", "(2)", "b)", "3.", "c)", "II.", "4.", "a)",
                                           "(1)"}));
}

}  // namespace
}  // namespace ck::importer
