#!/usr/bin/env python3
"""PDF versions of the seed plans, made the way communes publish them.

    scripts/make-pdf-fixtures.py [SEEDS_DIR] [OUT_DIR]          (defaults: ../shared/seeds, tests/importer/fixtures/pdf)
    scripts/make-pdf-fixtures.py --scan IN.pdf OUT.pdf [PAGES]  (a simulated scan of IN's pages, e.g. "5" or "5-6")
    scripts/make-pdf-fixtures.py --locked OUT.pdf               (a one-line PDF that opens only with a password)
    scripts/make-pdf-fixtures.py --libreoffice [SEEDS_DIR] [OUT_DIR]  (the seeds printed by LibreOffice instead,
                                                                  default OUT_DIR tests/importer/fixtures/pdf/libreoffice)
    scripts/make-pdf-fixtures.py --libreoffice-no-rules [SEEDS_DIR] [OUT_DIR]  (Bạch Long Vĩ printed by LibreOffice
                                                                  with no table rules: default OUT_DIR …/libreoffice/no-rules)

Text-layer PDFs: each seed's text becomes an HTML document (Times-like Liberation Serif 13 pt, A4 portrait,
the appendix as one bordered table whose header row repeats on every printed page, rows allowed to break across
pages) and Chromium prints it. The seed's own page-break artefacts (repeated header rows, a row's rest after a
header) are undone first, as the fidelity test's reader does, so the PDF has the Word document's logical rows and
makes its own page breaks.

Scans: pages rendered by pdftoppm (grey, 150 dpi), turned by 0.4°, speckled with seeded noise, and wrapped into
an image-only PDF written here (pure Python: no PIL or ImageMagick on the build machines). Output is
reproducible: the noise is seeded and the PDF has no dates.

The committed fixtures: the three seeds, bach-long-vi-cchc-2026-scan-p8.pdf (--scan of its page 8, where the
table starts) and locked.pdf (--locked, LibreOffice's PDF export with an open password "congkhai").

--libreoffice: the same HTML opened by LibreOffice Writer and exported to PDF, as a clerk who saves the plan as
PDF from LibreOffice gets it: LibreOffice ignores the stylesheet's vertical-align and centres every cell
vertically (the table's rules are given as HTML attributes, which it does read), so a row's number and short cells sit in the middle of its lines, and its fonts wrap the narrow
agency columns word by word (libreoffice/tien-lang-cchc-2026.pdf, libreoffice/bach-long-vi-cchc-2026.pdf).

--libreoffice-no-rules: the same, but the table has no border attribute, so nothing is drawn between rows and
cells are centred: the case the PDF reader cannot rebuild rows for, and says so
(libreoffice/no-rules/bach-long-vi-cchc-2026.pdf).

Needs chromium, poppler-utils and (for --locked) LibreOffice. Run once; commit the outputs (each well under 200 KB).
"""
import html
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import zlib

SEEDS = ["tien-lang-cchc-2026", "bach-long-vi-cchc-2026", "tan-minh-cchc-2026-2030"]

CSS = """
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 13pt; line-height: 1.25; }
p { margin: 0 0 6pt 0; text-align: justify; text-indent: 10mm; }
p.c { text-align: center; text-indent: 0; }
p.b { font-weight: bold; }
table { border-collapse: collapse; width: 100%; font-size: 11pt; margin-top: 8pt; }
thead { display: table-header-group; }
th, td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: top; text-align: left; }
th { font-weight: bold; text-align: center; }
tr { break-inside: auto; }
td.s { font-weight: bold; }
col.tt { width: 7%; } col.nd { width: 33%; } col.ct { width: 15%; } col.ph { width: 15%; }
col.th { width: 14%; } col.sp { width: 16%; }
"""

HEADER_FIRST = {"TT", "STT", "Stt"}


def is_section(cells):
    first = cells[0]
    rest_empty = not any(cells[1:])
    m = re.match(r"^[IVX]+\. ", first)
    roman_only = first and re.fullmatch(r"[IVX]+", first) is not None
    return (rest_empty and m is not None) or (roman_only and not any(cells[2:]))


