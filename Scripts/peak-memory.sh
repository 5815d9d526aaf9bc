#!/usr/bin/env bash
# Peak memory of `cchc check` on a 300 MB file (sparse: no disk is used) and on standard input
# of 40 MB, as `/usr/bin/time -v` reports it (Debian's `time`, installed when missing). Fails
# when a run does not exit 2 or its peak is 200 MB or more.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -x /usr/bin/time ]]; then
    apt-get install -y -qq time >/dev/null
fi
swift build -c release >/dev/null
bin="$(swift build -c release --show-bin-path)/cchc"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
truncate -s 300M "$dir/big.json"

measure() {  # label, then the command line for bash
    local label="$1" status=0
    shift
    /usr/bin/time -v -o "$dir/time" bash -c "$1" >/dev/null 2>"$dir/err" || status=$?
    local kb seconds
    kb="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/time")"
    seconds="$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$dir/time")"
    printf '%-34s exit %s  peak %6d KiB  %s  %s\n' "$label" "$status" "$kb" "$seconds" "$(head -1 "$dir/err")"
    [[ "$status" == 2 && "$kb" -lt $((200 * 1024)) ]]
}
measure "check big.json (300 MB, sparse)" "exec '$bin' check '$dir/big.json'"
measure "check - < big.json" "exec '$bin' check - < '$dir/big.json'"
measure "head -c 40000000 /dev/zero | check -" "head -c 40000000 /dev/zero | '$bin' check -; exit \${PIPESTATUS[1]}"
# Just under the cap: the largest shapes the reader must hold (it stops at 1,000,000 values).
set +o pipefail  # yes(1) ends on a closed pipe
{ printf '{"a": ['; yes '0,' | head -c 15000000 | tr -d '\n'; printf '0]}'; } > "$dir/numbers.json"
measure "check numbers.json (15 MB of 0,)" "exec '$bin' check '$dir/numbers.json'"
{ printf '{"criteria": ['; yes '{"id":"1.1"},' | head -c 15000000 | tr -d '\n'; printf '{}]}'; } > "$dir/ids.json"
measure "check ids.json (15 MB of ids)" "exec '$bin' check '$dir/ids.json'"
