#include "importer/odt_reader.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "importer/docx_numbering.h"
#include "ooxml/xml_part.h"

namespace ck::importer {
namespace {

using ooxml::attribute;
using ooxml::child;
using ooxml::local_name;

constexpr int kMaxDepth = 64;
constexpr int kMaxRepeat = 64;  // number-columns/rows-repeated: more is padding, not content

int int_attr(const pugi::xml_node& n, std::string_view name, int fallback) {
  return ooxml::attribute_int(n, name, fallback);
}

struct ListLevel {
  bool bullet = true;
  std::string format = "1", prefix, suffix = ".";
  int start = 1;
};

// num-format "1", "I", "i", "a", "A" in Word's names, for format_number().
std::string word_format(const std::string& f) {
  if (f == "I") return "upperRoman";
  if (f == "i") return "lowerRoman";
  if (f == "a") return "lowerLetter";
  if (f == "A") return "upperLetter";
  return "decimal";
}

class OdtReader {
 public:
  explicit OdtReader(ooxml::ZipArchive& zip) : zip_(zip) {}

  SourceDocument read() {
    doc_.format = "odt";
    pugi::xml_document content, styles;
    ooxml::parse_xml(content, zip_.read_required("content.xml", "tệp OpenDocument .odt"), zip_.display_name(),
                     "content.xml");
    if (auto s = zip_.read("styles.xml")) {
      ooxml::parse_xml(styles, *s, zip_.display_name(), "styles.xml");
      read_list_styles(styles.document_element());
      read_outline_style(styles.document_element());
      read_italic_styles(styles.document_element());
    }
    pugi::xml_node root = content.document_element();
    read_list_styles(root);
    read_italic_styles(root);
    pugi::xml_node text = child(child(root, "body"), "text");
    if (!text)
      throw ooxml::PackageError(
          zip_.display_name() +
          ": phần \"content.xml\" không có văn bản (office:text) — không phải tệp văn bản .odt");
    std::vector<DocBlock> blocks;
    block_content(text, blocks, 0, "", 0);
    doc_.blocks = std::move(blocks);
    for (size_t i = 0; i < notes_.size(); ++i) {
      DocBlock b;
      b.paragraph.text = "[" + std::to_string(i + 1) + "] " + notes_[i];
      b.paragraph.where = "chú thích " + std::to_string(i + 1);
      doc_.blocks.push_back(std::move(b));
    }
    if (deleted_ > 0)
      doc_.notes.push_back(
          {"", "bỏ " + std::to_string(deleted_) +
                   " đoạn chữ bị xóa khi theo dõi thay đổi mà chưa chấp nhận; phần chèn thêm được "
                   "giữ — xin đối chiếu với bản đã ký"});
    return std::move(doc_);
  }

 private:
  void check_depth(int depth) {
    if (depth > kMaxDepth)
      throw ooxml::PackageError(
          zip_.display_name() +
          ": văn bản lồng nhau quá sâu (bảng hay danh sách quá nhiều tầng) — không phải kế "
          "hoạch thông thường; lưu lại bằng LibreOffice rồi thử lại");
  }

  // Text styles that make a span italic (automatic styles in content.xml, common ones in styles.xml).
  void read_italic_styles(const pugi::xml_node& root) {
    for (pugi::xpath_node x : root.select_nodes("//*[local-name()='style']")) {
      pugi::xml_node s = x.node();
      if (std::string_view(attribute(s, "family").value()) != "text") continue;
      pugi::xml_node props = child(s, "text-properties");
      if (std::string_view(attribute(props, "font-style").value()) == "italic")
        italic_styles_.insert(attribute(s, "name").value());
    }
  }

