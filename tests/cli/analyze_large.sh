#!/usr/bin/env bash
# A 100 MB input on a single line with no punctuation: by default it is refused as one
# document over the memory budget, with a message and exit 1; with the budget raised,
# dyad must finish (linear time, sentences cut at the length cap) rather than hang or
# run out of memory.
source "$(dirname "$0")/lib.sh"

yes 'word after word with no end in sight' | head -c 100000000 | tr -d '\n' >"$WORK/huge.txt"
run analyze "$WORK/huge.txt" --format text
expect_rc 1 "100 MB single line, default budget"
expect_err "over the limit of 16777216 bytes (--max-document-bytes)" "100 MB single line: the message names the limit"

"$DYAD" analyze "$WORK/huge.txt" --format text --max-document-bytes 128MiB >"$WORK/out" 2>"$WORK/err"
rc=$?
expect_rc 0 "100 MB single line, --max-document-bytes 128MiB"
checks=$((checks + 1))
lines=$(wc -l <"$WORK/out")
[ "$lines" -gt 10000 ] || fail "100 MB line: expected the length cap to cut it into many sentences, got $lines"
finish
