"""The python-docx and openpyxl half of Scripts/make-office-fixtures.sh (run it, not this)."""
import copy, datetime, html, os, re, sys

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

out, work = sys.argv[1], sys.argv[2]
seed = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures")


def read(name):
    """The TSV's non-blank rows; each cell as (text, bold, italic) with the <b>/<i> markup taken off."""
    rows = []
    for line in open(os.path.join(seed, name), encoding="utf-8").read().splitlines():
        if not line.strip():
            continue
        cells = []
        for cell in line.split("\t"):
            bold, italic = "<b>" in cell, "<i>" in cell
            cells.append((re.sub(r"</?[bi]>", "", cell).strip(), bold, italic))
        rows.append(cells + [("", False, False)] * (7 - len(cells)))
    return rows


criteria, lost = read("binh-thanh-2023-criteria.tsv"), read("binh-thanh-2023-lost.tsv")
TITLE = "BÁO CÁO KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 — UBND xã Bình Thành"


def slip(rows):
    """The seed narrative's slip: 7.13's max written 0,5 instead of 1,5."""
    rows = copy.deepcopy(rows)
    for r in rows:
        if r[0][0].rstrip(".") == "7.13":
            assert r[2][0] == "1,5"
            r[2] = ("0,5", False, False)
    return rows