  // text:list-style elements anywhere under `root` (automatic and common styles).
  void read_list_styles(const pugi::xml_node& root) {
    for (pugi::xpath_node x : root.select_nodes("//*[local-name()='list-style']")) {
      pugi::xml_node s = x.node();
      std::vector<ListLevel> levels(10);
      for (pugi::xml_node l : s.children()) {
        std::string_view n = local_name(l);
        if (n != "list-level-style-number" && n != "list-level-style-bullet") continue;
        int level = int_attr(l, "level", 1);
        if (level < 1 || level > 10) continue;
        ListLevel& out = levels[static_cast<size_t>(level - 1)];
        out.bullet = n == "list-level-style-bullet";
        out.format = attribute(l, "num-format").value();
        out.prefix = attribute(l, "num-prefix").value();
        out.suffix = attribute(l, "num-suffix").value();
        out.start = int_attr(l, "start-value", 1);
      }
      list_styles_[attribute(s, "name").value()] = std::move(levels);
    }
  }

  // text:outline-style: how headings (text:h) outside any list are numbered by their outline level.
  void read_outline_style(const pugi::xml_node& root) {
    for (pugi::xpath_node x : root.select_nodes("//*[local-name()='outline-style']")) {
      outline_.assign(10, ListLevel{false, "", "", "", 1});
      outline_counters_.assign(10, 0);
      for (pugi::xml_node l : x.node().children()) {
        int level = int_attr(l, "level", 1);
        if (local_name(l) != "outline-level-style" || level < 1 || level > 10) continue;
        ListLevel& out = outline_[static_cast<size_t>(level - 1)];
        out.format = attribute(l, "num-format").value();
        out.prefix = attribute(l, "num-prefix").value();
        out.suffix = attribute(l, "num-suffix").value();
        out.start = int_attr(l, "start-value", 1);
      }
    }
  }

  // The number a heading at outline `level` (1-based) prints; deeper levels start again after it.
  std::string outline_label(int level) {
    if (level < 1 || static_cast<size_t>(level) > outline_.size()) return "";
    const ListLevel& l = outline_[static_cast<size_t>(level - 1)];
    if (l.format.empty()) return "";
    int& counter = outline_counters_[static_cast<size_t>(level - 1)];
    counter = counter == 0 ? l.start : counter + 1;
    for (size_t k = static_cast<size_t>(level); k < outline_counters_.size(); ++k) outline_counters_[k] = 0;
    return l.prefix + format_number(counter, word_format(l.format)) + l.suffix;
  }

  // The label of the next item of a list (`list_id` counts it) at `level` (0-based).
  std::string list_label(const std::string& style, int level, const std::string& list_id) {
    auto it = list_styles_.find(style);
    if (it == list_styles_.end() || level >= 10) return level == 0 ? "-" : "+";
    const ListLevel& l = it->second[static_cast<size_t>(level)];
    if (l.bullet) return level == 0 ? "-" : "+";
    if (l.format.empty()) return "";
    int& counter = counters_[list_id];
    counter = counter == 0 ? l.start : counter + 1;
    return l.prefix + format_number(counter, word_format(l.format)) + l.suffix;
  }

  void block_content(const pugi::xml_node& node, std::vector<DocBlock>& out, int depth,
                     const std::string& list_style, int list_level) {
    check_depth(depth);
    for (pugi::xml_node c : node.children()) {
      std::string_view n = local_name(c);
      if (n == "p" || n == "h") {
        DocBlock b;
        b.paragraph = paragraph(c, depth + 1);
        if (n == "h") {
          b.paragraph.heading = std::max(1, int_attr(c, "outline-level", 1));
          // A heading outside a list takes the outline numbering (not a list's header, which prints none).
          if (list_style.empty() && std::string_view(attribute(c, "is-list-header").value()) != "true")
            b.paragraph.numbering = outline_label(b.paragraph.heading);
        }
        if (depth == 0) b.paragraph.where = "đoạn " + std::to_string(++paragraph_no_);
        out.push_back(std::move(b));
      } else if (n == "list") {
        std::string style = attribute(c, "style-name").value();
        list(c, out, depth + 1, style.empty() ? list_style : style,
             list_style.empty() && style.empty() ? 0 : list_level);
      } else if (n == "table") {
        DocBlock b;
        b.kind = DocBlock::Kind::Table;
        b.table = table(c, depth + 1);
        out.push_back(std::move(b));
      } else if (n == "section" || n == "index-body" || n == "table-of-content") {
        block_content(c, out, depth + 1, list_style, list_level);
      } else if (n == "tracked-changes") {
        for (pugi::xpath_node x : c.select_nodes(".//*[local-name()='deletion']")) (void)x, ++deleted_;
      }
    }
  }

