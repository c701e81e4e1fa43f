#include "importer/docx_reader.h"

#include <algorithm>
#include <map>
#include <optional>

#include "importer/docx_numbering.h"
#include "ooxml/xml_part.h"
#include "util/text.h"

namespace ck::importer {
namespace {

using ooxml::attribute;
using ooxml::child;
using ooxml::local_name;

// Tables in cells in tables…: deeper than this is not a plan, and recursion must stay bounded.
constexpr int kMaxDepth = 64;

std::string val(const pugi::xml_node& n) { return n ? attribute(n, "val").value() : ""; }

// <w:b/>, <w:b w:val="1"/> are on; w:val="0"/"false"/"off" is off.
bool toggle_on(const pugi::xml_node& n) {
  if (!n) return false;
  std::string v = val(n);
  return v != "0" && v != "false" && v != "off";
}

// A span or level: 1 unless a whole number from 1 to 999.
int span_val(const pugi::xml_node& n) { return std::max(1, ooxml::attribute_int(n, "val", 1, 3)); }

DocAlign align_of(const std::string& jc) {
  if (jc == "center") return DocAlign::Center;
  if (jc == "right" || jc == "end") return DocAlign::Right;
  if (jc == "both" || jc == "distribute") return DocAlign::Justify;
  if (jc == "left" || jc == "start") return DocAlign::Left;
  return DocAlign::Unknown;
}

struct ParagraphBuild {
  DocParagraph p;
  bool any_text = false, all_bold = true, all_italic = true;
};

class DocxReader {
 public:
  DocxReader(ooxml::ZipArchive& zip) : zip_(zip) {}

  SourceDocument read() {
    doc_.format = "docx";
    pugi::xml_document main, styles, numbering, notes;
    parse("word/document.xml", main, true);
    if (parse("word/styles.xml", styles, false)) styles_ = read_docx_styles(styles.document_element());
    if (parse("word/numbering.xml", numbering, false))
      numbering_ = DocxNumbering(numbering.document_element());
    if (parse("word/footnotes.xml", notes, false)) read_footnotes(notes.document_element());
    pugi::xml_node body = child(main.document_element(), "body");
    if (!body)
      throw ooxml::PackageError(
          zip_.display_name() +
          ": phần \"word/document.xml\" không có thân văn bản (w:body) — không phải tệp Word");
    std::vector<DocBlock> blocks;
    block_content(body, blocks, 0);
    doc_.blocks = std::move(blocks);
    append_footnotes();
    if (deleted_ > 0)
      doc_.notes.push_back(
          {"", "bỏ " + std::to_string(deleted_) +
                   " đoạn chữ bị xóa khi theo dõi thay đổi (Track Changes) mà chưa chấp nhận; "
                   "phần chèn thêm được giữ — xin đối chiếu với bản đã ký"});
    if (inserted_ > 0)
      doc_.notes.push_back(
          {"", "giữ " + std::to_string(inserted_) +
                   " đoạn chữ chèn thêm khi theo dõi thay đổi (Track Changes) mà chưa chấp nhận"});
    return std::move(doc_);
  }

 private:
  bool parse(const std::string& part, pugi::xml_document& doc, bool required) {
    std::optional<std::string> xml;
    if (required)
      xml = zip_.read_required(part, "tệp Word .docx");
    else
      xml = zip_.read(part);
    if (!xml) return false;
    ooxml::parse_xml(doc, *xml, zip_.display_name(), part);
    return true;
  }

  void read_footnotes(const pugi::xml_node& root) {
    for (pugi::xml_node n : root.children()) {
      if (local_name(n) != "footnote") continue;
      std::string type = attribute(n, "type").value();
      if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") continue;
      std::string text;
      for (pugi::xml_node p : n.children())
        if (local_name(p) == "p") {
          ParagraphBuild b = paragraph_text(p, 1, false);
          if (!b.p.text.empty()) text += (text.empty() ? "" : " ") + b.p.text;
        }
      footnote_text_[attribute(n, "id").value()] = normalize_space(text);
    }
  }

  // Notes appended after the body, "[1] …", in order of first reference.
  void append_footnotes() {
    for (size_t i = 0; i < footnotes_used_.size(); ++i) {
      DocParagraph p;
      p.text = "[" + std::to_string(i + 1) + "] " + footnotes_used_[i];
      p.where = "chú thích " + std::to_string(i + 1);
      DocBlock b;
      b.paragraph = std::move(p);
      doc_.blocks.push_back(std::move(b));
    }
  }

  void check_depth(int depth) {
    if (depth > kMaxDepth)
      throw ooxml::PackageError(zip_.display_name() +
                                ": văn bản lồng nhau quá sâu (bảng trong bảng quá nhiều tầng)"
                                " — không phải kế hoạch thông thường; lưu lại bằng Word rồi thử lại");
  }

