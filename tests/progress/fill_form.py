#!/usr/bin/env python3
"""Fills a progress form the way Excel writes one, with openpyxl (shared
strings, date cells, a percentage typed as 40% stored as 0.4 in a "0%" cell).

    fill_form.py IN.xlsx OUT.xlsx SPEC.json

SPEC: {"sheet": name or null (the first), "cells": [{"task": "nv-1" | null,
"row": 12 (when task is null), "column": "<header text>", "value": ..., "as":
"text" | "number" | "percent" | "date" | "formula" | "bool"}], "merge": ["N6:N7"],
"insert_row_before_task": "nv-2", "sort_desc": true}
Rows are found by the hidden task id in column A, columns by the header row.
"""
import datetime
import json
import sys

import openpyxl

HEADER_ROW = 5


def main():
    src, dst, spec_path = sys.argv[1:4]
    spec = json.load(open(spec_path, encoding="utf-8"))
    wb = openpyxl.load_workbook(src)
    ws = wb[spec["sheet"]] if spec.get("sheet") else wb.worksheets[0]
    columns = {c.value: c.column for c in ws[HEADER_ROW] if c.value}
    if spec.get("sort_desc"):
        # re-sort the task rows, last first, as a clerk's sort would
        rows = [[c.value for c in r] for r in ws.iter_rows(min_row=HEADER_ROW + 1)]
        rows = [r for r in rows if r[0]]
        for i, values in enumerate(reversed(rows)):
            for j, v in enumerate(values):
                ws.cell(row=HEADER_ROW + 1 + i, column=j + 1, value=v)
    rows = {ws.cell(row=r, column=1).value: r for r in range(HEADER_ROW + 1, ws.max_row + 1)}
    for cell in spec.get("cells", []):
        row = rows[cell["task"]] if cell.get("task") else cell["row"]
        target = ws.cell(row=row, column=columns[cell["column"]])
        kind, value = cell.get("as", "text"), cell["value"]
        if kind == "date":
            target.value = datetime.date.fromisoformat(value)
            target.number_format = "dd/mm/yyyy"
        elif kind == "percent":
            target.value = value
            target.number_format = "0%"
        elif kind == "formula":
            target.value = value  # openpyxl keeps no cached value: "=..." is written as a formula
        else:
            target.value = value
    for rng in spec.get("merge", []):
        ws.merge_cells(rng)
    for extra in spec.get("extra_sheets", []):
        wb.create_sheet(extra).cell(row=1, column=1, value="Ghi chú của cơ quan")
    wb.save(dst)


if __name__ == "__main__":
    main()
