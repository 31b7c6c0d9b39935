#!/usr/bin/env bash
# Runs one golden case: tests/golden/<case>/cmd holds the dyad arguments (paths are
# relative to the case directory); the case passes when stdout equals `expected`
# and the exit code equals `exit` (default 0). With UPDATE_GOLDEN=1 it rewrites
# `expected` instead -- review the diff before committing it.
set -uo pipefail
dyad="$1"
case_dir="$2"
cd "$case_dir" || exit 1
args=$(cat cmd)
want_exit=0
[ -f exit ] && want_exit=$(cat exit)
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
eval "\"$dyad\" $args" >"$actual" 2>/dev/null
got_exit=$?
if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$actual" expected
  echo "updated $case_dir/expected"
  exit 0
fi
if [ "$got_exit" != "$want_exit" ]; then
  echo "golden $(basename "$case_dir"): exit code $got_exit, expected $want_exit"
  exit 1
fi
if ! diff -u expected "$actual"; then
  echo "golden $(basename "$case_dir"): output differs from expected (UPDATE_GOLDEN=1 to regenerate)"
  exit 1
fi