  // Paragraphs and tables of a body, a cell or a content control, in order.
  void block_content(const pugi::xml_node& node, std::vector<DocBlock>& out, int depth) {
    check_depth(depth);
    for (pugi::xml_node c : node.children()) {
      std::string_view n = local_name(c);
      if (n == "p") {
        ParagraphBuild b = paragraph_text(c, depth, true);
        DocBlock block;
        block.paragraph = std::move(b.p);
        if (depth == 0) block.paragraph.where = "đoạn " + std::to_string(++paragraph_no_);
        out.push_back(std::move(block));
        for (auto& extra : text_boxes_) out.push_back(std::move(extra));
        text_boxes_.clear();
      } else if (n == "tbl") {
        DocBlock block;
        block.kind = DocBlock::Kind::Table;
        block.table = table(c, depth + 1);
        out.push_back(std::move(block));
      } else if (n == "sdt") {
        block_content(child(c, "sdtContent"), out, depth + 1);
      } else if (n == "customXml" || n == "ins" || n == "moveTo") {
        block_content(c, out, depth + 1);
      } else if (n == "del" || n == "moveFrom") {
        ++deleted_;
      }
    }
  }

  ParagraphBuild paragraph_text(const pugi::xml_node& p, int depth, bool numbered) {
    ParagraphBuild b;
    pugi::xml_node ppr = child(p, "pPr");
    std::string style_id = val(child(ppr, "pStyle"));
    auto style = styles_.find(style_id);
    if (style != styles_.end()) b.p.heading = style->second.heading;
    if (pugi::xml_node outline = child(ppr, "outlineLvl")) {
      int lvl = span_val(outline);
      if (val(outline) == "0") lvl = 0;
      if (lvl < 9) b.p.heading = lvl + 1;
    }
    b.p.align = align_of(val(child(ppr, "jc")));
    std::string num_id;
    int level = 0;
    if (pugi::xml_node num = child(ppr, "numPr")) {
      num_id = val(child(num, "numId"));
      std::string ilvl = val(child(num, "ilvl"));
      level = ilvl.size() == 1 && ilvl[0] >= '0' && ilvl[0] <= '8' ? ilvl[0] - '0' : 0;
    } else if (style != styles_.end() && style->second.has_numbering) {
      num_id = style->second.num_id;
      level = style->second.num_level;
    }
    inline_content(p, b, depth + 1);
    if (numbered && !num_id.empty() && num_id != "0") {
      std::string label = numbering_.next(num_id, level);
      b.p.list_level = level;
      if (!b.p.text.empty()) b.p.numbering = label;
    }
    if (!b.any_text) b.all_bold = b.all_italic = false;
    b.p.bold = b.all_bold;
    b.p.italic = b.all_italic;
    return b;
  }

  void inline_content(const pugi::xml_node& node, ParagraphBuild& b, int depth) {
    check_depth(depth);
    for (pugi::xml_node c : node.children()) {
      std::string_view n = local_name(c);
      if (n == "r") {
        run(c, b, depth);
      } else if (n == "del" || n == "moveFrom") {
        ++deleted_;
      } else if (n == "ins" || n == "moveTo") {
        ++inserted_;
        inline_content(c, b, depth + 1);
      } else if (n == "hyperlink" || n == "smartTag" || n == "customXml" || n == "fldSimple" || n == "bdo" ||
                 n == "dir") {
        inline_content(c, b, depth + 1);  // a simple field's runs are its result
      } else if (n == "sdt") {
        inline_content(child(c, "sdtContent"), b, depth + 1);
      }
    }
  }

  bool in_field_code() const {
    for (bool code : fields_)
      if (code) return true;
    return false;
  }

  void run(const pugi::xml_node& r, ParagraphBuild& b, int depth) {
    pugi::xml_node rpr = child(r, "rPr");
    if (toggle_on(child(rpr, "vanish"))) return;  // hidden text is not printed
    bool bold = toggle_on(child(rpr, "b")), italic = toggle_on(child(rpr, "i"));
    std::string& text = b.p.text;
    for (pugi::xml_node c : r.children()) {
      std::string_view n = local_name(c);
      if (n == "fldChar") {
        std::string type = attribute(c, "fldCharType").value();
        if (type == "begin") fields_.push_back(true);
        if (type == "separate" && !fields_.empty()) fields_.back() = false;
        if (type == "end" && !fields_.empty()) fields_.pop_back();
        continue;
      }
      if (in_field_code()) continue;  // the field's instruction, not its printed result
      size_t before = text.size();
      if (n == "t") {
        text += c.text().get();
      } else if (n == "tab" || n == "ptab") {
        text += '\t';
      } else if (n == "br") {
        std::string type = attribute(c, "type").value();
        text += type == "page" || type == "column" ? ' ' : '\n';
      } else if (n == "cr") {
        text += '\n';
      } else if (n == "noBreakHyphen") {
        text += '-';
      } else if (n == "footnoteReference" || n == "endnoteReference") {
        auto it = footnote_text_.find(attribute(c, "id").value());
        if (it != footnote_text_.end()) {
          footnotes_used_.push_back(it->second);
          text += "[" + std::to_string(footnotes_used_.size()) + "]";
        }
      } else if (n == "AlternateContent") {
        text_boxes_in(child(c, "Choice"), depth + 1);
      } else if (n == "drawing" || n == "pict") {
        text_boxes_in(c, depth + 1);
      }
      if (text.size() > before && text.find_first_not_of(" \n\t", before) != std::string::npos) {
        if (italic && n == "t") {
          auto& spans = b.p.italic_spans;
          if (!spans.empty() && spans.back().end == before)
            spans.back().end = text.size();
          else
            spans.push_back({before, text.size()});
        }
        b.any_text = true;
        b.all_bold = b.all_bold && bold;
        b.all_italic = b.all_italic && italic;
      }
    }
  }

