#!/usr/bin/env bash
# Reads the html, xlsx and docx that cchc writes back with other people's readers: headless
# Chromium prints each page to PNG and to an A4 PDF (pdfinfo counts the pages, pdftotext finds
# the figures and names), LibreOffice converts each workbook to CSV and the Word appendix to
# PDF, openpyxl reads the formulas and their cached values, python-docx the appendix tables;
# Scripts/check-documents.py compares every figure with `--format json` and seed 002's tables.
# Installs what is missing with apt-get. Fails loudly on the first broken step or failed check.
#
#   bash Scripts/check-documents.sh [OUT_DIR]     (default: a temporary folder, removed after)
#
# The screenshots and PDFs stay in OUT_DIR when it is given: look at them.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-documents: FAIL: $*" >&2; exit 1; }

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ] || ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null \
    || ! /usr/bin/python3 -c 'import openpyxl, docx' 2>/dev/null; then
    echo "== apt-get install the readers"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium libreoffice-writer-nogui libreoffice-calc-nogui python3-openpyxl \
        python3-docx poppler-utils >/dev/null
    chromium=$(command -v chromium || command -v chromium-browser) || fail "no chromium after apt-get"
fi

if [ $# -ge 1 ]; then
    out="$1"
    mkdir -p "$out"
else
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
fi
out="$(cd "$out" && pwd)"

echo "== swift build"
swift build >/dev/null
bin="$(swift build --show-bin-path)/cchc"
# LibreOffice keeps its profile here, so that a run never meets another's lock.
export HOME="$out/home"
mkdir -p "$HOME"

run() { # NAME ARGS...: writes NAME.json, NAME.html, NAME.xlsx (and score.docx)
    local name="$1"
    shift
    "$bin" "$@" --format json >"$out/$name.json" || fail "$name --format json"
    "$bin" "$@" --format html -o "$out/$name.html" || fail "$name --format html"
    "$bin" "$@" --format xlsx -o "$out/$name.xlsx" || fail "$name --format xlsx"
}
run score score Fixtures/binh-thanh-2023.json
"$bin" score Fixtures/binh-thanh-2023.json --format docx -o "$out/score.docx" || fail "score --format docx"
# The Word appendix is what an office hands in: `import` must read it back to the same scorecard.
"$bin" import "$out/score.docx" --unit "UBND xã Bình Thành" --year 2023 -o "$out/imported.json" \
    || fail "import could not read score.docx back"
"$bin" score "$out/imported.json" --format json >"$out/imported.score.json" 2>/dev/null || fail "score imported.json"
# The clerk's round trip: `init --format xlsx` filled in by openpyxl (which saves every SUM
# without its cached value), and `init --format docx` filled in by python-docx, import back with
# no --unit or --year to the fixture, figure for figure: `score` prints the same, text and JSON.
# The same for a tree framework (Fixtures/vi-du: groups, optional, survey, bonus and penalty),
# compared on every figure.
form_round_trip() { # NAME FORMAT SCORECARD [--framework FILE]
    local name="$1" format="$2" card="$3" who
    shift 3
    # --unit, --year, --district and --province as the scorecard gives them, one word a line.
    mapfile -t who < <(/usr/bin/python3 -c 'import json, sys
card = json.load(open(sys.argv[1], encoding="utf-8"))
for key in ("unit", "year", "district", "province"):
    if key in card: print(f"--{key}\n{card[key]}")' "$card")
    "$bin" init "${who[@]}" "$@" --format "$format" -o "$out/$name.form.$format" 2>/dev/null \
        || fail "init --format $format ($name)"
    /usr/bin/python3 Scripts/fill-form.py "$out/$name.form.$format" "$card" "$out/$name.filled.$format" \
        || fail "could not fill $name.form.$format"
    "$bin" import "$out/$name.filled.$format" "$@" -o "$out/$name.imported.json" \
        || fail "import $name.filled.$format"
    "$bin" score "$card" --format json >"$out/$name.expected.score.json" 2>/dev/null || true
    "$bin" score "$out/$name.imported.json" --format json >"$out/$name.imported.score.json" \
        || fail "score $name.imported.json"
}
for format in xlsx docx; do
    form_round_trip "form-$format" $format Fixtures/binh-thanh-2023.json
    cmp -s <("$bin" score Fixtures/binh-thanh-2023.json --detail) \
        <("$bin" score "$out/form-$format.imported.json" --detail) \
        || fail "init $format → filled → import: score --detail differs from the fixture's"
    cmp -s "$out/form-$format.expected.score.json" "$out/form-$format.imported.score.json" \
        || fail "init $format → filled → import: score --format json differs from the fixture's"
    echo "init --format $format → filled → import: score text and JSON equal the fixture's (97,5 / 93,75 / 89,75)"
    form_round_trip "vi-du-$format" $format Fixtures/vi-du/an-binh-2025.json --framework Fixtures/vi-du/framework.json
    /usr/bin/python3 - "$out/vi-du-$format.expected.score.json" "$out/vi-du-$format.imported.score.json" <<'PY' \
        || fail "vi-du $format round trip"
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:])
keys = ("id", "max", "self", "appraised", "final", "lost", "na")
figures = lambda s: (s["totals"], [{k: d.get(k) for k in keys} for d in s["domains"]],
                     [{k: c.get(k) for k in keys} for c in s["criteria"]])
