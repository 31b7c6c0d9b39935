#!/usr/bin/env bash
# An event keeps its id across exports: `dyad code` and `dyad events` of the same
# story, the whole store and a filtered part of it, GDELT and Phoenix rows and JSON
# Lines give the same id for the same event (so daily exports append and join back);
# DATEADDED is the coding time; an outlet comes from the record, never a file name.
# Stories written for this test. Needs the models of models/ (skips without them).
source "$(dirname "$0")/lib.sh"

MODELS="${DYAD_MODEL_DIR:-${DYAD_SOURCE_DIR:-.}/models}"
if [ ! -f "$MODELS/parser.bin" ]; then
  echo "skip: no parser model in $MODELS"
  finish
  exit 0
fi

cat >"$WORK/news.jsonl" <<'JSONL'
{"id": "s1", "date": "2024-07-11", "source": "Valdorian Wire", "text": "China criticised Japan on Thursday. Russia attacked Ukraine overnight."}
{"id": "s2", "date": "2024-07-12", "url": "https://news.example.org/a/2", "text": "Egypt criticised Israel. Turkey expelled Dutch diplomats."}
JSONL
export SOURCE_DATE_EPOCH=1765090000  # 2025-12-07T06:46:40Z: DATEADDED is reproducible
ids() { cut -f1 "$1" | sort; }

run code "$WORK/news.jsonl" --format gdelt -q
expect_rc 0 "code --format gdelt"
cp "$WORK/out" "$WORK/code.gdelt"
checks=$((checks + 1))
[ "$(wc -l <"$WORK/code.gdelt")" -ge 4 ] || fail "the stories code at least 4 events"
checks=$((checks + 1))
[ "$(ids "$WORK/code.gdelt" | uniq | wc -l)" = "$(wc -l <"$WORK/code.gdelt")" ] || fail "GDELT ids are unique within an export"
checks=$((checks + 1))
awk -F'\t' '$60 != "20251207064640" { bad = 1 } END { exit bad }' "$WORK/code.gdelt" ||
  fail "DATEADDED is the coding time as YYYYMMDDHHMMSS"

checks=$((checks + 1))
awk -F'\t' '$6 == "CHN" && $7 == "CHINA" { ok = 1 } END { exit !ok }' "$WORK/code.gdelt" ||
  fail "Actor1Name is the dictionary's name in upper case"

run ingest "$WORK/news.jsonl" --db "$WORK/s.db" -q
expect_rc 0 "ingest"
run events --db "$WORK/s.db" --format gdelt
cp "$WORK/out" "$WORK/all.gdelt"
checks=$((checks + 1))
[ "$(ids "$WORK/all.gdelt")" = "$(ids "$WORK/code.gdelt")" ] || fail "dyad events and dyad code give the same GDELT ids"
checks=$((checks + 1))
cmp -s <(sort "$WORK/all.gdelt") <(sort "$WORK/code.gdelt") || fail "dyad events gives the GDELT rows of dyad code (names, DATEADDED)"
run events --db "$WORK/s.db" --format gdelt --root 11
checks=$((checks + 1))
[ -s "$WORK/out" ] && [ -z "$(comm -23 <(ids "$WORK/out") <(ids "$WORK/all.gdelt"))" ] ||
  fail "a filtered export's ids are those of the same events in the whole export"

run events --db "$WORK/s.db" --format gdelt-mentions
checks=$((checks + 1))
[ "$(ids "$WORK/out")" = "$(ids "$WORK/all.gdelt")" ] || fail "Mentions rows carry the GDELT ids"
checks=$((checks + 1))
grep -q $'\thttps://news.example.org/a/2\t1\t' "$WORK/out" || fail "a Mention names the URL and GDELT's sentence number (from 1)"

run events --db "$WORK/s.db" --format phoenix
checks=$((checks + 1))
[ "$(ids "$WORK/out")" = "$(ids "$WORK/all.gdelt")" ] || fail "Phoenix EventIDs are the GDELT ids"
checks=$((checks + 1))
grep -q $'\tnews.example.org$' "$WORK/out" || fail "Phoenix NewsSources: the URL's host"
checks=$((checks + 1))
grep -q $'\tValdorian Wire$' "$WORK/out" || fail "Phoenix NewsSources: the record's source field"
checks=$((checks + 1))
! grep -q 'news.jsonl' "$WORK/out" || fail "no outlet is the input file's name"

# One sentence numbering: an event's sentence is the analysis's sentence of that text.
run analyze "$WORK/news.jsonl" --format jsonl
cp "$WORK/out" "$WORK/analysis.jsonl"
checks=$((checks + 1))
grep -q '"doc_id":"s1","sentence":1,.*"text":"Russia attacked Ukraine overnight."' "$WORK/analysis.jsonl" ||
  fail "analyze numbers sentences from 0"
run code "$WORK/news.jsonl" --format tsv -q
checks=$((checks + 1))
grep -q $'^s1\t1\t.*\tRussia attacked Ukraine overnight.$' "$WORK/out" || fail "code numbers the same sentence 1"

run events --db "$WORK/s.db" --format jsonl
checks=$((checks + 1))
[ "$(grep -o '"event_id":"[0-9]*"' "$WORK/out" | cut -d'"' -f4 | sort)" = "$(ids "$WORK/all.gdelt")" ] ||
  fail "JSON Lines event_id is the GDELT id"

# A JSON file indented over many lines (as archives write them): its arrays and objects
# ride along as metadata, and every JSON Lines event stays one line.
cat >"$WORK/pretty.json" <<'JSON'
[
  {
    "id": "p1",
    "date": "2024-07-11",
    "topics": [
      "diplomacy",
      "security"
    ],
    "desk": {
      "name": "world"
    },
    "text": "China criticised Japan on Thursday. Russia attacked Ukraine overnight."
  }
]
JSON
run code "$WORK/pretty.json" --format jsonl -q
expect_rc 0 "code an indented JSON file"
checks=$((checks + 1))
[ "$(wc -l <"$WORK/out")" -ge 2 ] && ! grep -qv '^{.*}$' "$WORK/out" || fail "every JSON Lines event is one line"
expect_out '"metadata":{"topics":\["diplomacy","security"\],"desk":{"name":"world"}}' "metadata minified onto the event's line"
finish
