#!/usr/bin/env bash
# Makes Fixtures/office/: seed 002's two tables (Fixtures/binh-thanh-2023-criteria.tsv and
# -lost.tsv) saved by real office programs, for the import tests.
#
#   bash Scripts/make-office-fixtures.sh
#
# Installs, when missing, LibreOffice (Debian's libreoffice-writer-nogui, libreoffice-calc-nogui)
# and python3-docx / python3-openpyxl, with apt-get. Writes:
#   binh-thanh-2023.docx            LibreOffice Writer, from an HTML page with both tables
#   binh-thanh-2023.odt             LibreOffice Writer, the same page
#   binh-thanh-2023.python-docx.docx  python-docx, both tables after a title
#   binh-thanh-2023.xlsx            LibreOffice Calc, from openpyxl's workbook whose domain and
#                                   total rows are SUM formulas (so Calc caches their values)
#   binh-thanh-2023.ods             LibreOffice Calc, the same workbook
#   binh-thanh-2023.openpyxl.xlsx   openpyxl, plain numbers, a title row above each header
#   variants (python-docx and openpyxl): merged cells and a title row inside the table, a line
#   break and a second paragraph in a cell, a tracked change (w:ins kept, w:del dropped), and
#   the 7.13 max slip of the seed's narrative (0,5 instead of 1,5), and (openpyxl) criterion
#   1.1's self-assessment as a date, 14/07/2023, as Excel turns a mistyped score into one.
#   binh-thanh-2023.reordered.docx python-docx: the criteria header on two rows (a merged Điểm
#                                   over the stages, the final `Điểm CT HĐ thẩm định`), the
#                                   lost-points columns in another order
#   binh-thanh-2023.repeated.xlsx   openpyxl: two columns headed Thẩm định, lost row 7.6 twice
#   vi-du-framework.docx            python-docx: Fixtures/vi-du/framework-table.tsv, for framework import
#   binh-thanh-2023.init-openpyxl.xlsx  the blank form of `cchc init --format xlsx`, filled in
#                                   with the fixture's scores by openpyxl (Scripts/fill-form.py),
#                                   which saves its SUM cells without cached values
#   binh-thanh-2023.init-python-docx.docx  the Word form of `cchc init --format docx`, filled in
#                                   by python-docx the same way
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
/usr/bin/python3 -c 'import docx' 2>/dev/null || need+=(python3-docx)
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || need+=(python3-openpyxl)
if ((${#need[@]})); then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
out=Fixtures/office
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
/usr/bin/python3 Scripts/make-office-fixtures.py "$out" "$work"
# LibreOffice writes the Writer and Calc files; a private profile keeps it off any user's.
office() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null 2>&1; }
office --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/binh-thanh-2023.html"
office --infilter="HTML (StarWriter)" --convert-to odt --outdir "$work" "$work/binh-thanh-2023.html"
office --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/calc" "$work/binh-thanh-2023.formulas.xlsx"
office --convert-to ods --outdir "$work" "$work/binh-thanh-2023.formulas.xlsx"
cp "$work/binh-thanh-2023.docx" "$work/binh-thanh-2023.odt" "$out/"
cp "$work/calc/binh-thanh-2023.formulas.xlsx" "$out/binh-thanh-2023.xlsx"
cp "$work/binh-thanh-2023.formulas.ods" "$out/binh-thanh-2023.ods"
swift build >/dev/null
bin="$(swift build --show-bin-path)/cchc"
"$bin" init --unit "UBND xã Bình Thành" --year 2023 --format xlsx -o "$work/form.xlsx"
/usr/bin/python3 Scripts/fill-form.py "$work/form.xlsx" Fixtures/binh-thanh-2023.json \
    "$out/binh-thanh-2023.init-openpyxl.xlsx"
"$bin" init --unit "UBND xã Bình Thành" --year 2023 --format docx -o "$work/form.docx"
/usr/bin/python3 Scripts/fill-form.py "$work/form.docx" Fixtures/binh-thanh-2023.json \
    "$out/binh-thanh-2023.init-python-docx.docx"
ls -l "$out"
