#!/usr/bin/env bash
# Measures `cchc check` and prints, in one run, with the medians of hyperfine (lower is better):
#   (a) one file: `cchc check` on the fixture against one jq computing the same three totals.
#                                                                     goal: ratio <= 0.1
#   (b) 10,000 generated scorecards in one call against one jq over the same files,
#                                                                     goal: ratio <= 0.06
#   (c) the same 10,000 against the floor, Scripts/bench-floor.c (built here with cc): reading
#       each file whole and looking at every byte once, on two threads.
#   (d) 10,000 mixed scorecards (Scripts/bench-generate.awk: names in NFC and NFD, scores as
#       "9,5", stages left unscored, varied deductions, wrong and invalid files).
#   (e) the peak resident memory of the 10,000-file runs (/usr/bin/time).  goal: <= 64 MB
#   (f) with valgrind: instructions for one file (start-up included), and per file in bulk
#       ((instructions for N files - for 1 file) / (N - 1)).            goal: <= 300 K
# Needs hyperfine, jq, cc and GNU time, and valgrind for (f); when one is missing it installs it
# with apt-get (as root), or says what to install. Nothing here fails because a machine is
# slow: it only reports.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for tool in hyperfine jq cc valgrind; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
    packages=("${missing[@]/cc/gcc}")
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
        echo "installing ${packages[*]} with apt-get..."
        apt-get update -qq >/dev/null && apt-get install -y -qq "${packages[@]}" >/dev/null
    else
        echo "bench.sh needs ${packages[*]} (Debian: sudo apt-get install ${packages[*]})" >&2
        for tool in hyperfine jq cc; do command -v "$tool" >/dev/null || exit 2; done
    fi
fi

count="${BENCH_FILES:-10000}"
echo "building the release binary (fully static, as the README builds it)..."
swift build -c release --static-swift-stdlib -Xswiftc -static-executable >/dev/null
bin="$(swift build -c release --static-swift-stdlib -Xswiftc -static-executable --show-bin-path)/cchc"
fixture=Fixtures/binh-thanh-2023.json
totals='[([.criteria[].self] | add), ([.criteria[].appraised] | add), ([.criteria[].final] | add)]'

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cc -O2 -pthread -o "$tmp/floor" Scripts/bench-floor.c
echo "writing $count uniform and $count mixed scorecards..."
mkdir "$tmp/uniform" "$tmp/mixed"
awk -v mode=uniform -v count="$count" -v dir="$tmp/uniform" -f Scripts/bench-generate.awk "$fixture"
awk -v mode=mixed -v count="$count" -v dir="$tmp/mixed" -f Scripts/bench-generate.awk "$fixture"

median() { jq -r ".results[$2].median" "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
ms() { awk -v a="$1" 'BEGIN { printf "%.2f ms", a * 1000 }'; }

echo "timing (hyperfine)..."
hyperfine -N --warmup 10 --runs "${BENCH_RUNS:-100}" --export-json "$tmp/one.json" \
    "$bin check $fixture" "jq -c '$totals' $fixture" >/dev/null 2>"$tmp/log"
hyperfine --warmup 1 --runs "${BENCH_MANY_RUNS:-5}" --export-json "$tmp/many.json" \
    "$bin check $tmp/uniform/*.json >/dev/null" "jq -c '$totals' $tmp/uniform/*.json >/dev/null" \
    "$tmp/floor $tmp/uniform/*.json >/dev/null" "$bin check $tmp/mixed/*.json >/dev/null 2>&1 || true" \
    "$tmp/floor $tmp/mixed/*.json >/dev/null" >/dev/null 2>>"$tmp/log"

peak() {  # the peak resident set of a command line, in MB
    /usr/bin/time -f %M -o "$tmp/rss" bash -c "$1" >/dev/null 2>&1 || true
    # GNU time writes "Command exited with non-zero status 2" first when the check fails.
    tail -1 "$tmp/rss" | awk '{ printf "%.1f MB", $1 / 1024 }'
}
rss_uniform="$(peak "exec '$bin' check $tmp/uniform/*.json")"
rss_mixed="$(peak "exec '$bin' check $tmp/mixed/*.json")"

a1=$(median "$tmp/one.json" 0); b1=$(median "$tmp/one.json" 1)
a2=$(median "$tmp/many.json" 0); b2=$(median "$tmp/many.json" 1); f2=$(median "$tmp/many.json" 2)
m2=$(median "$tmp/many.json" 3); g2=$(median "$tmp/many.json" 4)
echo
echo "machine: $(nproc) cores, $(uname -m), $(jq --version), $(hyperfine --version), $(cc --version | head -1)"
echo "binary: $(ldd "$bin" 2>&1 | head -1 | sed 's/^[[:space:]]*//')"
printf '(a) one file:         cchc %s, jq %s, ratio %s (goal <= 0.1)\n' "$(ms "$a1")" "$(ms "$b1")" "$(ratio "$a1" "$b1")"
printf '(b) %s files:      cchc %s, jq %s, ratio %s (goal <= 0.06)\n' "$count" "$(ms "$a2")" "$(ms "$b2")" "$(ratio "$a2" "$b2")"
printf '(c) the same, floor:  floor %s, cchc / floor %s, floor / jq %s\n' "$(ms "$f2")" "$(ratio "$a2" "$f2")" "$(ratio "$f2" "$b2")"
printf '(d) %s mixed:      cchc %s, floor %s, cchc / floor %s (%s)\n' "$count" "$(ms "$m2")" "$(ms "$g2")" \
    "$(ratio "$m2" "$g2")" "$("$bin" check "$tmp"/mixed/*.json 2>/dev/null | tail -1)"
printf '(e) peak memory:      %s uniform, %s mixed (goal <= 64 MB)\n' "$rss_uniform" "$rss_mixed"

if command -v valgrind >/dev/null; then
    n="${BENCH_CALLGRIND_FILES:-500}"
    instructions() {  # the instructions callgrind counts for `cchc check FILES...`
        { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" check "$@" 2>&1 >/dev/null || true; } |
            awk '/Collected :/ { print $NF }'
    }
    one=$(instructions "$fixture")
    first=("$tmp"/uniform/unit-00000.json); many=("$tmp"/uniform/unit-*.json)
    u=$(instructions "${many[@]:0:n}"); u1=$(instructions "${first[@]}")
    many=("$tmp"/mixed/unit-*.json)
    m=$(instructions "${many[@]:0:n}"); m1=$(instructions "${many[0]}")
    per() { awk -v a="$1" -v b="$2" -v n="$n" 'BEGIN { printf "%.0f K", (a - b) / (n - 1) / 1000 }'; }
    printf '(f) instructions:     one file %.2f M; per file in bulk (%s files) %s uniform, %s mixed (goal <= 300 K)\n' \
        "$(awk -v a="$one" 'BEGIN { print a / 1e6 }')" "$n" "$(per "$u" "$u1")" "$(per "$m" "$m1")"
else
    echo "(f) instructions:     valgrind is not installed (apt-get install valgrind)"
fi

# --- Office documents in (issue 13): the import of a 1 MB .docx and the inflater's speed. ---
# Kept in Scripts/bench-office.sh, which can also run alone.
bash Scripts/bench-office.sh
