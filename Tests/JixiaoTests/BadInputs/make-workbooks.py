#!/usr/bin/env python3
"""Writes the small hand-made workbooks of the bad-input corpus whose XML no spreadsheet program
would save: error values, formulas without a cached value, broken shared strings. Each is an
indicator list (one sheet, shared strings as Excel writes them) with one kind of damage. Run from
this folder; the tests read the files, not this script (python3 is not needed to test)."""
import zipfile

HEAD = ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "度量单位"]
ROWS = [
    ["甲项目", "产出指标", "数量指标", "完成率", "=100", "%"],
    ["甲项目", "产出指标", "质量指标", "合格率", "≥95", "%"],
    ["甲项目", "产出指标", "时效指标", "完成及时性", "及时", ""],
    ["甲项目", "效益指标", "社会效益指标", "覆盖率", "≥90", "%"],
    ["甲项目", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90", "%"],
]


def column(i):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]


def write(name, overrides=None, strings_part=True, extra_strings=()):
    """overrides: {"E3": raw <c> XML without the r attribute}"""
    overrides = overrides or {}
    strings = list(extra_strings)
    def index(text):
        if text not in strings:
            strings.append(text)
        return strings.index(text)
    rows_xml = []
    for r, row in enumerate([HEAD] + ROWS, start=1):
        cells = []
        for c, text in enumerate(row):
            ref = f"{column(c)}{r}"
            if ref in overrides:
                cells.append(f'<c r="{ref}"{overrides[ref]}</c>')
            elif text:
                cells.append(f'<c r="{ref}" t="s"><v>{index(text)}</v></c>')
        rows_xml.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(rows_xml)}</sheetData></worksheet>')
    shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>")
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheets><sheet name="指标清单" sheetId="1" r:id="rId1"/></sheets></workbook>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>')
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet.encode("utf-8") if isinstance(sheet, str) else sheet)
        if strings_part:
            z.writestr("xl/sharedStrings.xml", shared.encode("utf-8").replace(b"@BAD@", b"\xff\xfe"))


# A target whose formula failed (#DIV/0!) and an indicator name from a broken reference (#REF!).
write("declarations/list-error-values.xlsx", {
    "E2": ' t="e"><f>1/0</f><v>#DIV/0!</v>',
    "D3": ' t="str"><f>#REF!</f><v>#REF!</v>'.replace('t="str"', 't="e"'),
})
# Targets written by a script as formulas without a cached value: =100.00(%) is what was typed.
write("declarations/list-formula-targets.xlsx", {
    "E2": '><f>100.00(%)</f>',
    "E4": '><f>SUM(A1:A3)</f>',
})
# Shared strings: bytes that are not UTF-8 in a project name, a NUL (&#0;) in an indicator name.
write("declarations/list-bad-shared-strings.xlsx", {
    "A2": ' t="s"><v>0</v>',
    "D3": ' t="s"><v>1</v>',
}, extra_strings=["甲@BAD@项目", "合格&#0;率"])
# Shared-string indexes that name no string: 999999, -1 and abc.
write("declarations/list-bad-string-index.xlsx", {
    "D2": ' t="s"><v>999999</v>',
    "D3": ' t="s"><v>-1</v>',
    "D4": ' t="s"><v>abc</v>',
})
# The shared strings part is missing from the archive.
write("declarations/list-no-shared-strings.xlsx", strings_part=False)
