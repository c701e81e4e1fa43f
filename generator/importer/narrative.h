// The plan's text as blocks: lines reflowed into paragraphs (exports break
// lines at the page width and at page breaks), each block knowing what it is.
#pragma once
#include <string>
#include <vector>

#include "importer/document_meta.h"
#include "importer/layout.h"

namespace ck::importer {

enum class BlockKind {
  Roman,      // "I. MỤC ĐÍCH, YÊU CẦU"
  Number,     // "1. Mục đích" or a numbered paragraph
  Letter,     // "a) …"
  Bullet,     // "- …"
  SubBullet,  // "+ …"
  Paragraph,
  Caps,     // a line in capitals: "QUYẾT ĐỊNH:", "CHỦ TỊCH ỦY BAN NHÂN DÂN …"
  Article,  // "Điều 1. …"
  Title,    // a title line kept in the text (a decision's title)
  RecipientsHead,
  Recipient,
  SignatureRole,
  SignatureName,
  AppendixHead,
  Heading,  // a paragraph in a heading style with no printed number (a Word/ODF heading)
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  std::string text;          // whole text, marker included, whitespace normalised
  size_t marker_length = 0;  // bytes of the leading marker and its space
  int line = 0;              // first source line
  std::string label;         // the marker's label: "II", "1.2", "a"
  int level = 0;             // Heading: the outline level (1 = a main section, like "I.")

  std::string content() const { return text.substr(marker_length); }
};

// Joins a line to the block before it when it continues it: the block does not
// end a clause, or the line starts with a lower-case letter. A numbered or
// lettered block (a possible heading) takes only lower-case continuations,
// unless it is already too long to be a heading.
std::vector<Block> reflow(const std::vector<Line>& text, const std::vector<LineRole>& roles);

}  // namespace ck::importer
