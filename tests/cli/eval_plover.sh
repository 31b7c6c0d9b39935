#!/usr/bin/env bash
# dyad eval-plover: usage and data errors on files written here, and the PLOVER gold
# set of ../shared scored with the built-in dictionaries against the targets of issue
# #5 (type recall, source-country accuracy, triple precision) when ../shared is present.
source "$(dirname "$0")/lib.sh"

run eval-plover
expect_rc 2 "eval-plover: no file"

run eval-plover "$WORK/missing.json"
expect_rc 1 "eval-plover: missing file"
expect_err "missing.json" "eval-plover: missing file is named"

printf '{"not": "a list"}' >"$WORK/bad.json"
run eval-plover "$WORK/bad.json"
expect_rc 1 "eval-plover: not a list of records"

cat >"$WORK/tiny.json" <<'JSON'
[{"id": "T-1", "date": "2024-07-11", "event": "DISAPPROVE",
  "text": "China accused NATO of seeking security at the expense of others.",
  "source": [{"actorText": "China", "code": "CHN"}], "target": [{"actorText": "NATO", "code": "IGO"}]}]
JSON
run eval-plover "$WORK/tiny.json"
expect_rc 0 "eval-plover: a one-record file"
expect_out "type recall 100.0% (1/1)" "eval-plover: the record is coded"
expect_out "triple precision 100.0% (1/1)" "eval-plover: its triple is right"

GOLD="${DYAD_SHARED_DIR:-}/data/plover/PLOVER_GSR_CAMEO.txt"
if [ -f "$GOLD" ]; then
  run eval-plover "$GOLD" --min-type-recall 65 --min-source-acc 75 --min-triple-precision 60
  expect_rc 0 "eval-plover: the PLOVER gold set meets its thresholds"
  expect_out "^all " "eval-plover: the report has a total line"
  grep -E "^(all|type recall)" "$WORK/out"
else
  echo "skip: $GOLD not found (../shared absent): the PLOVER gold set is not scored"
fi
finish
