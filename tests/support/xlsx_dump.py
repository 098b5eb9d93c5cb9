#!/usr/bin/python3
"""Independent reader for the report tests: dumps .xlsx workbooks as JSON with openpyxl.

Usage: xlsx_dump.py FILE [FILE...]  ->  {"FILE": {"sheets": [...]}} on stdout.
Per sheet: name, dimensions, cells (non-empty: value, cached value, data type, font, bold, number format),
merged ranges, freeze panes, print setup (orientation, paper size, print titles, margins, fit, scale), the
header/footer text, row heights and manual row breaks.
"""
import json
import sys
import datetime

import openpyxl


def jsonable(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.isoformat()
    return v


def dump(path):
    wb = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        cws = cached[ws.title]
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                cells[c.coordinate] = {
                    "v": jsonable(c.value),
                    "cv": jsonable(cws[c.coordinate].value),
                    "t": c.data_type,
                    "font": c.font.name,
                    "b": bool(c.font.b),
                    "nf": c.number_format,
                    "wrap": bool(c.alignment.wrap_text),
                    "border": c.border.left.style,
                    "link": c.hyperlink.target if c.hyperlink else None,
                }
        ps = ws.page_setup
        sheets.append({
            "name": ws.title,
            "maxRow": ws.max_row,
            "maxCol": ws.max_column,
            "cells": cells,
            "merged": [str(r) for r in ws.merged_cells.ranges],
            "freeze": ws.freeze_panes,
            "orientation": ps.orientation,
            "paperSize": int(ps.paperSize) if ps.paperSize is not None else None,
            "fitToWidth": ps.fitToWidth,
            "fitToPage": bool(ws.sheet_properties.pageSetUpPr.fitToPage) if ws.sheet_properties.pageSetUpPr else False,
            "printTitleRows": ws.print_title_rows,
            "margins": {"left": ws.page_margins.left, "right": ws.page_margins.right,
                        "top": ws.page_margins.top, "bottom": ws.page_margins.bottom},
            "footer": ws.oddFooter.center.text,
            "colWidths": {k: v.width for k, v in ws.column_dimensions.items()},
            "rowHeights": {str(r): d.height for r, d in ws.row_dimensions.items() if d.height is not None},
            "rowBreaks": [b.id for b in ws.row_breaks.brk],
            "scale": ps.scale,
        })
    return {"sheets": sheets}


if __name__ == "__main__":
    print(json.dumps({p: dump(p) for p in sys.argv[1:]}, ensure_ascii=False))
