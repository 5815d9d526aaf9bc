#!/usr/bin/env bash
# Office documents in (issue 13), measured; run by Scripts/bench.sh, or alone:
#   (o1) `cchc import` of a 1 MB .docx: seed 002's two tables after some 1 MB of report text
#        (python-docx; Vietnamese words drawn at random, so that it compresses as prose does).
#                                                                       goal: < 50 ms
#   (o2) inflate speed: the same document.xml deflated by zlib (level 6) and inflated by our
#        Inflater (Scripts/bench-inflate.swift, built here with swiftc -O).  goal: >= 100 MB/s
# Needs python3-docx (apt-get, as Scripts/make-office-fixtures.sh installs it) and hyperfine
# when present (else a loop of 20 runs). Only reports; never fails because a machine is slow.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 -c 'import docx' 2>/dev/null || {
    apt-get update -qq >/dev/null && apt-get install -y -qq python3-docx >/dev/null
}
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "building the release binary..."
swift build -c release --static-swift-stdlib -Xswiftc -static-executable >/dev/null
bin="$(swift build -c release --static-swift-stdlib -Xswiftc -static-executable --show-bin-path)/cchc"

echo "writing a 1 MB .docx..."
/usr/bin/python3 - "$tmp" <<'PY'
import random, shutil, sys, zipfile, zlib
import docx
tmp = sys.argv[1]
seed = docx.Document("Fixtures/office/binh-thanh-2023.python-docx.docx")
words = ("cải cách hành chính thủ tục xã phường kế hoạch kiểm tra tuyên truyền pháp luật công chức "
         "chuyển đổi số dịch vụ công trực tuyến hồ sơ một cửa người dân doanh nghiệp ngân sách "
         "đánh giá chỉ số năm báo cáo kết quả thực hiện nhiệm vụ").split()
rng = random.Random(13)
body = seed.element.body
first = body[0]
target = 1_000_000
size = 0
while size < target:
    for _ in range(400):
        p = seed.add_paragraph(" ".join(rng.choice(words) for _ in range(60)))
        body.remove(p._p)
        first.addprevious(p._p)
    seed.save(f"{tmp}/report.docx")
    size = len(open(f"{tmp}/report.docx", "rb").read())
with zipfile.ZipFile(f"{tmp}/report.docx") as z:
    xml = z.read("word/document.xml")
c = zlib.compressobj(6, zlib.DEFLATED, -15)
open(f"{tmp}/document.deflate", "wb").write(c.compress(xml) + c.flush())
open(f"{tmp}/document.size", "w").write(str(len(xml)))
print(f"report.docx: {size} bytes, document.xml {len(xml)} bytes")
PY

import=("$bin" import "$tmp/report.docx" --unit "UBND xã Bình Thành" --year 2023 -o /dev/null)
"${import[@]}" 2>/dev/null || { echo "import of the 1 MB .docx failed" >&2; exit 2; }
if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 3 --runs 20 --export-json "$tmp/import.json" "${import[*]@Q}" >/dev/null 2>&1 ||
        hyperfine --warmup 3 --runs 20 --export-json "$tmp/import.json" "${import[*]@Q} 2>/dev/null" >/dev/null
    awk -v m="$(jq -r '.results[0].median' "$tmp/import.json")" \
        'BEGIN { printf "(o1) import of a 1 MB .docx: %.1f ms (median of 20)   goal: < 50 ms\n", m * 1000 }'
else
    start=$(date +%s%N)
    for _ in $(seq 20); do "${import[@]}" 2>/dev/null; done
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN { printf "(o1) import of a 1 MB .docx: %.1f ms (mean of 20)   goal: < 50 ms\n", ns / 20e6 }'
fi

echo "building Scripts/bench-inflate.swift..."
mapfile -t sources < <(find Sources/CCHCKit -name '*.swift' | sort)
swiftc -O -parse-as-library -module-name CCHCKit "${sources[@]}" Scripts/bench-inflate.swift -o "$tmp/bench-inflate"
printf "(o2) "
"$tmp/bench-inflate" "$tmp/document.deflate" "$(cat "$tmp/document.size")"
echo "     goal: >= 100 MB/s"
