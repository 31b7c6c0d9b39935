#!/usr/bin/env bash
# Bad input for every subcommand: each gets a clear message and its exit code (0 done,
# 1 data error, 2 usage error), nothing is killed by a signal, and what could be read
# is kept. Inputs are written here; nothing needs ../shared.
source "$(dirname "$0")/lib.sh"
W="$WORK"

printf 'Iran accused Iraq of shelling its border posts.\n' >"$W/good.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10' >"$W/photo.txt"
: >"$W/empty.txt"
printf 'Iran accused Iraq \xff\xfe of lying.\n' >"$W/latin.txt"
printf '{"id":"a","text":"Iran accused Iraq of lying."}\n{"id":"b","text":\n{"id":"c","text":"Japan met China."}\n' >"$W/broken.jsonl"
printf '<html><body><p>Iran accused Iraq.<div><span></p></html' >"$W/broken.html"
head -c 5000 /dev/zero | tr '\0' 'a' >"$W/big.txt"
for i in $(seq 1 400); do printf 'Iran accused Iraq of lying about border post %d on %d March.\n' "$i" "$((i * 37 % 1000))"; done |
  gzip -c >"$W/whole.txt.gz"
head -c $(($(stat -c %s "$W/whole.txt.gz") / 2)) "$W/whole.txt.gz" >"$W/cut.txt.gz"
printf '<Validation><Sentences><Sentence id="1"><Text>x</Text>' >"$W/broken.xml"
printf '1\tx\n\n' >"$W/broken.conllu"
printf '{"records": [' >"$W/broken.json"
printf '#!dyad-dictionary 1\nactor VLD = Valdoria\nnonsense line here\n' >"$W/broken.dyad"
printf 'actor VLD = Valdoria\n' >"$W/plain.txt"
mkdir -p "$W/nodicts" "$W/dir"

# expect RC MESSAGE LABEL ARGS...: runs dyad, checks the exit code and a fragment of stderr.
expect() {
  local want="$1" msg="$2" label="$3"
  shift 3
  run "$@"
  expect_rc "$want" "$label"
  [ -z "$msg" ] || expect_err "$msg" "$label"
  checks=$((checks + 1))
  not_killed "$rc" || fail "$label: killed by signal $((rc - 128))"
}

# Readers of news: binary, empty, undecodable, malformed, oversized, truncated.
for cmd in analyze code actors; do
  extra=()
  [ "$cmd" = actors ] && extra=(--unknown)
  expect 1 "binary data" "$cmd: a binary file" "$cmd" "${extra[@]}" "$W/photo.txt"
  expect 1 "empty input" "$cmd: an empty file" "$cmd" "${extra[@]}" "$W/empty.txt"
  expect 0 "" "$cmd: text that is not UTF-8 is read as Latin-1" "$cmd" "${extra[@]}" "$W/latin.txt"
  expect 1 "broken.jsonl:2: invalid JSON" "$cmd: a broken JSON line" "$cmd" "${extra[@]}" "$W/broken.jsonl"
  expect 0 "" "$cmd: unclosed HTML" "$cmd" "${extra[@]}" "$W/broken.html"
  expect 1 "--max-input-bytes" "$cmd: an input over the budget" "$cmd" "${extra[@]}" "$W/big.txt" --max-input-bytes 1KiB
  expect 1 "--max-document-bytes" "$cmd: a document over the budget" "$cmd" "${extra[@]}" "$W/big.txt" --max-document-bytes 1KiB
  expect 1 "truncated gzip data" "$cmd: a truncated gzip" "$cmd" "${extra[@]}" "$W/cut.txt.gz"
  expect 1 "no such file" "$cmd: a missing file" "$cmd" "${extra[@]}" "$W/missing.txt"
done
# What could be read is kept: the good records of the broken JSON Lines are coded.
run code "$W/broken.jsonl" --format tsv
checks=$((checks + 1))
[ "$(cut -f1 "$WORK/out" | sort -u | tr '\n' ' ')" = "a c " ] || fail "code: the good records around a broken one are coded"
run code "$W/cut.txt.gz" --format tsv
checks=$((checks + 1))
[ -s "$WORK/out" ] || fail "code: what came before the cut of a truncated gzip is coded"

