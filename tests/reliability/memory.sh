#!/usr/bin/env bash
# Memory: every reader, given something endless or enormous by mistake (/dev/zero, a
# gzip bomb, a one-line document of tens of megabytes), refuses it with a message
# under an address-space limit of 1.2 GB (ulimit -v) -- never killed, never stuck.
source "$(dirname "$0")/lib.sh"
W="$WORK"
LIMIT_KB=1200000

# capped RC MESSAGE LABEL ARGS...: dyad under the limit and a 120 s bound.
capped() {
  local want="$1" msg="$2" label="$3"
  shift 3
  (ulimit -v "$LIMIT_KB"; exec timeout 120 "$DYAD" "$@") >"$WORK/out" 2>"$WORK/err" </dev/null
  rc=$?
  checks=$((checks + 1))
  [ "$rc" != 124 ] || fail "$label: still running after 120 s"
  not_killed "$rc" || fail "$label: killed by signal $((rc - 128))"
  expect_rc "$want" "$label"
  [ -z "$msg" ] || expect_err "$msg" "$label"
}

printf 'Iran accused Iraq.\n' >"$W/good.txt"
head -c 300000000 /dev/zero | tr '\0' 'a' | gzip -1 >"$W/bomb.txt.gz"   # 300 MB of one letter
yes 'word after word with no end in sight' | head -c 40000000 | tr -d '\n' >"$W/line.txt"  # 40 MB, one line
printf '{"id":"huge","text":"' >"$W/huge.jsonl"
head -c 30000000 /dev/zero | tr '\0' 'w' >>"$W/huge.jsonl"
printf '"}\n{"id":"small","text":"Iran accused Iraq."}\n' >>"$W/huge.jsonl"

for cmd in analyze code; do
  capped 1 "--max-input-bytes" "$cmd /dev/zero" "$cmd" /dev/zero
  capped 1 "--max-input-bytes" "$cmd: a gzip bomb" "$cmd" "$W/bomb.txt.gz"
  capped 1 "--max-document-bytes" "$cmd: a 40 MB line" "$cmd" "$W/line.txt"
  capped 1 "--max-document-bytes" "$cmd: a 30 MB record among small ones" "$cmd" "$W/huge.jsonl"
done
capped 1 "--max-input-bytes" "actors --unknown /dev/zero" actors --unknown /dev/zero
capped 1 "--max-input-bytes" "ingest /dev/zero" ingest /dev/zero --db "$W/m.db"
capped 1 "over the limit" "code --dict /dev/zero" code "$W/good.txt" --dict /dev/zero
capped 1 "over the limit" "eval-parse /dev/zero" eval-parse /dev/zero
capped 1 "over the limit" "eval-segment /dev/zero" eval-segment /dev/zero
capped 1 "over the limit" "validate /dev/zero" validate /dev/zero
capped 1 "over the limit" "eval-plover /dev/zero" eval-plover /dev/zero
capped 1 "over the limit" "eval-events /dev/zero" eval-events /dev/zero
capped 1 "" "events --db /dev/zero" events --db /dev/zero
# The small record next to the huge one is still coded.
capped 1 "" "code: the huge record is refused" code "$W/huge.jsonl" --format tsv
checks=$((checks + 1))
grep -q '^small' "$WORK/out" || fail "code: the small record after a refused huge one is coded"
finish
