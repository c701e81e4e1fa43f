// The neutral form of an imported document, whatever it was read from
// (.docx, .odt, .doc through LibreOffice, PDF text layer, OCR, or the text
// export): blocks in reading order, each a paragraph or a table. Readers fill
// it; lower_document() (document_lowering.h) turns it into what the importer's
// one pipeline reads, so tasks, agencies, deadlines, narrative and front matter
// are decided in one place for every format.
//
// For a reader (docx_reader, odt_reader, the PDF reader):
//  - one Paragraph per paragraph of the source, its text with runs joined
//    (a run split mid-word joins without a space), line breaks (w:br,
//    text:line-break) as '\n', tabs as '\t' (a header block typed with tab
//    stops, "ỦY BAN NHÂN DÂN<tab>CỘNG HÒA …", is two columns: see the lowering);
//  - list numbering that the source generates (Word's numbering.xml, ODF
//    text:list) goes into `numbering` as it would print ("I.", "1.", "a)",
//    "-"), NOT into `text`; numbering typed by hand stays in `text`;
//  - a DocTable's rows as printed: a cell merged across columns once, with
//    `colspan`; a cell merged down appears in each row it covers, the first
//    with `rowspan` = rows covered, the others with `merged_above` = true and
//    the same paragraphs (a reader sets both so the lowering can choose);
//  - a header row repeated on each page: `header` = true on every copy (Word's
//    tblHeader is one row in the XML; a PDF prints it again on each page);
//  - a nested table is kept inside its cell (DocCell::tables);
//  - `where` names the place for messages: "bảng 2, dòng 5", "trang 3";
//  - italic runs as `italic_spans` (the lowering makes them emphasis when
//    they are part of a line, not all of it; bold is not carried: a bold
//    paragraph is a heading, whose numbering says what it is);
//  - a cell whose reading is not certain (OCR under the threshold) has
//    `uncertain` set: the task's field from it is written as "can_doi_chieu";
//  - anything the reader changed or dropped goes to SourceDocument::notes
//    ("bỏ 3 đoạn bị xóa khi theo dõi thay đổi"), shown as warnings.
#pragma once
#include <string>
#include <vector>

namespace ck::importer {

enum class DocAlign { Unknown, Left, Center, Right, Justify };

// Italic text inside a paragraph, as byte offsets into DocParagraph::text.
struct DocSpan {
  size_t begin = 0, end = 0;
};

struct DocParagraph {
  std::string text;       // UTF-8; '\n' for a line break, '\t' for a tab inside the paragraph
  std::string numbering;  // generated list label as printed: "I.", "1.", "a)", "-"; "" when none
  int heading = 0;        // outline level from the style (Heading 1 = 1), 0 for body text
  int list_level = -1;    // list nesting (0 = top) when the paragraph is a list item
  DocAlign align = DocAlign::Unknown;
  bool bold = false;                  // every visible run is bold
  bool italic = false;                // every visible run is italic
  std::vector<DocSpan> italic_spans;  // italic runs (merged), for emphasis inside a sentence
  std::string where;                  // "đoạn 12", for messages
};

struct DocTable;

struct DocCell {
  std::vector<DocParagraph> paragraphs;
  std::vector<DocTable> tables;  // tables nested in this cell, after its paragraphs
  int colspan = 1;               // grid columns this cell covers
  int rowspan = 1;               // rows covered, on the first row of a vertical merge
  bool merged_above = false;     // continues the cell above (a vertical merge)
  bool uncertain = false;        // OCR read a word of it under the confidence threshold (PDF scans)
};

struct DocRow {
  std::vector<DocCell> cells;
  bool header = false;  // a header row (repeated on each page or marked as one)
  std::string where;    // "bảng 1, dòng 7", for messages
};

struct DocTable {
  std::vector<DocRow> rows;
  std::string where;  // "bảng 1"
};

struct DocBlock {
  enum class Kind { Paragraph, Table } kind = Kind::Paragraph;
  DocParagraph paragraph;  // when kind == Paragraph
  DocTable table;          // when kind == Table
};

struct SourceNote {
  std::string where;    // "" when it concerns the whole document
  std::string message;  // Vietnamese: what the reader changed or dropped
};

struct SourceDocument {
  std::string format;  // "docx", "odt", "pdf", "text": for the report
  std::vector<DocBlock> blocks;
  std::vector<SourceNote> notes;

  void add(DocParagraph p) {
    DocBlock b;
    b.paragraph = std::move(p);
    blocks.push_back(std::move(b));
  }
  void add(DocTable t) {
    DocBlock b;
    b.kind = DocBlock::Kind::Table;
    b.table = std::move(t);
    blocks.push_back(std::move(b));
  }
};

}  // namespace ck::importer