def logical_table(rows):
    """(header, body) where body items are ('section', cells) or ('row', cells); page-break rests joined."""
    header, body, after_header = None, [], False
    for cells in rows:
        cells = (cells + [""] * 6)[:6]
        if cells[0] in HEADER_FIRST:
            header = header or cells
            after_header = True
            continue
        if not any(cells):
            continue
        if is_section(cells):
            body.append(("section", cells))
        elif not cells[0] and after_header and body and body[-1][0] == "row":
            prev = body[-1][1]
            for k in range(1, 6):
                if cells[k]:
                    prev[k] = (prev[k] + " " + cells[k]).strip()
        else:
            body.append(("row", cells))
        after_header = False
    return header, body


def cell_html(raw):
    """A seed cell (with its HTML fragments) as the printed cell: tags rendered, "- " items on their own lines."""
    text = re.sub(r"</?(ul|ol)[^>]*>", " ", raw)
    text = re.sub(r"<li[^>]*>", " - ", text)
    text = re.sub(r"</li>|</?p[^>]*>", " ", text)
    parts = re.split(r"(</?i>)", text)
    out = []
    for p in parts:
        out.append(p if p in ("<i>", "</i>") else html.escape(" ".join(p.split())))
    body = " ".join(x for x in out if x).replace(" </i>", "</i>").replace("<i> ", "<i>")
    if body.startswith("- "):
        body = re.sub(r" - (?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])", "<br>- ", body)
    return body


def paragraph(line):
    t = line.strip().strip("*").strip()
    if not t:
        return ""
    cls = []
    if re.match(r"^([IVX]+\.|[0-9]+\.|Điều [0-9]+\.)\s", t) or t.isupper():
        cls.append("b")
    if t.isupper() or t.startswith("Số:") or t.startswith("(Kèm theo"):
        cls.append("c")
    attr = f' class="{" ".join(cls)}"' if cls else ""
    return f"<p{attr}>{html.escape(t)}</p>"


