#!/usr/bin/env bash
# Runs the benchmarks and logs their output, with the machine noted, in
# benchmarks/results/<name>-<date>.txt. Needs a release build and ../shared.
#
#   benchmarks/run.sh                 all benchmark programs
#   benchmarks/run.sh bench_analyze   one of them
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/release/benchmarks
[ -d "$build" ] || { echo "run.sh: build first (scripts/setup.sh --build)" >&2; exit 2; }
mkdir -p benchmarks/results
date=$(date +%Y-%m-%d)
machine() {
  echo "# machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
    "$(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//')"
  echo "# commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
}
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for b in "$build"/bench_*; do names+=("$(basename "$b")"); done
fi
for name in "${names[@]}"; do
  out="benchmarks/results/${name#bench_}-$date.txt"
  {
    machine
    echo "# command: $build/$name --benchmark_repetitions=3 --benchmark_report_aggregates_only=true"
    "$build/$name" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true 2>&1
  } | tee "$out"
  echo "logged in $out"
done
