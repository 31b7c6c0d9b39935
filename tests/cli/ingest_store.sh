#!/usr/bin/env bash
# dyad ingest / events / stats: a store is created, a second run adds nothing, a run
# killed with SIGKILL is completed by the next one with no duplicates and no losses,
# and queries answer in the documented formats.
source "$(dirname "$0")/lib.sh"
examples="${DYAD_SOURCE_DIR:-$(dirname "$0")/../..}/examples"
db="$WORK/events.db"

run ingest "$examples" --db "$db"
expect_rc 0 "first ingest"
expect_err "coded 5 documents" "five example documents coded"

run ingest "$examples" --db "$db"
expect_rc 0 "second ingest"
expect_err "coded 0 documents" "nothing coded twice"
expect_err "5 documents were already in the store" "re-run skips stored documents"

run events --db "$db" --format csv --header
expect_rc 0 "events as csv"
expect_out "doc_id,sentence,date,source,target,cameo" "csv header"

run stats --db "$db" --by month
expect_rc 0 "stats"
expect_out "month,events,goldstein_sum,goldstein_mean" "stats header"

run events --db "$WORK/nope.db"
expect_rc 1 "missing store"
expect_err "no such database" "missing store explained"

run events --db "$db" --dedup sometimes
expect_rc 2 "bad --dedup"

# Interrupted runs: 20,000 small documents, killed with SIGKILL soon after the store
# appears, then completed by a second run.
n=20000
corpus="$WORK/corpus.jsonl"
awk -v n=$n 'BEGIN { for (i = 1; i <= n; i++)
  printf "{\"id\":\"doc-%05d\",\"date\":\"2025-01-%02d\",\"text\":\"Officials in the capital met on Monday to discuss report number %d. Talks continued into the night.\"}\n", i, (i % 28) + 1, i }' >"$corpus"
db2="$WORK/killed.db"
"$DYAD" ingest "$corpus" --db "$db2" -j 2 -q >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 200); do
  [ -s "$db2-wal" ] && break
  sleep 0.02
done
sleep 0.2
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
run ingest "$corpus" --db "$db2" -j 2
expect_rc 0 "ingest after SIGKILL"
checks=$((checks + 1))
coded=$(grep -o 'coded [0-9]* documents' "$WORK/err" | grep -o '[0-9]*')
stored=$(grep -o '[0-9]* documents were already' "$WORK/err" | grep -o '^[0-9]*')
echo "after SIGKILL: ${stored:-0} documents had been stored, ${coded:-0} were coded by the second run"
[ "$(( ${coded:-0} + ${stored:-0} ))" = $n ] || fail "after SIGKILL: coded ${coded:-0} + already stored ${stored:-0} != $n"
run ingest "$corpus" --db "$db2"
expect_err "coded 0 documents" "third run adds nothing"
expect_err "$n documents were already in the store" "all documents stored exactly once"

# A record with a headline and no text is coded from its headline; one with neither is
# ignored and counted; neither is an error.
cat >"$WORK/flashes.jsonl" <<'JSONL'
{"id": "f1", "date": "2024-07-12", "title": "Japan, Philippines sign defence pact"}
{"id": "f2", "date": "2024-07-12", "topics": ["defence"]}
{"id": "f3", "date": "2024-07-12", "text": "China criticised Japan."}
JSONL
run ingest "$WORK/flashes.jsonl" --db "$WORK/flashes.db"
expect_rc 0 "ingest: headline-only and empty records are no error"
expect_err "1 of them headline-only" "ingest: the summary counts the headline-only record"
expect_err "ignored 1 record with no article text or title" "ingest: the summary counts the empty record"
run events --db "$WORK/flashes.db" --format tsv
expect_out "^f1	0	2024-07-12	JPN	PHL	057" "the headline-only record's event is stored"

finish
