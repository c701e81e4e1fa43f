#include "importer/narrative_markdown.h"

#include <algorithm>

#include "importer/scan.h"
#include "importer/vn_text.h"
#include "util/text.h"

namespace ck::importer {
namespace {

constexpr size_t kNumberHeadingWords = 30;
constexpr size_t kLetterHeadingWords = 15;

// "1" -> 1, "1.2" -> 2.
size_t depth(const std::string& label) {
  return static_cast<size_t>(std::count(label.begin(), label.end(), '.')) + 1;
}

bool is_list_item(BlockKind k) {
  return k == BlockKind::Bullet || k == BlockKind::SubBullet || k == BlockKind::Recipient;
}

std::string bold(const std::string& text) {
  std::string plain;
  for (char c : text)
    if (c != '*') plain.push_back(c);
  return "**" + trim(plain) + "**";
}

// "Điều 1. Ban hành …" -> "**Điều 1.** Ban hành …".
std::string article(const std::string& text) {
  size_t dot = text.find('.');
  return "**" + text.substr(0, dot + 1) + "**" + text.substr(dot + 1);
}

// Where the renderer is inside a list: top-level bullet, nested "+", or none.
enum class ListDepth { None, Top, Nested };

struct Renderer {
  const std::vector<Block>& blocks;
  std::string out;
  ListDepth depth = ListDepth::None;

  void emit(const std::string& chunk, bool tight) {
    if (!out.empty()) out += tight ? "\n" : "\n\n";
    out += chunk;
  }

  void item(size_t i) {
    const Block& b = blocks[i];
    bool nested = b.kind == BlockKind::SubBullet && depth != ListDepth::None;
    std::string marker = b.kind == BlockKind::SubBullet ? "+ " : "- ";
    emit((nested ? "  " : "") + marker + b.content(), depth != ListDepth::None);
    depth = nested ? ListDepth::Nested : ListDepth::Top;
  }

  void paragraph(const Block& b) {
    // A plain paragraph right after a bullet continues that item (a sentence
    // the export put on its own line); a note in brackets stands alone.
    if (depth != ListDepth::None && !starts_with(b.text, "(")) {
      emit(std::string(depth == ListDepth::Nested ? "    " : "  ") + b.text, false);
      return;
    }
    depth = ListDepth::None;
    emit(escape_paragraph_start(b.text), false);
  }

  void block(size_t i) {
    const Block& b = blocks[i];
    if (is_list_item(b.kind)) return item(i);
    if (b.kind == BlockKind::Paragraph) return paragraph(b);
    depth = ListDepth::None;
    switch (b.kind) {
      case BlockKind::Roman:
      case BlockKind::AppendixHead:
        return emit("## " + b.text, false);
      case BlockKind::Heading:  // level 1 is a main section ("##"), as "I." is
        return emit(std::string(static_cast<size_t>(std::clamp(b.level, 1, 4)) + 1, '#') + " " + b.text, false);
      case BlockKind::Number:
        return emit(is_heading(blocks, i) ? "### " + b.text : escape_paragraph_start(b.text), false);
      case BlockKind::Letter:
        return emit(is_heading(blocks, i) ? "#### " + b.text : b.text, false);
      case BlockKind::Caps:
      case BlockKind::Title:
      case BlockKind::RecipientsHead:
      case BlockKind::SignatureName:
        return emit(bold(b.text), false);
      case BlockKind::Article:
        return emit(article(b.text), false);
      case BlockKind::SignatureRole: {
        // Role lines form one paragraph with hard line breaks.
        bool follows_role = i > 0 && blocks[i - 1].kind == BlockKind::SignatureRole;
        if (follows_role)
          out += "\\\n" + bold(b.text);
        else
          emit(bold(b.text), false);
        return;
      }
      default:
        return emit(b.text, false);
    }
  }
};

}  // namespace

// A numbered or lettered block is a heading when it is short, does not end
// like a statement ('.' or ';'), and heads content rather than a sibling
// ("a) Phòng Văn hóa - Xã hội" above its bullets; not "a) …" followed by "b) …").
bool is_heading(const std::vector<Block>& blocks, size_t i) {
  const Block& b = blocks[i];
  if (b.kind == BlockKind::Roman) return true;
  if (b.kind != BlockKind::Number && b.kind != BlockKind::Letter) return false;
  size_t limit = b.kind == BlockKind::Number ? kNumberHeadingWords : kLetterHeadingWords;
  if (word_count(b.text) > limit || ends_statement(b.text) || i + 1 >= blocks.size()) return false;
  const Block& next = blocks[i + 1];
  if (next.kind == BlockKind::Roman || next.kind == BlockKind::AppendixHead || next.kind == BlockKind::Heading)
    return false;
  // "2. Chỉ tiêu" heads "2.1. …"; "2. …" followed by "3. …" is a list.
  if (next.kind == BlockKind::Number)
    return b.kind == BlockKind::Number && depth(next.label) > depth(b.label);
  return !(b.kind == BlockKind::Letter && next.kind == BlockKind::Letter);
}

std::string escape_paragraph_start(const std::string& text) {
  Scanner sc(text);
  if (sc.integer(1, 9) && (sc.peek() == '.' || sc.peek() == ')')) {
    size_t digits = sc.pos();
    sc.eat(text.substr(digits, 1));
    if (sc.at_end() || sc.peek() == ' ') return text.substr(0, digits) + "\\" + text.substr(digits);
  }
  if (starts_with(text, "#") || starts_with(text, ">") || starts_with(text, "- ") ||
      starts_with(text, "+ ") || starts_with(text, "* ") || starts_with(text, "="))
    return "\\" + text;
  return text;
}

std::string render_markdown(const std::vector<Block>& blocks) {
  Renderer r{blocks, {}};
  for (size_t i = 0; i < blocks.size(); ++i) r.block(i);
  return r.out.empty() ? r.out : r.out + "\n";
}

}  // namespace ck::importer