def seed_html(text):
    lines = text.split("\n")
    rows_at = [i for i, l in enumerate(lines) if "\t" in l]
    parts = []
    if not rows_at:
        parts = [paragraph(l) for l in lines]
    else:
        first, last = rows_at[0], rows_at[-1]
        parts = [paragraph(l) for l in lines[:first]]
        header, body = logical_table([l.split("\t") for l in lines[first : last + 1] if "\t" in l])
        t = ['<table><colgroup><col class="tt"><col class="nd"><col class="ct"><col class="ph">'
             '<col class="th"><col class="sp"></colgroup>']
        t.append("<thead><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in header) + "</tr></thead><tbody>")
        for kind, cells in body:
            if kind == "section":
                title = cells[0] if not cells[1] else cells[0] + ". " + cells[1]
                t.append(f'<tr><td class="s" colspan="6">{html.escape(title)}</td></tr>')
            else:
                t.append("<tr>" + "".join(f"<td>{cell_html(c)}</td>" for c in cells) + "</tr>")
        t.append("</tbody></table>")
        parts.append("\n".join(t))
        parts += [paragraph(l) for l in lines[last + 1 :]]
    body = "\n".join(p for p in parts if p)
    return f'<!doctype html><html lang="vi"><meta charset="utf-8"><style>{CSS}</style><body>{body}</body></html>'


def print_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + os.path.abspath(html_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# --- simulated scans -------------------------------------------------------------------------------------------

def read_pgm(path):
    data = open(path, "rb").read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos : pos + 1].isspace():
            pos += 1
        start = pos
        while not data[pos : pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    w, h = int(fields[1]), int(fields[2])
    return w, h, bytearray(data[pos + 1 : pos + 1 + w * h])


def scan_effects(w, h, pixels, seed):
    """A 0.4° turn (nearest neighbour, white outside) and sparse specks: what a desk scanner adds."""
    rnd = random.Random(seed)
    a = math.radians(0.4)
    ca, sa = math.cos(a), math.sin(a)
    cx, cy = w / 2, h / 2
    out = bytearray(b"\xff" * (w * h))
    for y in range(h):
        dy = y - cy
        bx, by = cx - dy * sa, cy + dy * ca
        row = y * w
        for x in range(w):
            dx = x - cx
            sx, sy = int(bx + dx * ca), int(by + dx * sa)
            if 0 <= sx < w and 0 <= sy < h:
                out[row + x] = pixels[sy * w + sx]
    for _ in range(w * h // 400):
        i = rnd.randrange(w * h)
        out[i] = rnd.choice((0, 60, 200))
    return out


def image_pdf(pages, dpi, out_path):
    """A minimal PDF with one grey image per page (FlateDecode), no text layer, no dates."""
    objs = []
    kids = []
    for w, h, pix in pages:
        img = len(objs) + 1
        stream = zlib.compress(bytes(pix), 9)
        objs.append(f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                    f"/BitsPerComponent 8 /Filter /FlateDecode /Length {len(stream)} >>".encode()
                    + b"\nstream\n" + stream + b"\nendstream")
        pw, ph = w * 72 / dpi, h * 72 / dpi
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        objs.append(f"<< /Length {len(content)} >>".encode() + b"\nstream\n" + content + b"\nendstream")
        objs.append(f"<< /Type /Page /Parent PAGES /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                    f"/Resources << /XObject << /Im0 {img} 0 R >> >> /Contents {img + 1} 0 R >>".encode())
        kids.append(img + 2)
    pages_no = len(objs) + 1
    objs.append(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode())
    objs.append(f"<< /Type /Catalog /Pages {pages_no} 0 R >>".encode())
    objs = [o.replace(b"PAGES", f"{pages_no} 0 R".encode()) for o in objs]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root {len(objs)} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(out_path, "wb").write(out)


def make_scan(pdf_in, pdf_out, page_range, dpi=150):
    first, _, last = page_range.partition("-")
    last = last or first
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", first, "-l", last, pdf_in, f"{tmp}/p"],
                       check=True)
        pages = []
        for i, name in enumerate(sorted(os.listdir(tmp))):
            w, h, pix = read_pgm(os.path.join(tmp, name))
            pages.append((w, h, scan_effects(w, h, pix, seed=i + 1)))
    image_pdf(pages, dpi, pdf_out)


def make_locked(pdf_out):
    options = ('pdf:writer_web_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
               '"DocumentOpenPassword":{"type":"string","value":"congkhai"}}')
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "locked.html")
        open(page, "w", encoding="utf-8").write('<meta charset="utf-8"><p>KẾ HOẠCH (khóa bằng mật khẩu)</p>')
        subprocess.run(["soffice", "--headless", "--convert-to", options, "--outdir", tmp, page], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.replace(os.path.join(tmp, "locked.pdf"), pdf_out)


def print_pdf_libreoffice(html_path, out_dir, profile):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", out_dir,
                    html_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(argv):
    no_rules = argv[:1] == ["--libreoffice-no-rules"]
    libreoffice = no_rules or argv[:1] == ["--libreoffice"]
    if libreoffice:
        argv = argv[1:]
    if argv[:1] == ["--locked"]:
        make_locked(argv[1])
        return
    if argv[:1] == ["--scan"]:
        make_scan(argv[1], argv[2], argv[3] if len(argv) > 3 else "1")
        return
    here = os.path.dirname(os.path.abspath(__file__))
    seeds = argv[0] if argv else os.path.join(here, "..", "..", "shared", "seeds")
    out = argv[1] if len(argv) > 1 else os.path.join(here, "..", "tests", "importer", "fixtures", "pdf",
                                                      *(["libreoffice"] if libreoffice else []),
                                                      *(["no-rules"] if no_rules else []))
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in SEEDS:
            if libreoffice and name == "tan-minh-cchc-2026-2030":
                continue  # no task table: the Chromium print covers its narrative
            if no_rules and name != "bach-long-vi-cchc-2026":
                continue  # one is enough to show the message
            text = open(os.path.join(seeds, name + ".txt"), encoding="utf-8").read()
            page = os.path.join(tmp, name + ".html")
            html_text = seed_html(text)
            if libreoffice and not no_rules:  # LibreOffice reads the table's rules from its attributes, not the stylesheet
                html_text = html_text.replace("<table>", '<table border="1" cellspacing="0" cellpadding="2">', 1)
            open(page, "w", encoding="utf-8").write(html_text)
            if libreoffice:
                print_pdf_libreoffice(page, out, os.path.join(tmp, "profile"))
            else:
                print_pdf(page, os.path.join(out, name + ".pdf"))
            print("wrote", os.path.join(out, name + ".pdf"))


if __name__ == "__main__":
    main(sys.argv[1:])
