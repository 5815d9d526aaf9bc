#!/usr/bin/env python3
"""Fills the blank scorecard `cchc init --format xlsx|docx` wrote with a scorecard's figures, as a
clerk would in Excel or Word, and saves it: openpyxl for a workbook (which saves formulas without
their cached values), python-docx for a Word appendix.

    fill-form.py FORM.xlsx|FORM.docx SCORECARD.json OUT

Every criterion row (found by its id in the STT column) gets its self, appraised and final scores
(a survey criterion its points, max x survey / 100, in each stage, and its percentage where its title
says `(… %)`); every deduction becomes a row
of the lost-points table. The unit and the year are left as the form's title block says them.
"""
import json, sys
from decimal import Decimal, ROUND_HALF_UP

form, card_path, out = sys.argv[1], sys.argv[2], sys.argv[3]
card = json.load(open(card_path, encoding="utf-8"))
STAGES = {"self": "Tự đánh giá", "appraised": "Thẩm định", "final": "CTHĐ thẩm định"}
LOST = ["STT", "Chỉ tiêu, tiêu chí", "Nội dung của chỉ tiêu, tiêu chí", "Lý do mất điểm, yêu cầu bổ sung",
        "Số điểm trừ", "Giải trình, hướng khắc phục", "Người phụ trách"]


def scores(entry, maxima):
    """The row's figures by stage, as numbers a person types."""
    if "survey" in entry:
        points = (Decimal(str(maxima[entry["id"]])) * Decimal(str(entry["survey"])) / 100).quantize(
            Decimal("0.01"), ROUND_HALF_UP)
        return {s: points for s in STAGES}
    return {s: Decimal(str(entry[s])) for s in STAGES if entry.get(s) is not None}


def percent(entry):
    """A survey's percentage as a person writes it: 72,25."""
    return f"{Decimal(str(entry['survey'])).normalize():f}".replace(".", ",")


def people(names):
    """Several people separated by `;`, and a lone name with a comma ended by one (`Công an, quân sự;`)."""
    text = "; ".join(names)
    return text + ";" if len(names) == 1 and "," in text else text


def lost_row(n, d):
    people_ = people(d.get("responsible", []))
    if d.get("formerly"):
        people_ = f"{people(d['formerly'])} ({card['year']}) chuyển {people_}"
    return [n, d["code"], d.get("content", ""), d.get("reason", ""), Decimal(str(d["points"])),
            d.get("remediation", ""), people_]


def number(d):
    return int(d) if d == d.to_integral_value() else float(d)


if form.endswith(".xlsx"):
    import openpyxl
    wb = openpyxl.load_workbook(form)
    criteria, lost = wb.worksheets[0], wb.worksheets[1]
    rows = list(criteria.iter_rows())
    header = next(i for i, r in enumerate(rows) if any(c.value == "Điểm tối đa" for c in r))
    column = {c.value: c.column for c in rows[header] if c.value}
    maxima = {}
    for r in rows[header + 1:]:
        if r[0].value is not None and isinstance(r[2].value, (int, float)):
            maxima[str(r[0].value)] = r[2].value
    by_id = {str(r[0].value): r[0].row for r in rows[header + 1:] if r[0].value is not None}
    for entry in card["criteria"]:
        for stage, points in scores(entry, maxima).items():
            criteria.cell(row=by_id[entry["id"]], column=column[STAGES[stage]], value=number(points))
        title = criteria.cell(row=by_id[entry["id"]], column=2)
        if "survey" in entry and isinstance(title.value, str) and title.value.endswith("(… %)"):
            title.value = title.value.replace("(… %)", f"({percent(entry)} %)")
    assert [c.value for c in next(lost.iter_rows(max_row=1))] == LOST, "the lost-points sheet's headers"
    for n, d in enumerate(card.get("deductions", []), 1):
        for i, value in enumerate(lost_row(n, d)):
            lost.cell(row=n + 1, column=i + 1, value=number(value) if isinstance(value, Decimal) else value)
    wb.save(out)
else:
    import docx
    document = docx.Document(form)
    criteria = next(t for t in document.tables if any(c.text == "Điểm tối đa" for c in t.rows[0].cells))
    lost = next(t for t in document.tables if t.rows[0].cells[0].text == "STT" and len(t.rows[0].cells) == 7
                and t.rows[0].cells[4].text == "Số điểm trừ")
    column = {c.text: i for i, c in enumerate(criteria.rows[0].cells)}
    maxima = {r.cells[0].text: r.cells[2].text.replace(",", ".") for r in criteria.rows[1:] if r.cells[0].text}
    by_id = {r.cells[0].text: r for r in criteria.rows[1:] if r.cells[0].text}
    for entry in card["criteria"]:
        for stage, points in scores(entry, maxima).items():
            text = f"{points.normalize():f}".replace(".", ",")
            by_id[entry["id"]].cells[column[STAGES[stage]]].text = text
        title = by_id[entry["id"]].cells[1]
        if "survey" in entry and title.text.endswith("(… %)"):
            title.text = title.text.replace("(… %)", f"({percent(entry)} %)")
    total = lost.rows[-1]
    for n, d in enumerate(card.get("deductions", []), 1):
        row = lost.add_row()
        for cell, value in zip(row.cells, lost_row(n, d)):
            cell.text = f"{value.normalize():f}".replace(".", ",") if isinstance(value, Decimal) else str(value)
    # The `Tổng cộng` row stays last, as the appendix writes it.
    total._tr.getparent().remove(total._tr)
    lost._tbl.append(total._tr)
    document.save(out)
