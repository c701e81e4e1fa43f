// What Word prints in front of a numbered paragraph ("I.", "1.", "a)", "-"):
// the counters of word/numbering.xml, advanced paragraph by paragraph in
// document order, and the paragraph styles of word/styles.xml (heading level,
// numbering a style carries).
#pragma once
#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace ck::importer {

struct DocxStyle {
  int heading = 0;  // outline level + 1 ("Heading 1" = 1), 0 for body styles
  std::string num_id;
  int num_level = 0;
  bool has_numbering = false;
};

// Paragraph styles by id, with what they inherit (basedOn) resolved.
std::map<std::string, DocxStyle> read_docx_styles(const pugi::xml_node& styles_root);

class DocxNumbering {
 public:
  DocxNumbering() = default;
  explicit DocxNumbering(const pugi::xml_node& numbering_root);

  // The label of the next paragraph numbered (num_id, level), counters advanced;
  // "" for an unknown list or numFmt "none". Bullets print as "-" (level 0) or "+".
  std::string next(const std::string& num_id, int level);

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";  // numFmt
    std::string text = "%1.";        // lvlText
    int restart = -1;  // lvlRestart: restarts after an item of a level above this (1-based); 0 never; -1 any above
  };
  struct List {
    std::vector<Level> levels;  // by ilvl
  };
  std::map<std::string, List> abstract_;                      // abstractNumId -> levels
  std::map<std::string, std::string> num_to_abstract_;        // numId -> abstractNumId
  std::map<std::string, std::map<int, int>> start_override_;  // numId -> ilvl -> start
  std::map<std::string, std::vector<int>>
      counters_;  // by abstract list: Word continues a list across its nums
};

// 4 -> "IV", "iv"; 3 -> "c"; 28 -> "bb" (Word's letter scheme).
std::string format_number(int n, const std::string& num_fmt);

}  // namespace ck::importer