# --- HTML for LibreOffice Writer -------------------------------------------------------------
def html_table(rows):
    out = ["<table border='1'>"]
    for r in rows:
        cells = []
        for text, bold, italic in r:
            t = html.escape(text)
            if bold:
                t = "<b>" + t + "</b>"
            if italic:
                t = "<i>" + t + "</i>"
            cells.append("<td>" + t + "</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(out + ["</table>"])


page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo</title></head><body>
<p><b>{html.escape(TITLE)}</b></p><p>Phụ lục I. Kết quả chấm điểm</p>
{html_table(criteria)}
<p>Phụ lục II. Nội dung bị mất điểm</p>
{html_table(lost)}
</body></html>"""
open(os.path.join(work, "binh-thanh-2023.html"), "w", encoding="utf-8").write(page)


# --- python-docx -----------------------------------------------------------------------------
def run_props(run, bold, italic):
    run.bold, run.italic = bold or None, italic or None


def docx_table(document, rows, merged=False, line_break=False, tracked=False):
    table = document.add_table(rows=0, cols=7)
    table.style = "Table Grid"
    if merged:
        # A merged title row inside the table, above the header.
        title = table.add_row().cells
        cell = title[0].merge(title[6])
        cell.paragraphs[0].add_run("BIỂU TỔNG HỢP").bold = True
    start = len(table.rows)
    for r in rows:
        cells = table.add_row().cells
        for i, (text, bold, italic) in enumerate(r):
            paragraph = cells[i].paragraphs[0]
            if line_break and i == 1 and text.startswith("Xây dựng và tổ chức"):
                # A line break inside the title, then a second paragraph.
                head, tail = text.split(" tổ chức ")
                run = paragraph.add_run(head + " tổ chức")
                run.add_break()
                paragraph.add_run("thực hiện")
                cells[i].add_paragraph(tail.replace("thực hiện ", "", 1))
                continue
            run = paragraph.add_run(text)
            run_props(run, bold, italic)
            if tracked and i == 5 and r[0][0] == "1.1.":
                # A tracked change in the CTHD column: "2,0" deleted, "1,5" inserted.
                run.text = ""
                paragraph._p.append(change("w:del", "2,0"))
                paragraph._p.append(change("w:ins", text))
    if merged:
        # The department column merged down over runs of the same department.
        column = [table.rows[k].cells[6] for k in range(start, len(table.rows))]
        k = 0
        while k < len(column):
            j = k
            while j + 1 < len(column) and column[j + 1].text and column[j + 1].text == column[k].text:
                j += 1
            if j > k:
                for c in column[k + 1 : j + 1]:
                    c.paragraphs[0].runs[0].text = ""
                column[k].merge(column[j])
            k = j + 1
    return table


def change(kind, text):
    element = OxmlElement(kind)
    element.set(qn("w:id"), "1" if kind == "w:del" else "2")
    element.set(qn("w:author"), "Văn phòng")
    element.set(qn("w:date"), "2024-01-15T09:00:00Z")
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "w:del" else "w:t")
    t.text = text
    run.append(t)
    element.append(run)
    return element


def word(name, criteria_rows, **variant):
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(13)
    document.add_paragraph().add_run(TITLE).bold = True
    document.add_paragraph("Phụ lục I. Kết quả chấm điểm")
    docx_table(document, criteria_rows, **variant)
    document.add_paragraph("Phụ lục II. Nội dung bị mất điểm")
    docx_table(document, lost)
    document.save(os.path.join(out, name))


word("binh-thanh-2023.python-docx.docx", criteria)
word("binh-thanh-2023.merged.docx", criteria, merged=True)
word("binh-thanh-2023.line-break.docx", criteria, line_break=True)
word("binh-thanh-2023.tracked-change.docx", criteria, tracked=True)
word("binh-thanh-2023.slip-7.13.docx", slip(criteria))


# --- openpyxl --------------------------------------------------------------------------------
def number(text):
    """A decimal cell as a number: 9,5 → 9.5; other text as it is."""
    if re.fullmatch(r"\d+(,\d+)?", text):
        value = float(text.replace(",", "."))
        return int(value) if value == int(value) else value
    return text


def sheet(ws, rows, title=True, formulas=False, merged=False, line_break=False, date=False):
    if title:
        ws.append([TITLE])
        ws.append([])
    first = ws.max_row + 1
    domain_rows, domain_start = [], None
    for r in rows:
        values = [number(text) for text, _, _ in r]
        if line_break and str(values[1]).startswith("Xây dựng và tổ chức"):
            values[1] = values[1].replace(" tổ chức ", " tổ chức\n", 1)
        if date and values[0] == "1.1.":
            # A score typed where Excel took it for a date: 14/07/2023 in the self-assessment column.
            values[3] = datetime.datetime(2023, 7, 14)
        ws.append(values)
        n = ws.max_row
        if date and values[0] == "1.1.":
            ws.cell(n, 4).number_format = "dd/mm/yyyy"
        for i, (_, bold, italic) in enumerate(r):
            if bold or italic:
                ws.cell(n, i + 1).font = Font(bold=bold, italic=italic)
    if formulas:
        # Domain rows and the total row as SUM formulas, where they equal the seed's figures.
        rows_n = list(range(first + 1, ws.max_row + 1))
        domains = [n for n in rows_n if re.fullmatch(r"\d+", str(ws.cell(n, 1).value or ""))]
        total = rows_n[-1]
        for k, n in enumerate(domains):
            end = (domains[k + 1] if k + 1 < len(domains) else total) - 1
            for col in "CDEF":
                given = ws[f"{col}{n}"].value
                parts = [ws[f"{col}{m}"].value for m in range(n + 1, end + 1)]
                if abs(sum(p for p in parts if isinstance(p, (int, float))) - given) < 1e-9:
                    ws[f"{col}{n}"] = f"=SUM({col}{n + 1}:{col}{end})"
        for col in "CDEF":
            given = ws[f"{col}{total}"].value
            values = [ws[f"{col}{n}"].value for n in domains]
            if all(isinstance(v, str) for v in values):
                ws[f"{col}{total}"] = "=" + "+".join(f"{col}{n}" for n in domains)
    if merged:
        ws.insert_rows(first)
        ws.cell(first, 1).value = "BIỂU TỔNG HỢP"
        ws.merge_cells(start_row=first, start_column=1, end_row=first, end_column=7)
    return ws


def excel(name, criteria_rows, **variant):
    wb = openpyxl.Workbook()
    sheet(wb.active, criteria_rows, **variant).title = "Phụ lục I"
    lost_variant = {k: v for k, v in variant.items() if k == "formulas"}
    sheet(wb.create_sheet("Phụ lục II"), lost, formulas=False)
    wb.save(name if os.path.isabs(name) else os.path.join(out, name))


excel("binh-thanh-2023.openpyxl.xlsx", criteria)
excel("binh-thanh-2023.merged.xlsx", criteria, merged=True)
excel("binh-thanh-2023.line-break.xlsx", criteria, line_break=True)
excel("binh-thanh-2023.slip-7.13.xlsx", slip(criteria))
excel("binh-thanh-2023.date.xlsx", criteria, date=True)
excel(os.path.join(work, "binh-thanh-2023.formulas.xlsx"), criteria, formulas=True)


# --- columns found by their header (issue 11 review) -----------------------------------------
def reordered_docx():
    """The criteria table's header on two rows, a merged `Điểm` over the three stages (the final's
    named as seed 002 names it, `Điểm CT HĐ thẩm định`); the lost-points table's columns in
    another order: Số điểm trừ before Lý do, Người phụ trách before Giải trình."""
    document = docx.Document()
    document.add_paragraph("Phụ lục I. Kết quả chấm điểm")
    table = document.add_table(rows=0, cols=7)
    table.style = "Table Grid"
    top, second = table.add_row().cells, table.add_row().cells
    for i in (0, 1, 2, 6):
        top[i].text = criteria[0][i][0]
        top[i].merge(second[i])
    top[3].text = "Điểm"
    top[3].merge(top[5])
    for i, text in zip((3, 4, 5), ("Tự đánh giá", "Thẩm định", "Điểm CT HĐ thẩm định")):
        second[i].text = text
    for r in criteria[1:]:
        cells = table.add_row().cells
        for i, (text, bold, italic) in enumerate(r):
            run_props(cells[i].paragraphs[0].add_run(text), bold, italic)
    document.add_paragraph("Phụ lục II. Nội dung bị mất điểm")
    docx_table(document, [[r[i] for i in (0, 1, 2, 4, 3, 6, 5)] for r in lost])
    document.save(os.path.join(out, "binh-thanh-2023.reordered.docx"))


def repeated_xlsx():
    """Two columns headed `Thẩm định` (the final's renamed so), and the lost-points row 7.6 twice."""
    rows = copy.deepcopy(criteria)
    rows[0][5] = ("Thẩm định", False, False)
    twice = copy.deepcopy(lost)
    k = next(k for k, r in enumerate(twice) if r[1][0] == "7.6")
    twice.insert(k + 1, copy.deepcopy(twice[k]))
    wb = openpyxl.Workbook()
    sheet(wb.active, rows).title = "Phụ lục I"
    sheet(wb.create_sheet("Phụ lục II"), twice).title = "Phụ lục II"
    wb.save(os.path.join(out, "binh-thanh-2023.repeated.xlsx"))


reordered_docx()
repeated_xlsx()


# --- a framework table, for `framework import` ----------------------------------------------
def framework_docx():
    lines = open(os.path.join(seed, "vi-du", "framework-table.tsv"), encoding="utf-8").read().splitlines()
    document = docx.Document()
    document.add_paragraph().add_run(lines[0]).bold = True
    rows = [line.split("\t") for line in lines[1:] if line.strip()]
    table = document.add_table(rows=0, cols=max(len(r) for r in rows))
    for r in rows:
        cells = table.add_row().cells
        for i, text in enumerate(r):
            cells[i].text = text
    document.save(os.path.join(out, "vi-du-framework.docx"))


framework_docx()