  void list(const pugi::xml_node& l, std::vector<DocBlock>& out, int depth, const std::string& style,
            int level) {
    check_depth(depth);
    // A list that continues an earlier one (LibreOffice splits a list around a table or heading) keeps
    // counting.
    bool continues = std::string_view(attribute(l, "continue-numbering").value()) == "true" ||
                     !attribute(l, "continue-list").empty();
    std::string& last = last_list_[style + "/" + std::to_string(level)];
    std::string id = continues && !last.empty() ? last : "list" + std::to_string(++list_no_);
    last = id;
    for (pugi::xml_node item : l.children()) {
      std::string_view n = local_name(item);
      if (n != "list-item" && n != "list-header") continue;
      bool first = true;
      for (pugi::xml_node c : item.children()) {
        std::string_view cn = local_name(c);
        if (cn == "list") {
          list(c, out, depth + 1,
               attribute(c, "style-name").empty() ? style : attribute(c, "style-name").value(), level + 1);
        } else if (cn == "p" || cn == "h") {
          DocBlock b;
          b.paragraph = paragraph(c, depth + 1);
          b.paragraph.list_level = level;
          if (first && n == "list-item" && !b.paragraph.text.empty()) {
            pugi::xml_node number = child(item, "number");
            b.paragraph.numbering = number ? std::string(number.text().get()) : list_label(style, level, id);
          }
          if (depth <= 2) b.paragraph.where = "đoạn " + std::to_string(++paragraph_no_);
          first = false;
          out.push_back(std::move(b));
        } else if (cn == "table") {
          DocBlock b;
          b.kind = DocBlock::Kind::Table;
          b.table = table(c, depth + 1);
          out.push_back(std::move(b));
        }
      }
    }
  }

  DocParagraph paragraph(const pugi::xml_node& p, int depth) {
    DocParagraph out;
    inline_content(p, out.text, depth, &out.italic_spans, false);
    return out;
  }

  void inline_content(const pugi::xml_node& node, std::string& text, int depth, std::vector<DocSpan>* italics,
                      bool italic) {
    check_depth(depth);
    for (pugi::xml_node c : node.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        size_t before = text.size();
        text += c.value();
        if (italic && italics) {
          if (!italics->empty() && italics->back().end == before)
            italics->back().end = text.size();
          else
            italics->push_back({before, text.size()});
        }
        continue;
      }
      std::string_view n = local_name(c);
      if (n == "s") {
        text.append(static_cast<size_t>(std::clamp(int_attr(c, "c", 1), 1, 100)), ' ');
      } else if (n == "tab") {
        text += '\t';
      } else if (n == "line-break") {
        text += '\n';
      } else if (n == "note") {
        std::string body;
        pugi::xml_node nb = child(c, "note-body");
        for (pugi::xml_node p : nb.children()) {
          std::string t;
          inline_content(p, t, depth + 1, nullptr, false);
          if (!t.empty()) body += (body.empty() ? "" : " ") + t;
        }
        notes_.push_back(body);
        text += "[" + std::to_string(notes_.size()) + "]";
      } else if (n == "span" || n == "a" || n == "meta" || n == "ruby" || n == "ruby-base") {
        bool span_italic = italic || italic_styles_.count(attribute(c, "style-name").value()) > 0;
        inline_content(c, text, depth + 1, italics, span_italic);
      }
      // text:change-start/-end, bookmarks, soft page breaks: no text of their own.
    }
  }

  struct Owner {
    size_t row = 0, cell = 0;
    int remaining = 0;  // rows still covered below
  };

