#!/usr/bin/env python3
"""Reads back the html, xlsx and docx that Scripts/check-documents.sh wrote, with other people's
readers, and compares every figure with `cchc ... --format json` and the seed's appendix tables.

    check-documents.py OUT_DIR FIXTURES_DIR

OUT_DIR holds, per report R in score, rank, trend, diff: R.json, R.html.txt (pdftotext of the
page printed by Chromium), R.xlsx, R.xlsx.csv/ (LibreOffice's CSV of every sheet); and for score
also score.docx and score.docx.txt (pdftotext of LibreOffice's PDF). Prints one line per check;
exits 1 at the end if any failed.
"""
import csv, glob, json, os, re, sys
from decimal import Decimal

import docx
import openpyxl

out, fixtures = sys.argv[1], sys.argv[2]
failures = 0


def check(ok, what):
    global failures
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures += 1


def vi(number, signed=False):
    """A JSON number as cchc writes it for people: 89,75, 9, -2,5 (+9,25 when signed)."""
    d = Decimal(str(number)).quantize(Decimal("0.01"))
    text = f"{abs(d):f}".rstrip("0").rstrip(".").replace(".", ",")
    sign = "-" if d < 0 else ("+" if signed and d > 0 else "")
    return sign + text


def dec(value):
    return None if value is None or value == "" else Decimal(str(value)).quantize(Decimal("0.01"))


def text_of(name):
    with open(os.path.join(out, name), encoding="utf-8") as f:
        return re.sub(r"\s+", " ", f.read())


def workbook(name):
    """The formulas, and the cached values, of every sheet: {sheet: [[cells]]}."""
    path = os.path.join(out, name)
    formulas = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in openpyxl.load_workbook(path)}
    values = {
        ws.title: [list(r) for r in ws.iter_rows(values_only=True)]
        for ws in openpyxl.load_workbook(path, data_only=True)
    }
    return formulas, values


def lo_numbers(name):
    """Every number in LibreOffice's CSV of every sheet."""
    found = set()
    for path in glob.glob(os.path.join(out, name + ".csv", "*.csv")):
        with open(path, encoding="utf-8") as f:
            for row in csv.reader(f):
                for cell in row:
                    try:
                        found.add(Decimal(cell).quantize(Decimal("0.01")))
                    except Exception:
                        pass
    return found


def xlsx_numbers(values):
    return {dec(c) for rows in values.values() for r in rows for c in r if isinstance(c, (int, float))}


# score: the page, the workbook against the JSON, the Word appendix against the seed's tables.
score = json.load(open(os.path.join(out, "score.json"), encoding="utf-8"))
page = text_of("score.html.txt")
for needle in ["89,75", "97,5", "93,75", "Mạc Thị Lan", "Ma Đình Chung"]:
    check(needle in page, f"score.html printed: {needle!r} is in the text")
check(score["unit"].upper() in page.upper(), f"score.html printed: the unit {score['unit']!r} in its title block")

formulas, values = workbook("score.xlsx")
check(list(formulas) == ["Tiêu chí", "Mất điểm"], f"score.xlsx: sheets {list(formulas)}")
sheet, cached = formulas["Tiêu chí"], values["Tiêu chí"]
header = sheet[0]
# The appendix's own headers (seed 002), as the Word document has them.
col = {key: header.index(h) for key, h in [("self", "Tự đánh giá"), ("appraised", "Thẩm định"), ("final", "CTHĐ thẩm định"), ("max", "Điểm tối đa"), ("lost", "Mất điểm")]}
rows = {str(r[0]): (i, r) for i, r in enumerate(sheet) if r[0] is not None}
total_index = next(i for i, r in enumerate(sheet) if r[1] == "Tổng")
for stage in ["self", "appraised", "final", "max", "lost"]:
    f = sheet[total_index][col[stage]]
    v = cached[total_index][col[stage]]
    check(isinstance(f, str) and f.startswith("=SUM("), f"score.xlsx total {stage}: a formula {f}")
    check(dec(v) == dec(score["totals"][stage]), f"score.xlsx total {stage}: cached {v} = json {score['totals'][stage]}")
for d in score["domains"]:
    i, r = rows[d["id"]]
    for stage in ["self", "appraised", "final", "lost"]:
        ok = isinstance(r[col[stage]], str) and r[col[stage]].startswith("=SUM(") and dec(cached[i][col[stage]]) == dec(d[stage])
        check(ok, f"score.xlsx domain {d['id']} {stage}: {r[col[stage]]} cached {cached[i][col[stage]]} = {d[stage]}")
bad = []
for c in score["criteria"]:
    i, r = rows[c["id"]]
    for stage in ["self", "appraised", "final"]:
        if dec(r[col[stage]]) != dec(c.get(stage)):
            bad.append((c["id"], stage, r[col[stage]], c.get(stage)))
