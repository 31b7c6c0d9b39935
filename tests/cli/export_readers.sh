#!/usr/bin/env bash
# Every row of every export (tsv, csv, gdelt, gdelt-mentions, phoenix) reaches the
# readers users load it with, at their defaults: sqlite3's .import (tabs and csv
# modes) and, when Python is installed, its csv module. Sentences written for this test, with quotes where readers trip: at the
# start of the text column, inside it, and a quoted phrase followed by a tab-free rest.
# Needs the tagger and parser models of models/ (skips without them).
source "$(dirname "$0")/lib.sh"

MODELS="${DYAD_MODEL_DIR:-${DYAD_SOURCE_DIR:-.}/models}"
if [ ! -f "$MODELS/parser.bin" ]; then
  echo "skip: no parser model in $MODELS"
  finish
  exit 0
fi

cat >"$WORK/news.txt" <<'TEXT'
"Iran condemned Iraq," the agency said, and Iraq rejected the charge.

Iran condemned the "criminal" raid by Iraq.

China criticised Japan over its "provocative" drills.

"Ostrava will pay," Valdoria said after Russia attacked Ukraine.

Egypt criticised Israel's offensive in Gaza.
TEXT
run code "$WORK/news.txt" --date 2024-07-12 --format jsonl -q
expect_rc 0 "code: jsonl"
events=$(wc -l <"$WORK/out")
checks=$((checks + 1))
[ "$events" -ge 4 ] || fail "the sentences code at least 4 events (got $events)"
checks=$((checks + 1))
grep -q '"text":"Iran condemned the \\"criminal\\"' "$WORK/out" || fail "a sentence with quotes codes (the readers below need one)"

for format in tsv csv; do
  run code "$WORK/news.txt" --date 2024-07-12 --format "$format" --header -q
  expect_rc 0 "code --format $format"
  cp "$WORK/out" "$WORK/events.$format"
  # sqlite3 .import: tabs mode for tsv, csv mode for csv; the header names the columns.
  if command -v sqlite3 >/dev/null; then
    mode=tabs
    [ "$format" = csv ] && mode=csv
    rm -f "$WORK/read.db"
    n=$(sqlite3 "$WORK/read.db" ".mode $mode" ".import $WORK/events.$format ev" "select count(*) from ev;")
    checks=$((checks + 1))
    [ "$n" = "$events" ] || fail "sqlite3 .import ($mode) of the $format export: $n rows, expected $events"
    quoted=$(sqlite3 "$WORK/read.db" "select count(*) from ev where text = 'Iran condemned the \"criminal\" raid by Iraq.';")
    checks=$((checks + 1))
    [ "$quoted" -ge 1 ] || fail "sqlite3 .import ($mode) of the $format export: the quoted sentence is not read back whole"
  else
    echo "note: no sqlite3; its .import is not checked"
  fi
  if command -v python3 >/dev/null; then
    delim=$'\t'
    [ "$format" = csv ] && delim=,
    n=$(python3 -c 'import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline=""), delimiter=sys.argv[2]))
assert all(len(r) == len(rows[0]) for r in rows), "ragged rows"
print(len(rows) - 1)' "$WORK/events.$format" "$delim" 2>&1)
    checks=$((checks + 1))
    [ "$n" = "$events" ] || fail "Python's csv reader on the $format export: $n rows, expected $events"
  else
    echo "note: no python3; its csv reader is not checked"
  fi
done

# The headerless tab-separated exports: every row, with its number of columns.
run code "$WORK/news.txt" --date 2024-07-12 --format jsonl --negation drop -q
kept=$(wc -l <"$WORK/out")
for spec in gdelt:61 gdelt-mentions:16 phoenix:26; do
  format=${spec%%:*} width=${spec##*:}
  run code "$WORK/news.txt" --date 2024-07-12 --format "$format" -q
  expect_rc 0 "code --format $format"
  cp "$WORK/out" "$WORK/events.$format"
  if command -v sqlite3 >/dev/null; then
    cols=$(seq -s, -f 'c%g' 1 "$width")
    rm -f "$WORK/read.db"
    n=$(sqlite3 "$WORK/read.db" "CREATE TABLE ev($cols);" ".mode tabs" ".import $WORK/events.$format ev" "select count(*) from ev;" 2>&1)
    checks=$((checks + 1))
    [ "$n" = "$kept" ] || fail "sqlite3 .import of the $format export: $n rows, expected $kept"
  fi
  if command -v python3 >/dev/null; then
    n=$(python3 -c 'import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline=""), delimiter="\t"))
assert all(len(r) == int(sys.argv[2]) for r in rows), "ragged rows"
print(len(rows))' "$WORK/events.$format" "$width" 2>&1)
    checks=$((checks + 1))
    [ "$n" = "$kept" ] || fail "Python's csv reader on the $format export: $n rows, expected $kept"
  fi
done
finish
