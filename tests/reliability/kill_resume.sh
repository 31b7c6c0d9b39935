#!/usr/bin/env bash
# Interrupted ingests: an ingest killed with SIGKILL at a random moment (ten times, at
# -j 1 and -j 2) and then run again leaves a store identical, row for row, to one
# written in a single uninterrupted run -- nothing lost, nothing twice.
source "$(dirname "$0")/lib.sh"
W="$WORK"
make_corpus "$W/corpus.jsonl" 8000

"$DYAD" ingest "$W/corpus.jsonl" --db "$W/ref.db" -q -j 2 >/dev/null 2>&1
dump_store "$W/ref.db" >"$W/ref.txt"
checks=$((checks + 1))
[ "$(sqlite3 "$W/ref.db" 'SELECT count(*) FROM documents')" = 8000 ] || fail "the uninterrupted run stored every document"

RANDOM=20261207  # the same moments every run

# wait_for_rows DB PID: until the store holds a document or the process has ended.
wait_for_rows() {
  local n
  for _ in $(seq 1 400); do
    kill -0 "$2" 2>/dev/null || return
    n=$(sqlite3 "$1" 'SELECT count(*) FROM documents' 2>/dev/null || echo 0)
    [ "${n:-0}" -gt 0 ] && return
    sleep 0.05
  done
}
killed=0
partial=0
for trial in $(seq 1 10); do
  db="$W/trial$trial.db"
  jobs=$((trial % 2 + 1))
  "$DYAD" ingest "$W/corpus.jsonl" --db "$db" -q -j "$jobs" >/dev/null 2>&1 &
  pid=$!
  # Kill it once it has begun to store (however busy the machine), a random moment later.
  wait_for_rows "$db" "$pid"
  sleep "0.$((RANDOM % 4))"
  if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2>/dev/null
  # A second kill on some trials: a chain of interruptions.
  if [ $((trial % 3)) = 0 ]; then
    "$DYAD" ingest "$W/corpus.jsonl" --db "$db" -q -j "$jobs" >/dev/null 2>&1 &
    pid=$!
    sleep "0.$((RANDOM % 5 + 3))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  fi
  stored=$(sqlite3 "$db" 'SELECT count(*) FROM documents' 2>/dev/null || echo 0)
  [ "${stored:-0}" -gt 0 ] && [ "$stored" -lt 8000 ] && partial=$((partial + 1))
  "$DYAD" ingest "$W/corpus.jsonl" --db "$db" -q -j "$jobs" >"$W/resume.out" 2>"$W/resume.err"
  rc=$?
  expect_rc 0 "trial $trial: the resumed ingest"
  dump_store "$db" >"$W/trial.txt"
  checks=$((checks + 1))
  cmp -s "$W/ref.txt" "$W/trial.txt" || {
    fail "trial $trial (-j $jobs): the resumed store differs from the uninterrupted one"
    diff "$W/ref.txt" "$W/trial.txt" | head -5
  }
done
echo "killed $killed of 10 runs mid-ingest; $partial of them had stored part of the corpus"
checks=$((checks + 1))
[ "$partial" -ge 3 ] || fail "too few runs were killed with part of the corpus stored ($partial of 10)"
finish
