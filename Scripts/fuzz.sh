#!/usr/bin/env bash
# Fuzzes the JSON reader, the scorecard and framework readers, scoring and rendering with
# libFuzzer for SECONDS (default 600), seeded with the hostile-input corpus and the fixtures.
# FUZZ_TARGET names another target in Fuzz/: DecoderFuzzTarget (the JSON reader and the decoders
# alone, fast enough for millions of inputs), InflateFuzzTarget, ZipFuzzTarget, XMLFuzzTarget
# (the office readers, seeded with Tests/Office and Fixtures/office), DocumentsFuzzTarget;
# FUZZ_MAX_LEN the largest input (default 20000; a .docx fixture is 40 KB).
#
#   bash Scripts/fuzz.sh [SECONDS] [extra libFuzzer flags...]
#   FUZZ_TARGET=DocumentsFuzzTarget bash Scripts/fuzz.sh [SECONDS]   random report documents in
#                                                               every format (html, xlsx, docx…)
#
# Builds .build-fuzz/TARGET with `swiftc -sanitize=fuzzer,address` (no SwiftPM), copies the
# seeds to a fresh corpus folder under .build-fuzz/ (the committed corpus is never written to),
# gives the JSON targets Fuzz/json.dict,
# and runs with crashes, leaks and timeouts (over 5 s) as failures. A crash leaves its input in
# .build-fuzz/artifacts/: make it a Tests/Hostile case first, then fix it. Not run in CI: too slow.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
out=.build-fuzz
target="${FUZZ_TARGET:-FuzzTarget}"
mkdir -p "$out/artifacts"

echo "== build $out/$target from Fuzz/$target.swift"
mapfile -t sources < <(find Sources/CCHCKit -name '*.swift' | sort)
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name CCHCKit \
    "${sources[@]}" "Fuzz/$target.swift" -o "$out/$target"

corpus="$(mktemp -d "$PWD/$out/corpus.XXXXXX")"
trap 'rm -rf "$corpus"' EXIT
i=0
# Each target is seeded with what it reads: DEFLATE streams, archives, or the XML parts of the
# office fixtures; the others with the scorecards and the hostile corpus.
case "$target" in
InflateFuzzTarget) seeds=(Tests/Office/inflate/*.deflate) ;;
ZipFuzzTarget) seeds=(Tests/Office/zip/* Fixtures/office/* Tests/Hostile/office-*/input.docx) ;;
XMLFuzzTarget)
    /usr/bin/env python3 - "$corpus" Fixtures/office/* <<'PY'
import sys, zipfile
for n, path in enumerate(sys.argv[2:]):
    with zipfile.ZipFile(path) as z:
        for m, name in enumerate(i for i in z.namelist() if i.endswith(".xml") or i.endswith(".rels")):
            open(f"{sys.argv[1]}/xml-{n}-{m}", "wb").write(z.read(name)[:60000])
PY
    seeds=() ;;
*) seeds=(Tests/Hostile/*/*.json Fixtures/*.json Fixtures/*/*.json) ;;
esac
# The JSON targets get JSON's tokens and escapes as a dictionary: without it, an escape beyond ASCII
# (what found the NFC slip of the reading pass in a second) is rarely typed.
dict=()
case "$target" in FuzzTarget | DecoderFuzzTarget) dict=(-dict="$PWD/Fuzz/json.dict") ;; esac
for seed in "${seeds[@]}"; do
    cp "$seed" "$corpus/seed-$i"
    i=$((i + 1))
done
echo "== fuzz for $seconds s from $i seeds"
# The fuzzer's working folder holds nothing a scorecard could name as its framework file.
cd "$corpus"
# libFuzzer reports a crash itself; the Swift backtracer would only hold it up.
export SWIFT_BACKTRACE=enable=no
"../$target" -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-20000}" -rss_limit_mb=2048 -timeout=5 \
    -print_final_stats=1 -artifact_prefix="$PWD/../artifacts/" "${dict[@]}" "$@" .