  void row(const pugi::xml_node& tr, DocTable& t, bool header, std::vector<std::optional<Owner>>& owners,
           int depth) {
    int repeat = std::clamp(int_attr(tr, "number-rows-repeated", 1), 1, kMaxRepeat);
    for (int k = 0; k < repeat; ++k) {
      DocRow r;
      r.header = header;
      r.where = t.where + ", dòng " + std::to_string(t.rows.size() + 1);
      size_t column = 0;
      int covered_in_span = 0;
      for (pugi::xml_node tc : tr.children()) {
        std::string_view n = local_name(tc);
        int cols = std::clamp(int_attr(tc, "number-columns-repeated", 1), 1, kMaxRepeat);
        for (int c = 0; c < cols; ++c) {
          if (n == "covered-table-cell") {
            if (covered_in_span > 0) {
              --covered_in_span;  // inside the span of a cell to the left
              continue;
            }
            if (owners.size() > column && owners[column] && owners[column]->remaining > 0) {
              Owner& o = *owners[column];
              DocCell& top = t.rows[o.row].cells[o.cell];
              DocCell cell;
              cell.paragraphs = top.paragraphs;
              cell.tables = top.tables;
              cell.colspan = top.colspan;
              cell.merged_above = true;
              --o.remaining;
              covered_in_span = top.colspan - 1;
              column += static_cast<size_t>(top.colspan);
              r.cells.push_back(std::move(cell));
            } else {
              ++column;  // a covered cell with no owner (a damaged table): an empty cell
              r.cells.emplace_back();
            }
          } else if (n == "table-cell") {
            DocCell cell;
            cell.colspan = std::clamp(int_attr(tc, "number-columns-spanned", 1), 1, 1000);
            cell.rowspan = std::clamp(int_attr(tc, "number-rows-spanned", 1), 1, 100000);
            std::vector<DocBlock> content;
            block_content(tc, content, depth + 1, "", 0);
            for (auto& b : content) {
              if (b.kind == DocBlock::Kind::Paragraph) {
                b.paragraph.where = r.where;
                cell.paragraphs.push_back(std::move(b.paragraph));
              } else {
                cell.tables.push_back(std::move(b.table));
              }
            }
            if (owners.size() < column + 1) owners.resize(column + 1);
            owners[column] =
                cell.rowspan > 1
                    ? std::optional<Owner>(Owner{t.rows.size(), r.cells.size(), cell.rowspan - 1})
                    : std::nullopt;
            covered_in_span = cell.colspan - 1;
            column += static_cast<size_t>(cell.colspan);
            r.cells.push_back(std::move(cell));
          }
        }
      }
      t.rows.push_back(std::move(r));
    }
  }

  void rows(const pugi::xml_node& node, DocTable& t, bool header, std::vector<std::optional<Owner>>& owners,
            int depth) {
    check_depth(depth);
    for (pugi::xml_node c : node.children()) {
      std::string_view n = local_name(c);
      if (n == "table-row")
        row(c, t, header, owners, depth + 1);
      else if (n == "table-header-rows")
        rows(c, t, true, owners, depth + 1);
      else if (n == "table-rows" || n == "table-row-group")
        rows(c, t, header, owners, depth + 1);
    }
  }

  DocTable table(const pugi::xml_node& tbl, int depth) {
    check_depth(depth);
    DocTable t;
    t.where = "bảng " + std::to_string(++table_no_);
    std::vector<std::optional<Owner>> owners;
    rows(tbl, t, false, owners, depth + 1);
    return t;
  }

  ooxml::ZipArchive& zip_;
  SourceDocument doc_;
  std::map<std::string, std::vector<ListLevel>> list_styles_;
  std::map<std::string, int> counters_;
  std::vector<ListLevel> outline_;      // text:outline-style: the numbering of headings (LibreOffice's chapter numbering)
  std::vector<int> outline_counters_;  // by outline level
  std::set<std::string> italic_styles_;
  std::map<std::string, std::string> last_list_;  // style/level -> the list id that counted last
  std::vector<std::string> notes_;
  size_t deleted_ = 0;
  int paragraph_no_ = 0, table_no_ = 0, list_no_ = 0;
};

}  // namespace

SourceDocument read_odt(ooxml::ZipArchive& package) { return OdtReader(package).read(); }

}  // namespace ck::importer
