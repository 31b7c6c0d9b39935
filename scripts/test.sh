#!/usr/bin/env bash
# Builds Dyad if needed (installing missing packages) and runs the whole test suite:
# unit tests, golden tests and CLI tests, via CTest. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --build
jobs=$(nproc 2>/dev/null || echo 2)
ctest --preset release -j "$jobs"
