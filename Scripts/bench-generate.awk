# Writes COUNT scorecards into DIR from the fixture given as input, for Scripts/bench.sh.
#
#   awk -v mode=uniform|mixed -v count=10000 -v dir=DIR -f Scripts/bench-generate.awk FIXTURE
#
# uniform: the fixture with another unit name per file, so that every file is ok without a
#          warning: the set jq and the C floor read.
# mixed:   what a province's folder holds, so that no branch is predicted from ten thousand copies:
#          unit names from a list, a third of them in decomposed (NFD) Unicode; finals lowered
#          here and there; scores written as strings with a decimal comma; stages left unscored;
#          deduction points and responsible names varied; some published totals that no longer
#          match (wrong) and a few mistyped field names (invalid).
# The choices come from a linear congruential generator seeded with the file's number, so that
# every run writes the same files.
function rand01() {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
}
function pick(n) { return int(rand01() * n) }
BEGIN {
    # Composed and decomposed spellings (U+0300 grave, U+0301 acute, U+0303 tilde, U+0309 hook
    # above, U+0323 dot below, written as octal UTF-8 bytes).
    names[0] = "Bình Thành"; names[1] = "Bi\314\200nh Tha\314\200nh"
    names[2] = "Định Biên"; names[3] = "\304\220i\314\243nh Bi\303\252n"
    names[4] = "Phượng Tiến"; names[5] = "Ph\306\260\306\241\314\243ng Ti\303\252\314\201n"
    names[6] = "Điềm Mặc"; names[7] = "\304\220i\303\252\314\200m Ma\314\243\314\206c"
    names[8] = "Bảo Cường"; names[9] = "Ba\314\211o C\306\260\306\241\314\200ng"
    names[10] = "Trung Hội"; names[11] = "Kim Phượng"; names[12] = "Tân Dương"
    nnames = 13
    people[0] = "Nguyễn Thị Dung"; people[1] = "Nguy\303\252\314\203n Thi\314\243 Dung"
    people[2] = "Mạc Thị Lan"; people[3] = "Ma\314\243c Thi\314\243 Lan"; people[4] = "Hoàng Văn Sơn"
    npeople = 5
}
{ lines[NR] = $0 }
END {
    for (i = 0; i < count; i++) {
        seed = i * 7919 + 17
        file = sprintf("%s/unit-%05d.json", dir, i)
        if (mode == "uniform") {
            for (k = 1; k <= NR; k++) {
                line = lines[k]
                if (line ~ /"unit": /) line = "  \"unit\": \"UBND xã số " i "\","
                print line > file
            }
            close(file)
            continue
        }
        commas = rand01() < 0.15          # scores as "9,5"
        unscored = rand01() < 0.05        # a stage left out here and there
        keepFinal = rand01() < 0.3        # the published final stays: lowered finals make it wrong
        mistyped = rand01() < 0.02        # an unknown field: invalid
        lowered = 0
        for (k = 1; k <= NR; k++) {
            line = lines[k]
            if (line ~ /"unit": /) line = "  \"unit\": \"UBND xã " names[pick(nnames)] " " i "\","
            else if (line ~ /"district": / && rand01() < 0.5) line = "  \"district\": \"\304\220i\314\243nh Ho\314\201a\","
            else if (line ~ /^    \{ "id": /) {
                if (match(line, /"final": [0-9.]+/)) {
                    value = substr(line, RSTART + 9, RLENGTH - 9) + 0
                    if (value >= 0.5 && rand01() < 0.03) {
                        line = substr(line, 1, RSTART - 1) "\"final\": " (value - 0.25) substr(line, RSTART + RLENGTH)
                        lowered++
                    }
                }
                if (unscored && rand01() < 0.1) sub(/, "final": [0-9.]+/, "", line)
                if (commas) {
                    while (match(line, /: [0-9]+\.[0-9]+/)) {
                        number = substr(line, RSTART + 2, RLENGTH - 2)
                        sub(/\./, ",", number)
                        line = substr(line, 1, RSTART - 1) ": \"" number "\"" substr(line, RSTART + RLENGTH)
                    }
                }
                if (mistyped && k % 17 == 0) sub(/"appraised"/, "\"apraised\"", line)
            } else if (line ~ /"points": 0\.5/ && rand01() < 0.2) sub(/"points": 0\.5/, "\"points\": 0.25", line)
            else if (line ~ /"responsible": \["(Nguyễn Thị Dung|Mạc Thị Lan)"\]/) {
                sub(/\["[^"]*"\]/, "[\"" people[pick(npeople)] "\"]", line)
            } else if (line ~ /"published"/ && !keepFinal) sub(/"final": 89\.75, /, "", line)
            print line > file
        }
        close(file)
    }
}
