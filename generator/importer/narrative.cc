#include "importer/narrative.h"

#include "importer/markers.h"
#include "importer/scan.h"
#include "importer/vn_text.h"
#include "util/text.h"

namespace ck::importer {
namespace {

// A heading-length block: longer than this it is a paragraph that happens to be numbered.
constexpr size_t kHeadingWords = 20;

BlockKind kind_of_marker(Marker m) {
  switch (m) {
    case Marker::Roman:
      return BlockKind::Roman;
    case Marker::Number:
      return BlockKind::Number;
    case Marker::Letter:
      return BlockKind::Letter;
    case Marker::Bullet:
      return BlockKind::Bullet;
    case Marker::SubBullet:
      return BlockKind::SubBullet;
    case Marker::None:
      break;
  }
  return BlockKind::Paragraph;
}

BlockKind kind_of_role(LineRole r) {
  switch (r) {
    case LineRole::Title:
      return BlockKind::Title;
    case LineRole::RecipientsHead:
      return BlockKind::RecipientsHead;
    case LineRole::Recipient:
      return BlockKind::Recipient;
    case LineRole::SignatureRole:
      return BlockKind::SignatureRole;
    case LineRole::SignatureName:
      return BlockKind::SignatureName;
    case LineRole::AppendixHead:
      return BlockKind::AppendixHead;
    default:
      break;
  }
  return BlockKind::Paragraph;
}

bool skipped(LineRole r) {
  return r == LineRole::Consumed || r == LineRole::Omitted || r == LineRole::PageNumber;
}

// "Điều 1. Ban hành …"
bool is_article(const std::string& t) {
  Scanner sc(t);
  return sc.eat("Điều ") && sc.integer(1, 3) && sc.eat(".") && (sc.at_end() || sc.peek() == ' ');
}

bool joinable(BlockKind k) {
  return k == BlockKind::Roman || k == BlockKind::Number || k == BlockKind::Letter ||
         k == BlockKind::Bullet || k == BlockKind::SubBullet || k == BlockKind::Paragraph ||
         k == BlockKind::Article;
}

bool continues(const Block& last, const std::string& line) {
  if (!joinable(last.kind)) return false;
  // A whole note in brackets, "(Kèm theo … )", is complete.
  if (starts_with(last.text, "(") && ends_with(last.text, ")")) return false;
  bool marked =
      last.kind == BlockKind::Roman || last.kind == BlockKind::Number || last.kind == BlockKind::Letter;
  if (starts_lower(line)) return true;
  if (ends_clause(last.text)) return false;
  return !marked || word_count(last.text) > kHeadingWords;
}

}  // namespace

std::vector<Block> reflow(const std::vector<Line>& text, const std::vector<LineRole>& roles) {
  std::vector<Block> blocks;
  for (size_t i = 0; i < text.size(); ++i) {
    std::string t = normalize_space(text[i].text);
    // Blank lines and dropped lines do not end a paragraph: PDF exports put a
    // blank line after every line, and a page number inside a sentence.
    if (t.empty() || skipped(roles[i])) continue;
    if (roles[i] != LineRole::Body) {
      size_t marker = roles[i] == LineRole::Recipient ? match_marker(t).length : 0;
      blocks.push_back({kind_of_role(roles[i]), t, marker, text[i].no});
      continue;
    }
    MarkerMatch m = match_marker(t);
    if (m.kind == Marker::None && text[i].heading > 0 && !is_article(t)) {
      Block b{BlockKind::Heading, t, 0, text[i].no};
      b.level = text[i].heading;
      blocks.push_back(std::move(b));
    } else if (m.kind != Marker::None) {
      blocks.push_back({kind_of_marker(m.kind), t, m.length, text[i].no, m.label});
    } else if (is_article(t)) {
      blocks.push_back({BlockKind::Article, t, 0, text[i].no});
    } else if (!blocks.empty() && continues(blocks.back(), t)) {
      blocks.back().text += " " + t;  // a wrapped line, even "TTHC." in capitals
    } else if (is_upper_line(t)) {
      if (!blocks.empty() && blocks.back().kind == BlockKind::Caps && !ends_clause(blocks.back().text))
        blocks.back().text += " " + t;
      else
        blocks.push_back({BlockKind::Caps, t, 0, text[i].no});
    } else {
      blocks.push_back({BlockKind::Paragraph, t, 0, text[i].no});
    }
  }
  return blocks;
}

}  // namespace ck::importer