# Ingest: the same, into a store.
expect 1 "binary data" "ingest: a binary file" ingest "$W/photo.txt" --db "$W/a.db"
expect 2 "" "ingest: --jobs out of range" ingest "$W/good.txt" --db "$W/a.db" -j 100000
expect 1 "not a usable SQLite database" "ingest: into a file that is no database" ingest "$W/good.txt" --db "$W/broken.xml"

# Dictionaries.
expect 0 "broken.dyad:3:" "code: a broken dictionary line is reported by file:line" code "$W/good.txt" --dict "$W/broken.dyad"
expect 1 "#!dyad-dictionary 1" "code: --dict of a file of no known kind" code "$W/good.txt" --dict "$W/plain.txt"
expect 1 "holds no dictionary files" "code: --dict-dir of an empty directory" code "$W/good.txt" --dict-dir "$W/nodicts"
expect 1 "a directory" "code: --dict of a directory" code "$W/good.txt" --dict "$W/dir"

# Evaluation and validation files.
expect 1 "not well-formed XML" "validate: broken XML" validate "$W/broken.xml"
expect 1 "a directory" "validate: a directory" validate "$W/dir"
expect 1 "cannot open" "validate: a missing file" validate "$W/missing.xml"
for cmd in eval-parse eval-segment; do
  expect 1 "expected 10 tab-separated columns" "$cmd: broken CoNLL-U" "$cmd" "$W/broken.conllu"
  expect 1 "no sentences to score" "$cmd: an empty file" "$cmd" "$W/empty.txt"
done
expect 1 "" "eval-plover: broken JSON" eval-plover "$W/broken.json"
expect 1 "broken.jsonl:1:" "eval-events: JSON Lines that are no gold file" eval-events "$W/broken.jsonl"

# Queries.
expect 1 "no such database" "events: a missing store" events --db "$W/missing.db"
expect 1 "empty file" "events: an empty file" events --db "$W/empty.txt"
expect 1 "" "stats: not a database" stats --db "$W/good.txt"
checks=$((checks + 1))
[ ! -s "$W/empty.txt" ] || fail "events: the empty file was written to"
run ingest "$W/good.txt" --db "$W/q.db"
expect 2 "not in range" "events: --limit -1" events --db "$W/q.db" --limit -1
expect 2 "not a CAMEO root" "events: --root abc" events --db "$W/q.db" --root abc
expect 2 "not a full-text query" "events: --text '*'" events --db "$W/q.db" --text '*'
expect 2 "unknown command 'frobnicate'" "an unknown command" frobnicate

# Control bytes in a name are escaped in the message, never sent to the terminal.
cp "$W/photo.txt" "$W/esc$(printf '\033')[31m.txt"
run code "$W/esc$(printf '\033')[31m.txt"
checks=$((checks + 1))
grep -q "$(printf '\033')" "$WORK/err" && fail "an escape byte of a file name reached stderr"
expect_err 'esc\\x1B\[31m.txt' "the escape byte is written \\x1B"

# A directory that cannot be read is said and counted (only root can read a mode-000
# directory, so as root the check runs as nobody).
mkdir -p "$W/tree/ok" "$W/tree/locked"
cp "$W/good.txt" "$W/tree/ok/"
cp "$W/good.txt" "$W/tree/locked/"
chmod 000 "$W/tree/locked"
chmod -R a+rX "$W/tree/ok"
chmod a+r "$W/good.txt"
if [ "$(id -u)" != 0 ] || find_nobody "$W/good.txt"; then
  "${NOBODY[@]}" "$DYAD" code "$W/tree" --format tsv >"$WORK/out" 2>"$WORK/err"
  rc=$?
  expect_rc 1 "code: a directory with a subdirectory that cannot be read"
  expect_err "locked: directory not read" "code: the unreadable subdirectory is named"
  checks=$((checks + 1))
  [ -s "$WORK/out" ] || fail "code: the readable subdirectory is still coded"
else
  echo "note: root here, and the user nobody cannot run this build (is the checkout in a private directory?); the unreadable-directory check is skipped"
fi
chmod 755 "$W/tree/locked"
finish