check(not bad and len(score["criteria"]) == 54, f"score.xlsx: every criterion's three scores equal the json's ({len(score['criteria'])} criteria) {bad[:3]}")
lost_sheet = values["Mất điểm"]
check(len(lost_sheet) - 1 == len(score["lost"]), f"score.xlsx Mất điểm: {len(lost_sheet) - 1} rows for {len(score['lost'])} lost")
numbers = lo_numbers("score.xlsx")
check({Decimal("97.50"), Decimal("93.75"), Decimal("89.75"), Decimal("10.25")} <= numbers, "score.xlsx via LibreOffice CSV: 97,5 / 93,75 / 89,75 / 10,25")
check(all(dec(c[s]) in numbers for c in score["criteria"] for s in ["self", "appraised", "final"]), "score.xlsx via LibreOffice CSV: every criterion's scores")

# The Word appendix: both tables, every row of the seed's appendix (Fixtures/*-criteria.tsv and
# *-lost.tsv are seed 002's tables as they stand).
def tsv(name):
    with open(os.path.join(fixtures, name), encoding="utf-8") as f:
        rows = [[re.sub(r"<[^>]+>", "", c).strip() for c in line.rstrip("\n").split("\t")] for line in f if line.strip()]
    return rows[1:]


def number(text):
    return dec(text.replace(",", ".")) if re.fullmatch(r"-?\d+([.,]\d+)?", text.strip()) else text.strip()


document = docx.Document(os.path.join(out, "score.docx"))
check(len(document.tables) == 2, f"score.docx: {len(document.tables)} tables")
criteria = [[c.text for c in r.cells] for r in document.tables[0].rows]
by_id = {r[0]: r for r in criteria[1:]}
missing = []
for seed in tsv("binh-thanh-2023-criteria.tsv"):
    key = "" if seed[0] == "Tổng" else seed[0].rstrip(".")
    row = by_id.get(key) if key else next((r for r in criteria if r[1] == "Tổng"), None)
    if row is None or [number(x) for x in row[2:6]] != [number(x) for x in seed[2:6]]:
        missing.append((seed[0], row))
check(not missing, f"score.docx criteria table: every row of the seed's appendix with its max and three scores {missing[:2]}")
check(len(criteria) == 64, f"score.docx criteria table: {len(criteria)} rows (header, 8 domains, 54 criteria, Tổng)")
lost = [[c.text for c in r.cells] for r in document.tables[1].rows]
missing = []
for seed in tsv("binh-thanh-2023-lost.tsv"):
    if not seed[0].isdigit():
        total = next((r for r in lost if r[1] == "Tổng cộng"), None)
        if total is None or number(total[4]) != number(seed[4]):
            missing.append(seed)
        continue
    row = next((r for r in lost if r[1] == seed[1]), None)
    names = [n.strip() for n in re.split(r",|chuyển", re.sub(r"\(\d{4}\)", "", seed[6])) if n.strip()]
    if row is None or number(row[4]) != number(seed[4]) or row[2] != seed[2] or not all(n in row[6] for n in names):
        missing.append((seed[1], row))
check(not missing, f"score.docx lost table: every row of the seed's appendix, points and responsible {missing[:2]}")
imported = json.load(open(os.path.join(out, "imported.score.json"), encoding="utf-8"))
for key in ["totals", "domains", "criteria", "lost"]:
    check(imported[key] == score[key], f"score.docx imported back by cchc import: the same {key}")
word = text_of("score.docx.txt")
for needle in ["89,75", "10,25", "Ma Đình Chung", "Mạc Thị Lan", "Tổng"]:
    check(needle in word, f"score.docx via LibreOffice PDF: {needle!r}")

# rank, trend, diff: every figure of the JSON in the printed page, the workbook and its CSV.
def figures(kind, data):
    """(number, how people read it) pairs the report must show."""
    if kind == "rank":
        for u in data["units"]:
            yield u["total"], vi(u["total"])
            for v in u["domains"].values():
                if v is not None:
                    yield v, vi(v)
    elif kind == "trend":
        for y in data["years"]:
            if y["total"] is not None:
                yield y["total"], vi(y["total"])
            if y.get("change") is not None:
                yield y["change"], vi(y["change"], signed=True)
    else:
        t = data["total"]
        yield t["change"], vi(t["change"], signed=True)
        for d in data["domains"]:
            yield d["change"], vi(d["change"], signed=True)


for kind in ["rank", "trend", "diff"]:
    data = json.load(open(os.path.join(out, kind + ".json"), encoding="utf-8"))
    page = text_of(kind + ".html.txt")
    wanted = list(figures(kind, data))
    check(bool(wanted), f"{kind}: the json has figures to look for ({len(wanted)})")
    absent = [people for _, people in wanted if people not in page]
    check(not absent, f"{kind}.html printed: every figure as text {absent[:5]}")
    _, cached = workbook(kind + ".xlsx")
    numbers = xlsx_numbers(cached)
    absent = [n for n, _ in wanted if dec(n) not in numbers]
    check(not absent, f"{kind}.xlsx via openpyxl: every figure as a number {absent[:5]}")
    numbers = lo_numbers(kind + ".xlsx")
    absent = [n for n, _ in wanted if dec(n) not in numbers]
    check(not absent, f"{kind}.xlsx via LibreOffice CSV: every figure {absent[:5]}")

print(f"check-documents: {failures} failed" if failures else "check-documents: all read back")
sys.exit(1 if failures else 0)
