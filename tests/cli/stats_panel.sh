#!/usr/bin/env bash
# dyad stats --panel: one row per period, source and target, zero-filled between
# --since and --until, QuadClass counts, and --dedup day. Stories written for this
# test. Needs the models of models/ (skips without them).
source "$(dirname "$0")/lib.sh"

MODELS="${DYAD_MODEL_DIR:-${DYAD_SOURCE_DIR:-.}/models}"
if [ ! -f "$MODELS/parser.bin" ]; then
  echo "skip: no parser model in $MODELS"
  finish
  exit 0
fi

# Week of Monday 2024-07-01: China criticises Japan twice the same day (two stories),
# and Russia attacks Ukraine. Week of 2024-07-08: nothing. Week of 2024-07-15: China
# criticises Japan again.
cat >"$WORK/news.jsonl" <<'JSONL'
{"id": "p1", "date": "2024-07-02", "text": "China criticised Japan. Russia attacked Ukraine."}
{"id": "p2", "date": "2024-07-02", "text": "China criticised Japan."}
{"id": "p3", "date": "2024-07-16", "text": "China criticised Japan."}
JSONL
run ingest "$WORK/news.jsonl" --db "$WORK/p.db" -q
expect_rc 0 "ingest"

run stats --db "$WORK/p.db" --panel --by week --since 2024-07-01 --until 2024-07-21
expect_rc 0 "stats --panel"
expect_out "^week,source,target,events,goldstein_sum,goldstein_mean,quad1,quad2,quad3,quad4$" "panel: header"
expect_out "^2024-07-01,CHN,JPN,2," "panel: two criticisms in the first week"
expect_out "^2024-07-08,CHN,JPN,0,0.00,0.000,0,0,0,0$" "panel: a week without events is a row of zeros"
expect_out "^2024-07-15,CHN,JPN,1," "panel: the third week"
expect_out "^2024-07-08,RUS,UKR,0," "panel: every pair in every period"
expect_out "^2024-07-01,RUS,UKR,1,.*,0,0,0,1$" "panel: QuadClass 4 for an attack"
expect_out_lines 7 "panel: a header and 3 weeks x 2 pairs"

run stats --db "$WORK/p.db" --panel --by week --dedup day --dyad CHN:
expect_out "^2024-07-01,CHN,JPN,1," "panel --dedup day: one event per day, pair and code"
checks=$((checks + 1))
! grep -q "RUS" "$WORK/out" || fail "panel --dyad CHN: keeps China's pairs only"

run stats --db "$WORK/p.db" --panel --root
expect_rc 2 "panel with --root is a usage error"
run stats --db "$WORK/p.db" --dedup day
expect_rc 2 "--dedup without --panel is a usage error"
run stats --db "$WORK/p.db" --panel --dedup week
expect_rc 2 "an unknown --dedup is a usage error"
finish
