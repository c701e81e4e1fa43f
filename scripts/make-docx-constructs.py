#!/usr/bin/env python3
"""Writes small hand-made .docx files, one per WordprocessingML construct the
importer must read (tests/importer/fixtures/docx/constructs/), and copies them
into the docx fuzzer's seed corpus (fuzz/corpus/docx/). Pure Python (zipfile):
the XML is written out by hand so each file holds exactly the construct named.

    scripts/make-docx-constructs.py

Each document is fictional ("Xã Minh Họa"). The tests that read them are in
tests/importer/docx_reader_test.cc.
"""
import os
import shutil
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "importer", "fixtures", "docx", "constructs")
CORPUS = os.path.join(ROOT, "fuzz", "corpus", "docx")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def r(text, bold=False, italic=False):
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def p(*runs, style=None, num=None, jc=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    body = "".join(x if x.startswith("<") else r(x) for x in runs)
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{body}</w:p>"


def tc(*content, span=1, vmerge=None):
    pr = ""
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    inner = "".join(c if c.startswith("<") else p(c) for c in content) or "<w:p/>"
    return f"<w:tc>{'<w:tcPr>' + pr + '</w:tcPr>' if pr else ''}{inner}</w:tc>"


def tr(*cells, header=False):
    pr = '<w:trPr><w:tblHeader/></w:trPr>' if header else ""
    return f"<w:tr>{pr}{''.join(cells)}</w:tr>"


def tbl(*rows):
    return f"<w:tbl><w:tblPr/>{''.join(rows)}</w:tbl>"


HEADER = tr(*(tc(h) for h in ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                 "Thời gian hoàn thành", "Sản phẩm"]), header=True)

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Muc La Ma"/><w:basedOn w:val="Heading1"/>
<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>"""

FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>{r(" Theo Quyết định số 5256/QĐ-UBND.")}</w:p></w:footnote>
</w:footnotes>"""


def document(body):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}'
            '<w:sectPr/></w:body></w:document>')


def plan_body(table_rows, narrative=None):
    """A whole fictional plan: header block as a two-column table, title, numbered narrative, the appendix, the
    signature block as a two-column table."""
    head = tbl(tr(tc(p(r("ỦY BAN NHÂN DÂN", bold=True)), p(r("XÃ MINH HỌA", bold=True)), p("Số: 12/KH-UBND")),
                  tc(p(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)), p(r("Độc lập - Tự do - Hạnh phúc", bold=True)),
                     p(r("Minh Họa, ngày 05 tháng 01 năm 2027", italic=True)))))
    title = p(r("KẾ HOẠCH", bold=True), jc="center") + p(r("Cải cách hành chính xã Minh Họa năm 2027", bold=True),
                                                       jc="center")
    narrative = narrative or (p("MỤC ĐÍCH, YÊU CẦU", style="Muc") + p("Mục đích", num=("1", 1)) +
                              p("Nâng cao chất lượng phục vụ người dân.", num=("1", 2)) +
                              p("NHIỆM VỤ TRỌNG TÂM", style="Muc") + p("Các nhiệm vụ tại Phụ lục kèm theo."))
    sign = tbl(tr(tc(p(r("Nơi nhận:", bold=True, italic=True)), p("- UBND thành phố;"), p("- Lưu: VT.")),
                  tc(p(r("TM. ỦY BAN NHÂN DÂN", bold=True)), p(r("CHỦ TỊCH", bold=True)), p(r("Trần Văn Minh", bold=True)))))
    return head + title + narrative + sign + p("Phụ lục") + tbl(HEADER, *table_rows)


def write(name, body, numbering=True, styles=True, footnotes=False, extra=None):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + ".docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", document(body))] + \
                          ([("word/numbering.xml", NUMBERING)] if numbering else []) + \
                          ([("word/styles.xml", STYLES)] if styles else []) + \
                          ([("word/footnotes.xml", FOOTNOTES)] if footnotes else []) + (extra or []):
            info = zipfile.ZipInfo(part, date_time=(2027, 1, 5, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return path


def row(*cells):
    return tr(*(c if c.startswith("<w:tc") else tc(c) for c in cells))


def main():
    files = []
    # A plan whose appendix has a section row (gridSpan), a parent whose number merges down over two sub-rows
    # (vMerge), a cell of several agencies as paragraphs, and a line break inside a cell.
    files.append(write("plan-merged-cells", plan_body([
        row(tc(p(r("I. Cải cách thể chế", bold=True)), span=6)),
        row(tc("1", vmerge="restart"), "Kiểm tra nội bộ", "", "", "", ""),
        row(tc("", vmerge="continue"), "Kiểm tra công tác cải cách hành chính", "Văn phòng HĐND và UBND",
            tc(p("- Phòng Văn hóa - Xã hội;"), p("- Công an xã")), "Quý II/2027", "Báo cáo"),
        row(tc("", vmerge="continue"), "Kiểm tra việc thực hiện thủ tục hành chính",
            "Trung tâm Phục vụ hành chính công", "Các cơ quan, đơn vị liên quan", "Quý III/2027", "Báo cáo"),
        row("2", p("Rà soát văn bản", "<w:r><w:br/></w:r>", "quy phạm pháp luật"), "Văn phòng HĐND và UBND", "",
            "Cả năm 2027", "Danh mục"),
    ])))
    # Runs split mid-word, a tracked insertion kept and a deletion dropped, a field whose result is printed.
    split = p(r("Tổ chức tr"), r("iển kh"), r("ai Kế hoạch"))
    tracked = p(r("Hoàn thành "), '<w:ins w:id="1" w:author="A"><w:r><w:t>trước ngày 15/3/2027</w:t></w:r></w:ins>',
                '<w:del w:id="2" w:author="A"><w:r><w:delText>trong Quý I/2027</w:delText></w:r></w:del>')
    field = p(r("Trang "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
              '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("3"),
              '<w:r><w:fldChar w:fldCharType="end"/></w:r>', '<w:fldSimple w:instr=" NUMPAGES ">' + r("9") + "</w:fldSimple>")
    files.append(write("runs-tracked-fields", split + tracked + field))
    # A footnote reference inside a narrative paragraph.
    files.append(write("footnote", p(r("Thực hiện Kế hoạch của thành phố"),
                                     '<w:r><w:footnoteReference w:id="1"/></w:r>', r(".")), footnotes=True))
    # Numbering from numbering.xml: I., 1., a), - ; and a heading style that carries the numbering.
    files.append(write("numbering", p("MỤC ĐÍCH", style="Muc") + p("Mục đích", num=("1", 1)) +
                       p("Thứ nhất", num=("1", 2)) + p("Thứ hai", num=("1", 2)) + p("Gạch đầu dòng", num=("1", 3)) +
                       p("Mục tiêu", num=("1", 1)) + p("Thứ nhất của mục 2", num=("1", 2)) +
                       p("NHIỆM VỤ", style="Muc")))
    # A table nested in a cell, and a row repeated as a plain first row on the next page (no tblHeader).
    nested = tbl(tr(tc("Quý I"), tc("Báo cáo quý")), tr(tc("Quý II"), tc("Báo cáo 6 tháng")))
    files.append(write("nested-table", tbl(HEADER, row("1", tc(p("Báo cáo định kỳ"), nested), "Văn phòng HĐND và UBND",
                                                       "", "Hằng quý", "Báo cáo"))))
    os.makedirs(CORPUS, exist_ok=True)
    for f in files:
        shutil.copy(f, os.path.join(CORPUS, os.path.basename(f)))
        print(os.path.relpath(f, ROOT))


if __name__ == "__main__":
    main()
