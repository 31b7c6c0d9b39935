#!/usr/bin/env bash
# End-to-end throughput of `dyad ingest` on the Reuters-21578 corpus: raw JSON to
# events in SQLite, with 1 and with 2 coding threads, as whole-process figures
# (/usr/bin/time -v), logged in benchmarks/results/ingest-<date>.txt.
#
#   benchmarks/ingest_throughput.sh [SHARED_DIR]     (default ../shared)
#
# Checks what it times: both runs must code the same number of documents and events.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-../shared}"
corpus="$shared/data/news/reuters-21578"
dyad=build/release/dyad
[ -x "$dyad" ] || { echo "ingest_throughput.sh: build first (scripts/setup.sh --build)" >&2; exit 2; }
[ -d "$corpus" ] || { echo "ingest_throughput.sh: $corpus not found" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "ingest_throughput.sh: needs /usr/bin/time (apt install time)" >&2; exit 2; }
mkdir -p benchmarks/results
out="benchmarks/results/ingest-$(date +%Y-%m-%d).txt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() {  # run THREADS: ingest into a fresh database, print the figures
  local j="$1" db="$tmp/reuters-j$1.db"
  rm -f "$db"*
  /usr/bin/time -v "$dyad" ingest "$corpus" --db "$db" -j "$j" 2>"$tmp/err-$j" >/dev/null
  local wall user sys rss docs sentences events
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, a, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + a[i]; print s}' "$tmp/err-$j")
  user=$(awk -F': ' '/User time/ {print $2}' "$tmp/err-$j")
  sys=$(awk -F': ' '/System time/ {print $2}' "$tmp/err-$j")
  rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$tmp/err-$j")
  read -r docs sentences events < <(sed -n 's/^dyad: coded \([0-9]*\) documents (\([0-9]*\) sentences, \([0-9]*\) events).*/\1 \2 \3/p' "$tmp/err-$j")
  echo "-j $j: $docs documents, $sentences sentences, $events events in ${wall} s wall (user ${user} s, sys ${sys} s), peak RSS ${rss} MB"
  awk -v d="$docs" -v s="$sentences" -v e="$events" -v w="$wall" -v j="$j" 'BEGIN {
    printf "      %.0f documents/s, %.0f sentences/s, %.0f events/s (%.0f sentences/s per thread)\n", d / w, s / w, e / w, s / w / j }'
  grep 'CPU time by stage' "$tmp/err-$j" | sed 's/^dyad: /      /'
  echo "$docs $events $wall" >"$tmp/figures-$j"
}

{
  echo "# machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
    "$(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//')"
  echo "# commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "# command: /usr/bin/time -v $dyad ingest $corpus --db DB -j N   (fresh DB each run)"
  run 1
  run 2
  read -r d1 e1 w1 <"$tmp/figures-1"
  read -r d2 e2 w2 <"$tmp/figures-2"
  if [ "$d1" != "$d2" ] || [ "$e1" != "$e2" ]; then
    echo "MISMATCH: -j 1 coded $d1 documents / $e1 events, -j 2 coded $d2 / $e2"
    exit 1
  fi
  awk -v a="$w1" -v b="$w2" 'BEGIN { printf "speed-up with 2 threads: %.2fx\n", a / b }'
} | tee "$out"
echo "logged in $out"