  // A text box's paragraphs follow the paragraph that anchors it.
  void text_boxes_in(const pugi::xml_node& node, int depth) {
    check_depth(depth);
    for (pugi::xml_node c : node.children()) {
      if (local_name(c) == "txbxContent") {
        std::vector<DocBlock> inner;
        block_content(c, inner, depth + 1);
        for (auto& b : inner) text_boxes_.push_back(std::move(b));
      } else {
        text_boxes_in(c, depth + 1);
      }
    }
  }

  struct Owner {
    size_t row = 0, cell = 0;
  };

  void row_cells(const pugi::xml_node& node, DocTable& t, DocRow& row,
                 std::vector<std::optional<Owner>>& owners, size_t& column, int depth) {
    check_depth(depth);
    for (pugi::xml_node tc : node.children()) {
      std::string_view n = local_name(tc);
      if (n == "sdt") {
        row_cells(child(tc, "sdtContent"), t, row, owners, column, depth + 1);
        continue;
      }
      if (n == "customXml") {
        row_cells(tc, t, row, owners, column, depth + 1);
        continue;
      }
      if (n != "tc") continue;
      pugi::xml_node tcpr = child(tc, "tcPr");
      DocCell cell;
      cell.colspan = span_val(child(tcpr, "gridSpan"));
      pugi::xml_node vmerge = child(tcpr, "vMerge");
      bool restart = vmerge && val(vmerge) == "restart";
      bool cont = vmerge && !restart;
      std::vector<DocBlock> content;
      block_content(tc, content, depth + 1);
      for (auto& b : content) {
        if (b.kind == DocBlock::Kind::Paragraph) {
          b.paragraph.where = row.where;
          cell.paragraphs.push_back(std::move(b.paragraph));
        } else {
          cell.tables.push_back(std::move(b.table));
        }
      }
      if (owners.size() < column + 1) owners.resize(column + 1);
      if (cont && owners[column]) {
        DocCell& top = t.rows[owners[column]->row].cells[owners[column]->cell];
        ++top.rowspan;
        cell.paragraphs = top.paragraphs;
        cell.tables = top.tables;
        cell.merged_above = true;
      } else {
        owners[column] =
            restart ? std::optional<Owner>(Owner{t.rows.size(), row.cells.size()}) : std::nullopt;
      }
      column += static_cast<size_t>(cell.colspan);
      row.cells.push_back(std::move(cell));
    }
  }

  void table_rows(const pugi::xml_node& node, DocTable& t, std::vector<std::optional<Owner>>& owners,
                  int depth) {
    check_depth(depth);
    for (pugi::xml_node tr : node.children()) {
      std::string_view n = local_name(tr);
      if (n == "sdt") {
        table_rows(child(tr, "sdtContent"), t, owners, depth + 1);
        continue;
      }
      if (n == "customXml") {
        table_rows(tr, t, owners, depth + 1);
        continue;
      }
      if (n != "tr") continue;
      pugi::xml_node trpr = child(tr, "trPr");
      if (child(trpr, "del")) {  // a row deleted with tracked changes on
        ++deleted_;
        continue;
      }
      DocRow row;
      row.where = t.where + ", dòng " + std::to_string(t.rows.size() + 1);
      row.header = toggle_on(child(trpr, "tblHeader"));
      size_t column = 0;
      if (pugi::xml_node before = child(trpr, "gridBefore")) {
        DocCell empty;
        empty.colspan = span_val(before);
        column = static_cast<size_t>(empty.colspan);
        row.cells.push_back(std::move(empty));
      }
      row_cells(tr, t, row, owners, column, depth + 1);
      t.rows.push_back(std::move(row));
    }
  }

  DocTable table(const pugi::xml_node& tbl, int depth) {
    check_depth(depth);
    DocTable t;
    t.where = "bảng " + std::to_string(++table_no_);
    std::vector<std::optional<Owner>> owners;  // by grid column: the cell a vertical merge started in
    table_rows(tbl, t, owners, depth + 1);
    return t;
  }

  ooxml::ZipArchive& zip_;
  SourceDocument doc_;
  std::map<std::string, DocxStyle> styles_;
  DocxNumbering numbering_;
  std::map<std::string, std::string> footnote_text_;
  std::vector<std::string> footnotes_used_;
  std::vector<DocBlock> text_boxes_;
  std::vector<bool> fields_;  // open complex fields: true while in the instruction part
  size_t deleted_ = 0, inserted_ = 0;
  int paragraph_no_ = 0, table_no_ = 0;
};

}  // namespace

SourceDocument read_docx(ooxml::ZipArchive& package) { return DocxReader(package).read(); }

}  // namespace ck::importer