assert figures(a) == figures(b), "figures differ"
print(f"init (vi-du) → filled → import: every figure equal, final {b['totals']['final']}")
PY
done
# A district of four communes for rank, made from the 2023 fixture: as it is (89,75, Tốt); with
# every final score equal to the appraised one (93,75, Xuất sắc); with domain 4 scored 0 (69,75,
# Trung bình); with 1.1 at 0,5 (88,75, Tốt).
mkdir -p "$out/district"
/usr/bin/python3 - "$out/district" <<'PY'
import json, sys
card = json.load(open("Fixtures/binh-thanh-2023.json", encoding="utf-8"))
card.pop("published", None)
card.pop("deductions", None)
def variant(name, unit, change):
    c = json.loads(json.dumps(card))
    c["unit"] = unit
    for criterion in c["criteria"]:
        change(criterion)
    json.dump(c, open(f"{sys.argv[1]}/{name}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
variant("binh-thanh", "UBND xã Bình Thành", lambda c: None)
variant("phu-dinh", "UBND xã Phú Đình", lambda c: c.update(final=c["appraised"]))
variant("dinh-bien", "UBND xã Định Biên", lambda c: c.update(final=0) if c["id"].startswith("4.") else None)
variant("bao-linh", "UBND xã Bảo Linh", lambda c: c.update(final=0.5) if c["id"] == "1.1" else None)
PY
run rank rank "$out"/district/*.json
run trend trend Fixtures/binh-thanh-2021.json Fixtures/binh-thanh-2022.json Fixtures/binh-thanh-2023.json \
    Fixtures/binh-thanh-2024.json
run diff diff Fixtures/binh-thanh-2023.json --from self --to final

echo "== Chromium: each page to PNG and to an A4 PDF"
for name in score rank trend diff; do
    "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$out/chromium" \
        --print-to-pdf="$out/$name.html.pdf" "file://$out/$name.html" >/dev/null 2>&1 \
        || fail "chromium could not print $name.html"
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$out/chromium" \
        --window-size=900,1600 --screenshot="$out/$name.png" "file://$out/$name.html" >/dev/null 2>&1 \
        || fail "chromium could not render $name.html"
    pdftotext -layout "$out/$name.html.pdf" "$out/$name.html.txt"
    pages=$(pdfinfo "$out/$name.html.pdf" | awk '/^Pages:/ {print $2}')
    size=$(pdfinfo "$out/$name.html.pdf" | sed -n 's/^Page size: *//p')
    echo "$name.html: $pages pages of $size"
    case "$size" in *"(A4)"*) ;; *) fail "$name.html does not print on A4 ($size)" ;; esac
    [ "$pages" -le 4 ] || fail "$name.html prints on $pages pages, more than 4"
done

echo "== the charts are drawn: pixels of the series' colours on the first page"
for name in score rank trend diff; do
    pdftoppm -r 60 -f 1 -l 1 "$out/$name.html.pdf" "$out/$name-page"
    coloured=$(/usr/bin/python3 - "$out/$name-page-1.ppm" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
# P6 header: magic, width, height, maxval, then RGB bytes.
parts = data.split(maxsplit=4)
pixels = parts[4]
count = sum(1 for i in range(0, len(pixels) - 2, 3)
            if max(pixels[i:i + 3]) - min(pixels[i:i + 3]) > 40)  # coloured, not grey
print(count)
PY
    )
    echo "$name: $coloured coloured pixels on page 1"
    [ "$coloured" -gt 200 ] || fail "$name.html: no chart to be seen on its first page"
done

echo "== LibreOffice: the workbooks to CSV, the Word appendix to PDF"
for name in score rank trend diff; do
    mkdir -p "$out/$name.xlsx.csv"
    soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
        --outdir "$out/$name.xlsx.csv" "$out/$name.xlsx" >/dev/null 2>&1 || fail "LibreOffice could not read $name.xlsx"
    ls "$out/$name.xlsx.csv"/*.csv >/dev/null 2>&1 || fail "LibreOffice made no CSV of $name.xlsx"
done
soffice --headless --convert-to pdf --outdir "$out" "$out/score.docx" >/dev/null 2>&1 \
    || fail "LibreOffice could not read score.docx"
pdftotext -layout "$out/score.pdf" "$out/score.docx.txt"
echo "score.docx: $(pdfinfo "$out/score.pdf" | awk '/^Pages:/ {print $2}') pages in LibreOffice"

echo "== LibreOffice calculates the filled-in forms: each Tổng row gives the stage totals"
# The form's formulas are the ones the clerk's spreadsheet computes: LibreOffice recalculates
# the SUMs openpyxl left without values (the total takes vi-du's penalty away).
for name in form-xlsx:97.5,93.75,89.75 vi-du-xlsx:88.53,85.53,85.03; do
    file="${name%%:*}" expected="${name#*:}"
    mkdir -p "$out/$file.csv"
    soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1' \
        --outdir "$out/$file.csv" "$out/$file.filled.xlsx" >/dev/null 2>&1 || fail "LibreOffice could not read $file"
    total=$(/usr/bin/python3 -c 'import csv, glob, sys
from decimal import Decimal
for row in csv.reader(open(glob.glob(sys.argv[1] + "/*.csv")[0], encoding="utf-8")):
    if len(row) > 5 and row[1] == "Tổng":
        print(",".join(str(Decimal(c).quantize(Decimal("0.01")).normalize()) for c in row[3:6]))' "$out/$file.csv")
    [ "$total" = "$expected" ] || fail "$file: LibreOffice's Tổng row is $total, not $expected"
    echo "$file.filled.xlsx: LibreOffice's Tổng row $total"
done
soffice --headless --convert-to pdf --outdir "$out" "$out/form-docx.form.docx" >/dev/null 2>&1 \
    || fail "LibreOffice could not read the docx form"

echo "== openpyxl, python-docx and the figures"
/usr/bin/python3 Scripts/check-documents.py "$out" Fixtures
