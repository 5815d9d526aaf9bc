#!/usr/bin/env bash
# Fuzzes the JSON reader, the scorecard and framework readers, scoring and rendering with
# libFuzzer for SECONDS (default 600), seeded with the hostile-input corpus and the fixtures.
#
#   bash Scripts/fuzz.sh [SECONDS] [extra libFuzzer flags...]
#   FUZZ_TARGET=DocumentsFuzzTarget bash Scripts/fuzz.sh [SECONDS]   random report documents in
#                                                               every format (html, xlsx, docx…)
#
# Builds .build-fuzz/cchc-fuzz with `swiftc -sanitize=fuzzer,address` (no SwiftPM), copies the
# seeds to a fresh corpus folder under .build-fuzz/ (the committed corpus is never written to),
# and runs with crashes, leaks and timeouts (over 5 s) as failures. A crash leaves its input in
# .build-fuzz/artifacts/: make it a Tests/Hostile case first, then fix it. Not run in CI: too slow.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
out=.build-fuzz
target="${FUZZ_TARGET:-FuzzTarget}"
mkdir -p "$out/artifacts"

echo "== build $out/cchc-fuzz from Fuzz/$target.swift"
mapfile -t sources < <(find Sources/CCHCKit -name '*.swift' | sort)
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name CCHCKit \
    "${sources[@]}" "Fuzz/$target.swift" -o "$out/cchc-fuzz"

corpus="$(mktemp -d "$PWD/$out/corpus.XXXXXX")"
trap 'rm -rf "$corpus"' EXIT
i=0
for seed in Tests/Hostile/*/*.json Fixtures/*.json Fixtures/*/*.json; do
    cp "$seed" "$corpus/seed-$i"
    i=$((i + 1))
done
echo "== fuzz for $seconds s from $i seeds"
# The fuzzer's working folder holds nothing a scorecard could name as its framework file.
cd "$corpus"
../cchc-fuzz -max_total_time="$seconds" -max_len=20000 -rss_limit_mb=2048 -timeout=5 \
    -print_final_stats=1 -artifact_prefix="$PWD/../artifacts/" "$@" .
