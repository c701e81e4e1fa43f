#!/usr/bin/env python3
"""Builds the Word, OpenDocument and PDF versions of the seed plans that the
importer tests read (tests/importer/fixtures/{docx,odt,pdf}/), the way a
commune's office would have them: each seed's text becomes an HTML document
(paragraphs; the appendix as one table with the header row once in <thead>,
which LibreOffice marks as a repeated heading row, rows that a page break cut
in two joined again, a parent's number cell merged down over its unnumbered
sub-rows with rowspan, section rows spanning the table with colspan), then
LibreOffice headless converts it to .docx, .odt and .pdf (and one legacy .doc,
for the test of the .doc path).

Run once after changing a seed or this script, and commit the small outputs:
    scripts/make-import-fixtures.py [--seeds DIR] [--formats docx,odt,pdf,doc]
Needs LibreOffice (Debian: libreoffice-writer-nogui). Takes about a minute.

The rules for which text rows are continuations mirror the text importer's
(importer/table_rows.cc): an unnumbered row right after a repeated header is
the rest of the row above, unless it has its own agency or deadline under a
heading row (a real sub-row); a line with no tab inside the table is the rest
of the last filled cell, and a page number is dropped. They only decide how
the fixture looks; the tests then compare the .docx/.odt import with the text
import of the same seed, cell by cell.

The OCR seed (hai-phong) is not converted: its table is garbled by the scan.
"""
import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

SEEDS = ["tien-lang-cchc-2026", "bach-long-vi-cchc-2026", "tan-minh-cchc-2026-2030"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "importer", "fixtures")


def is_header(cells):
    first = cells[0].strip().lower().replace(" ", "")
    return len(cells) >= 5 and first in ("tt", "stt", "sốtt", "sốthứtự")


def is_page_number(t):
    t = t.strip()
    m = re.fullmatch(r"-\s*(\d{1,3})\s*-", t)
    return bool(re.fullmatch(r"\d{1,3}", t) or m)


def is_section(cells):
    return all(not c.strip() for c in cells[2:]) and re.match(r"^[IVX]+\.?\s", cells[0].strip() or cells[1].strip())


def numbered(cell):
    return bool(re.fullmatch(r"(\d{1,3}(\.\d{1,3})*[a-z]?|[a-zđ]\)?)\.?", cell.strip()))


def read_seed(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    first = next((i for i, l in enumerate(lines) if l.count("\t") >= 4), None)
    if first is None:
        return lines, [], []
    last = max(i for i, l in enumerate(lines) if "\t" in l)
    return lines[:first], lines[first:last + 1], lines[last + 1:]


def table_rows(lines):
    """Rows as the document has them: [cells], header flag, parent index for sub-rows."""
    rows, header, after_header, last_numbered = [], None, False, None
    for line in lines:
        if "\t" not in line:
            t = line.strip()
            if not t or is_page_number(t) or not rows:
                continue
            cells = rows[-1]["cells"]
            k = len(cells) - 1
            while k > 1 and not cells[k].strip():
                k -= 1
            cells[k] = (cells[k] + " " + t).strip()
            continue
        cells = [c.strip() for c in line.split("\t")]
        if is_header(cells):
            if header is None:
                header = cells
                rows.append({"cells": cells, "header": True})
            after_header = True
            continue
        if all(not c for c in cells):
            continue
        width = len(header) if header else 6
        cells = (cells + [""] * width)[:width]
        if is_section(cells):
            rows.append({"cells": cells, "section": True})
            after_header, last_numbered = False, None
            continue
        if cells[0] == "" and rows and not rows[-1].get("header"):
            own = bool(cells[2] or cells[4])
            parent = rows[last_numbered]["cells"] if last_numbered is not None else None
            heading_parent = parent is not None and not any(parent[2:6])
            if after_header and not (own and heading_parent):
                prev = rows[-1]["cells"]
                for k in range(1, width):
                    if cells[k]:
                        prev[k] = (prev[k] + " " + cells[k]).strip() if prev[k] else cells[k]
                after_header = False
                continue
            rows.append({"cells": cells, "parent": last_numbered})
        else:
            rows.append({"cells": cells})
            if numbered(cells[0]):
                last_numbered = len(rows) - 1
        after_header = False
    return rows


def cell_html(raw):
    # Cells already carry HTML fragments (<ul>, <p>, <i>); plain text is escaped
    # the way the text importer reads it (a '<' not starting a tag is text).
    return re.sub(r"<(?![/a-zA-Z])", "&lt;", raw.replace("&", "&amp;") if "<" not in raw else raw)


def table_html(rows):
    out = ['<table border="1" cellspacing="0" cellpadding="2">']
    width = len(rows[0]["cells"])
    # The parent's number cell spans its sub-rows.
    spans = {}
    for i, r in enumerate(rows):
        if r.get("parent") is not None:
            spans[r["parent"]] = spans.get(r["parent"], 1) + 1
    covered = {i for i, r in enumerate(rows) if r.get("parent") is not None and rows[i - 1] is not None}
    for i, r in enumerate(rows):
        cells = r["cells"]
        if r.get("header"):
            out.append("<thead><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in cells) + "</tr></thead><tbody>")
            continue
        if r.get("section"):
            title = cells[0] if cells[0] else cells[1]
            out.append(f'<tr><td colspan="{width}"><b>{html.escape(title)}</b></td></tr>')
            continue
        tds = []
        for k, c in enumerate(cells):
            if k == 0 and i in covered:
                continue
            span = f' rowspan="{spans[i]}"' if k == 0 and i in spans else ""
            tds.append(f"<td{span}>{cell_html(c)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def paragraphs_html(lines):
    return "\n".join(f"<p>{html.escape(l.strip())}</p>" for l in lines if l.strip())


def seed_html(path):
    before, table, after = read_seed(path)
    body = paragraphs_html(before)
    if table:
        body += "\n" + table_html(table_rows(table))
    body += "\n" + paragraphs_html(after)
    return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            '<style>body{font-family:"Liberation Serif";font-size:13pt} td,th{vertical-align:top}</style>'
            f"</head><body>\n{body}\n</body></html>\n")


def convert(soffice, html_path, fmt, outdir, profile):
    filt = {"docx": "docx:MS Word 2007 XML", "odt": "odt:writer8", "pdf": "pdf:writer_pdf_Export",
            "doc": "doc:MS Word 97"}[fmt]
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--infilter=HTML (StarWriter)", "--convert-to", filt, "--outdir", outdir, html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default=os.path.join(ROOT, "..", "shared", "seeds"))
    ap.add_argument("--formats", default="docx,odt,pdf,doc",
                    help="comma-separated; .doc only for bach-long-vi (the legacy-format test needs one)")
    args = ap.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("make-import-fixtures: cần LibreOffice (apt install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        for name in SEEDS:
            html_path = os.path.join(tmp, name + ".html")
            with open(html_path, "w", encoding="utf-8") as f:
                f.write(seed_html(os.path.join(args.seeds, name + ".txt")))
            for fmt in args.formats.split(","):
                if fmt == "doc" and name != "bach-long-vi-cchc-2026":
                    continue
                outdir = os.path.join(OUT, fmt)
                os.makedirs(outdir, exist_ok=True)
                convert(soffice, html_path, fmt, outdir, profile)
                print(os.path.relpath(os.path.join(outdir, f"{name}.{fmt}"), ROOT))


if __name__ == "__main__":
    main()
