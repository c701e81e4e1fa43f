#include "importer/cell_html.h"

#include <array>
#include <cctype>

#include "importer/vn_text.h"
#include "util/slug.h"
#include "util/text.h"

namespace ck::importer {
namespace {

struct Tag {
  std::string name;  // lower-case, without '/'
  bool closing = false;
  size_t end = 0;  // index just past '>'
};

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A tag is '<' + optional '/' + a letter … '>'. "< 5%" is text, not a tag.
bool read_tag(std::string_view s, size_t pos, Tag& tag) {
  size_t i = pos + 1;
  if (i < s.size() && s[i] == '/') {
    tag.closing = true;
    ++i;
  }
  if (i >= s.size() || !is_ascii_alpha(s[i])) return false;
  size_t gt = s.find('>', i);
  if (gt == std::string_view::npos) return false;
  size_t name_end = i;
  while (name_end < gt && (is_ascii_alpha(s[name_end]) || (s[name_end] >= '0' && s[name_end] <= '9')))
    ++name_end;
  tag.name.clear();
  for (size_t k = i; k < name_end; ++k) tag.name.push_back(static_cast<char>(s[k] | 0x20));
  tag.end = gt + 1;
  return true;
}

constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kEntities{{
    {"&amp;", "&"},
    {"&lt;", "<"},
    {"&gt;", ">"},
    {"&quot;", "\""},
    {"&#39;", "'"},
    {"&apos;", "'"},
    {"&nbsp;", " "},
}};

// Appends s[pos…] entity or the raw '&'; returns the new position.
size_t read_entity(std::string_view s, size_t pos, std::string& out) {
  for (auto& [name, value] : kEntities) {
    if (s.substr(pos, name.size()) == name) {
      out += value;
      return pos + name.size();
    }
  }
  out.push_back('&');
  return pos + 1;
}

// Splits the raw cell at block boundaries (<p>, <li>, <br>, <ul>), converting
// inline tags to Markdown emphasis.
struct Pieces {
  std::vector<std::string> parts;
  bool list = false;
  std::vector<std::string> unknown;
};

Pieces split_blocks(std::string_view raw) {
  Pieces p;
  p.parts.emplace_back();
  auto boundary = [&p] {
    if (!normalize_space(p.parts.back()).empty()) p.parts.emplace_back();
  };
  for (size_t i = 0; i < raw.size();) {
    Tag tag;
    if (raw[i] == '<' && read_tag(raw, i, tag)) {
      const std::string& n = tag.name;
      if (n == "i" || n == "em") {
        p.parts.back() += "*";
      } else if (n == "b" || n == "strong") {
        p.parts.back() += "**";
      } else if (n == "ul" || n == "ol" || n == "li") {
        p.list = true;
        boundary();
      } else if (n == "p" || n == "br" || n == "div") {
        boundary();
      } else if (n != "span" && n != "u" && n != "font") {
        p.unknown.push_back("<" + std::string(tag.closing ? "/" : "") + n + ">");
      }
      i = tag.end;
    } else if (raw[i] == '&') {
      i = read_entity(raw, i, p.parts.back());
    } else {
      p.parts.back().push_back(raw[i++]);
    }
  }
  for (auto& part : p.parts) part = normalize_space(part);
  std::erase_if(p.parts, [](const std::string& s) { return s.empty(); });
  return p;
}

// Hyphenated names ("Văn hóa - Xã hội", "Kinh tế - Hạ tầng"): the words
// either side of a " - " that joins a name rather than starting a new item.
// Folded, so "văn hoá" and "văn hóa" both match.
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kNameJoints{{
    {"van hoa", "xa hoi"},
    {"van hoa", "thong tin"},
    {"van hoa", "the thao"},
    {"kinh te", "ha tang"},
    {"kinh te", "xa hoi"},
    {"tai chinh", "ke hoach"},
    {"lao dong", "thuong binh"},
    {"chinh tri", "xa hoi"},
    {"xa hoi", "nghe nghiep"},
    {"thong tin", "truyen thong"},
    {"khoa hoc", "cong nghe"},
    {"tai nguyen", "moi truong"},
    {"nong nghiep", "moi truong"},
    {"giao duc", "dao tao"},
}};

bool joins_name(std::string_view before, std::string_view after) {
  std::string b = fold_diacritics(before), a = fold_diacritics(after);
  for (auto [left, right] : kNameJoints) {
    bool left_ok = ends_with(b, left) && (b.size() == left.size() || b[b.size() - left.size() - 1] == ' ');
    bool right_ok = starts_with(a, right) &&
                    (a.size() == right.size() || !std::isalpha(static_cast<unsigned char>(a[right.size()])));
    if (left_ok && right_ok) return true;
  }
  return false;
}

}  // namespace

// A dash starts an item at the very start of the text, or as " - " followed
// by an upper-case letter ("… trên địa bàn - Kiểm soát …"), unless the words
// before it are the first half of a hyphenated name. A dash followed by a
// lower-case word ("chính trị - xã hội") never splits.
std::vector<std::string> split_dash_items(std::string_view text) {
  std::vector<std::string> items;
  std::string t = normalize_space(text);
  size_t start = 0;
  if (starts_with(t, "- ")) start = 2;
  size_t search = start;
  while (true) {
    size_t pos = t.find(" - ", search);
    if (pos == std::string::npos) break;
    std::string_view after = std::string_view(t).substr(pos + 3);
    std::string_view before = std::string_view(t).substr(start, pos - start);
    if (first_is_upper(after) && !joins_name(before, after)) {
      items.push_back(trim(before));
      start = pos + 3;
    }
    search = pos + 3;
  }
  items.push_back(trim(std::string_view(t).substr(start)));
  std::erase_if(items, [](const std::string& s) { return s.empty(); });
  return items;
}

CellContent parse_cell(std::string_view raw) {
  Pieces p = split_blocks(raw);
  CellContent c;
  c.unknown_tags = std::move(p.unknown);
  c.list = p.list;
  for (auto& part : p.parts) {
    if (starts_with(part, "- ")) c.list = true;
  }
  if (!c.list) {
    c.items = std::move(p.parts);
    return c;
  }
  for (auto& part : p.parts) {
    for (auto& item : split_dash_items(part)) c.items.push_back(std::move(item));
  }
  return c;
}

namespace {
void take_unknown(CellContent& c, std::vector<std::string>* unknown) {
  if (unknown) unknown->insert(unknown->end(), c.unknown_tags.begin(), c.unknown_tags.end());
}
}  // namespace

std::string cell_markdown(std::string_view raw, std::vector<std::string>* unknown_tags) {
  CellContent c = parse_cell(raw);
  take_unknown(c, unknown_tags);
  if (!c.list) return join(c.items, "\n\n");
  std::string out;
  for (size_t i = 0; i < c.items.size(); ++i) out += (i ? "\n- " : "- ") + c.items[i];
  return out;
}

std::string cell_line(std::string_view raw, std::vector<std::string>* unknown_tags) {
  CellContent c = parse_cell(raw);
  take_unknown(c, unknown_tags);
  if (!c.list) return join(c.items, " ");
  std::string out;
  for (size_t i = 0; i < c.items.size(); ++i) out += (i ? " - " : "- ") + c.items[i];
  return out;
}

std::vector<std::string> cell_items(std::string_view raw, std::vector<std::string>* unknown_tags) {
  CellContent c = parse_cell(raw);
  take_unknown(c, unknown_tags);
  std::vector<std::string> items;
  for (auto& item : c.items) {
    if (c.list) {
      std::string t = trim_right_chars(item, ";");
      if (!t.empty()) items.push_back(t);
      continue;
    }
    for (auto& piece : split(item, ';')) {
      std::string t = trim(piece);
      if (!t.empty()) items.push_back(t);
    }
  }
  return items;
}

}  // namespace ck::importer
