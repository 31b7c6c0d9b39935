#!/usr/bin/env bash
# Negated events ("did not attack") never leave as real ones: formats with a negation
# column flag them, GDELT and Phoenix rows (which have none) leave them out unless
# asked to code them, and dyad events filters them with --negated.
source "$(dirname "$0")/lib.sh"

printf 'Valdoria did not attack Ostrava.\n\nOstrava attacked Valdoria.\n' >"$WORK/story-2024-07-12.txt"
cat >"$WORK/test.dyad" <<'DICT'
#!dyad-dictionary 1
actor VAL = Valdoria
actor OST = Ostrava
DICT
D=(--dict "$WORK/test.dyad")

run code "$WORK/story-2024-07-12.txt" "${D[@]}" -f tsv -q
expect_rc 0 "code tsv"
expect_out_lines 2 "code tsv: both events, the negated one flagged"
checks=$((checks + 1)); grep -q $'VAL\tOST\t.*\t1\t' "$WORK/out" || fail "code tsv: the negated event has negated=1"

for f in gdelt phoenix; do
  run code "$WORK/story-2024-07-12.txt" "${D[@]}" -f $f -q
  expect_rc 0 "code $f"
  expect_out_lines 1 "code $f: the negated event is left out"
done
run code "$WORK/story-2024-07-12.txt" "${D[@]}" -f gdelt --negation code -q
expect_out_lines 2 "code gdelt --negation code: both, as events"
run code "$WORK/story-2024-07-12.txt" "${D[@]}" --negation sometimes
expect_rc 2 "code: a bad --negation is a usage error"

run ingest "$WORK/story-2024-07-12.txt" "${D[@]}" --db "$WORK/e.db" -q
expect_rc 0 "ingest"
run events --db "$WORK/e.db" -f tsv
expect_out_lines 2 "events tsv: both"
run events --db "$WORK/e.db" -f tsv --negated only
expect_out_lines 1 "events --negated only"
run events --db "$WORK/e.db" -f tsv --negated exclude
expect_out_lines 1 "events --negated exclude"
run events --db "$WORK/e.db" -f gdelt
expect_out_lines 1 "events gdelt: the negated event is left out"
run events --db "$WORK/e.db" --negated maybe
expect_rc 2 "events: a bad --negated is a usage error"
finish
