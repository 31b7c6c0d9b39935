#!/usr/bin/env bash
# A 100 MB input on a single line with no punctuation: dyad must finish (linear time,
# sentences cut at the length cap) rather than hang or run out of memory.
source "$(dirname "$0")/lib.sh"

yes 'word after word with no end in sight' | head -c 100000000 | tr -d '\n' >"$WORK/huge.txt"
"$DYAD" analyze "$WORK/huge.txt" --format text >"$WORK/out" 2>"$WORK/err"
rc=$?
expect_rc 0 "100 MB single line"
checks=$((checks + 1))
lines=$(wc -l <"$WORK/out")
[ "$lines" -gt 10000 ] || fail "100 MB line: expected the length cap to cut it into many sentences, got $lines"
finish
