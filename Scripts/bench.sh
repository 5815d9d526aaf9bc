#!/usr/bin/env bash
# Measures cchc against jq computing the same three stage totals, both in the same run, and
# prints the ratios of their medians (cchc / jq; lower is better):
#   (a) one file: `cchc check` on the fixture against one jq process.  Goal: <= 0.2
#   (b) 10,000 generated scorecards checked in one call against one jq process over the same
#       files.                                                          Goal: <= 0.1
# Needs hyperfine and jq (Debian: apt-get install hyperfine jq); it installs nothing itself.
# Nothing here fails because a machine is slow: it only reports.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in hyperfine jq; do
    command -v "$tool" >/dev/null || { echo "bench.sh needs $tool (Debian: apt-get install $tool)" >&2; exit 2; }
done

count="${BENCH_FILES:-10000}"
echo "building the release binary (static standard library)..."
swift build -c release --static-swift-stdlib -Xswiftc -static-executable >/dev/null
bin="$(swift build -c release --static-swift-stdlib -Xswiftc -static-executable --show-bin-path)/cchc"
fixture=Fixtures/binh-thanh-2023.json
totals='[([.criteria[].self] | add), ([.criteria[].appraised] | add), ([.criteria[].final] | add)]'

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Generated scorecards: the fixture with another unit name and one score varied per file,
# written by bash alone so that generating them is quick.
base="$(cat "$fixture")"
scores=(1 1.5 0.5 "0.25")
for ((i = 0; i < count; i++)); do
    card="${base/UBND xã Bình Thành/UBND xã số $i}"
    card="${card/\"id\": \"1.9\", \"self\": 1.5, \"appraised\": 1.5, \"final\": 1/\"id\": \"1.9\", \"self\": 1.5, \"appraised\": 1.5, \"final\": ${scores[i % 4]}}"
    card="${card/\"final\": 89.75, /}"
    printf '%s\n' "$card" >"$tmp/unit-$(printf '%05d' "$i").json"
done
"$bin" check "$tmp"/unit-00000.json >/dev/null

median() { jq -r ".results[$2].median" "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
ms() { awk -v a="$1" 'BEGIN { printf "%.2f ms", a * 1000 }'; }

hyperfine -N --warmup 10 --runs "${BENCH_RUNS:-100}" --export-json "$tmp/one.json" \
    "$bin check $fixture" "jq -c '$totals' $fixture" >/dev/null 2>"$tmp/log"
hyperfine --warmup 1 --runs "${BENCH_MANY_RUNS:-5}" --export-json "$tmp/many.json" \
    "$bin check $tmp/unit-*.json >/dev/null" "jq -c '$totals' $tmp/unit-*.json >/dev/null" >/dev/null 2>>"$tmp/log"

a1=$(median "$tmp/one.json" 0); b1=$(median "$tmp/one.json" 1)
a2=$(median "$tmp/many.json" 0); b2=$(median "$tmp/many.json" 1)
echo
echo "machine: $(nproc) cores, $(uname -m), $(jq --version), $(hyperfine --version)"
printf '(a) one file:     cchc %s, jq %s, ratio %s (goal <= 0.2)\n' "$(ms "$a1")" "$(ms "$b1")" "$(ratio "$a1" "$b1")"
printf '(b) %s files: cchc %s, jq %s, ratio %s (goal <= 0.1)\n' "$count" "$(ms "$a2")" "$(ms "$b2")" "$(ratio "$a2" "$b2")"
