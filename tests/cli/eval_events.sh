#!/usr/bin/env bash
# dyad eval-events: usage and data errors, scoring on a two-story corpus written here
# (a hit, a wrong direction, a miss, a false alarm; the gold events are invented), and the reuters-events gold set of
# ../shared when it is present (with a floor under today's figures).
source "$(dirname "$0")/lib.sh"

run eval-events
expect_rc 2 "eval-events: no file"

run eval-events "$WORK/missing.jsonl"
expect_rc 1 "eval-events: missing file"
expect_err "missing.jsonl" "eval-events: missing file is named"

printf '{"id": "x", "text": "t", "events": []}\n' >"$WORK/nodoc.jsonl"
run eval-events "$WORK/nodoc.jsonl"
expect_rc 1 "eval-events: a record without doc"
expect_err "nodoc.jsonl:1" "eval-events: the bad line is named"

mkdir -p "$WORK/corpus"
cat >"$WORK/corpus/stories.json" <<'JSON'
[{"title": "VALDORIA AND OSTRAVA", "date": "2024-07-11",
  "body": "Valdoria accused Ostrava of shelling its border villages.\nHeavy rain fell in Geneva on Friday.\nPrices of wheat rose sharply in the capital.\nOstrava condemned Valdoria in a statement."},
 {"title": "SECOND", "date": "2024-07-12", "body": "France criticized Germany on Monday."}]
JSON
cat >"$WORK/gold.jsonl" <<'JSON'
{"id": "s-0-1", "doc": "stories.json#0", "date": "2024-07-11", "text": "Valdoria accused Ostrava of shelling its border villages.", "events": [{"source": "VAL", "target": "OST", "cameo": "112", "why": "accused"}]}
{"id": "s-0-2", "doc": "stories.json#0", "date": "2024-07-11", "text": "Heavy rain fell in Geneva on Friday.", "events": []}
{"id": "s-0-3", "doc": "stories.json#0", "date": "2024-07-11", "text": "Prices of wheat rose sharply in the capital.", "events": [{"source": "VAL", "target": "OST", "cameo": "040", "why": "[ctx] invented for the test (doubt: invented)"}]}
{"id": "s-0-4", "doc": "stories.json#0", "date": "2024-07-11", "text": "Ostrava condemned Valdoria in a statement.", "events": []}
{"id": "s-1-1", "doc": "stories.json#1", "date": "2024-07-12", "text": "France criticized Germany on Monday.", "events": [{"source": "DEU", "target": "FRA", "cameo": "111", "why": "reversed on purpose"}]}
JSON
cat >"$WORK/test.dyad" <<'DICT'
#!dyad-dictionary 1
actor VAL = Valdoria
actor OST = Ostrava
DICT
run eval-events "$WORK/gold.jsonl" --corpus "$WORK/corpus" --dict "$WORK/test.dyad" -v
expect_rc 0 "eval-events: a two-story corpus"
expect_out "2 stories, 5 sentences (2 without events), 3 gold events" "eval-events: counts"
expect_out "false alarms: 1 of 2 event-free sentences" "eval-events: a coded event-free sentence is a false alarm"
expect_out "wrong direction 1" "eval-events: France/Germany is reversed"
expect_out "missed 1" "eval-events: the invented event is missed"
expect_out "s-1-1  France criticized Germany" "eval-events: -v lists the sentence"
expect_out "recall by kind: actors in the sentence 1/2 (50.0%), an actor from the story \[ctx\] 0/1 (0.0%), doubted 0/1" \
  "eval-events: recall by the gold coders' notes"
grep -E "^(root level|code level|false alarms|errors)" "$WORK/out"

run eval-events "$WORK/gold.jsonl" --corpus "$WORK/corpus" --dict "$WORK/test.dyad" --min-f1 99
expect_rc 1 "eval-events: --min-f1 fails when F1 is lower"

run eval-events "$WORK/gold.jsonl" --corpus "$WORK/nowhere"
expect_rc 1 "eval-events: no story found"
expect_err "corpus" "eval-events: says where to point"

GOLD="${DYAD_SHARED_DIR:-}/data/reuters-events/gold.jsonl"
if [ -f "$GOLD" ]; then
  # A floor under today's figures (root F1 36.3, false alarms 7.2 %): a change that
  # loses real-news accuracy fails here.
  run eval-events "$GOLD" --min-f1 35 --max-false-alarms 8.5
  expect_rc 0 "eval-events: the reuters-events gold set, F1 >= 35 and false alarms <= 8.5 %"
  expect_out "^50 stories, 467 sentences (194 without events), 444 gold events" "eval-events: gold counts"
  grep -E "^(root level|code level|false alarms)" "$WORK/out"
else
  echo "skip: $GOLD not found (../shared absent): the reuters-events gold set is not scored"
fi
finish
