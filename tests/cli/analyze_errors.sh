#!/usr/bin/env bash
# dyad analyze on bad input: clear messages naming the place, the right exit codes,
# the good records still processed, never a crash.
source "$(dirname "$0")/lib.sh"

run
expect_rc 2 "no subcommand"

run analyze --format bogus x.txt
expect_rc 2 "unknown --format"
expect_err "unknown --format" "unknown --format"

run analyze --date 2024-13-45 x.txt
expect_rc 2 "bad --date"

run analyze "$WORK/does-not-exist.txt"
expect_rc 1 "missing file"
expect_err "does-not-exist.txt" "missing file is named"

printf 'Rain fell on the capital. Officials closed two roads.\n' >"$WORK/ok.txt"
run_stdin "$WORK/ok.txt" analyze - --format text
expect_rc 0 "stdin"
expect_out_lines 2 "stdin gives two sentences"

: >"$WORK/empty.txt"
run analyze "$WORK/empty.txt" "$WORK/ok.txt" --format text
expect_rc 1 "empty file among good ones"
expect_err "empty.txt" "empty file is named"
expect_out "Officials closed two roads." "good file still processed after an empty one"

head -c 4096 /dev/urandom >"$WORK/noise.bin"
printf '\x00\x01\x02' >>"$WORK/noise.bin"
run analyze "$WORK/noise.bin" --input-format text
expect_rc 1 "binary file"
expect_err "noise.bin" "binary file is named"

printf '%s\n' '{"id":"a","text":"The army withdrew from the town."}' '{"id":"b","text": broken' \
  '{"id":"c","text":"Talks resumed in Geneva."}' >"$WORK/mixed.jsonl"
run analyze "$WORK/mixed.jsonl" --format text
expect_rc 1 "malformed JSONL line"
expect_err "mixed.jsonl:2" "the bad line is named"
expect_out "Talks resumed in Geneva." "records after the bad line are processed"

gzip -c "$WORK/mixed.jsonl" | head -c 40 >"$WORK/cut.jsonl.gz"
run analyze "$WORK/cut.jsonl.gz" --format text
expect_rc 1 "truncated gzip"
expect_err "cut.jsonl.gz" "truncated gzip is named"

printf 'Caf\xe9 owners protested in Lyon on Monday \x93again\x94.\n' >"$WORK/latin1.txt"
run analyze "$WORK/latin1.txt" --format text
expect_rc 0 "Windows-1252 text"
expect_out "Café owners protested" "Windows-1252 converted to UTF-8"
expect_out "“again”" "Windows-1252 quotes converted"

printf '\xef\xbb\xbfThe mayor resigned.\n' >"$WORK/bom.txt"
run analyze "$WORK/bom.txt" --format text
expect_rc 0 "UTF-8 with BOM"
checks=$((checks + 1))
[ "$(head -c 3 "$WORK/out")" = "The" ] || fail "BOM is stripped"

finish
