# Helpers for the CLI tests: run dyad, check exit code, stdout and stderr.
# Sourced by tests/cli/*.sh; each test script gets the dyad binary as $1.
set -u
DYAD="$1"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0
checks=0

# run ARGS...: runs dyad, leaving $WORK/out, $WORK/err and $rc.
run() {
  "$DYAD" "$@" >"$WORK/out" 2>"$WORK/err" </dev/null
  rc=$?
}
# run_stdin FILE ARGS...: the same, with FILE on standard input.
run_stdin() {
  local input="$1"
  shift
  "$DYAD" "$@" >"$WORK/out" 2>"$WORK/err" <"$input"
  rc=$?
}
fail() {
  echo "FAIL: $*"
  echo "--- stderr:"; head -c 2000 "$WORK/err"
  echo "--- stdout (head):"; head -c 1000 "$WORK/out"
  failures=$((failures + 1))
}
expect_rc() { checks=$((checks + 1)); [ "$rc" = "$1" ] || fail "$2: exit code $rc, expected $1"; }
expect_err() { checks=$((checks + 1)); grep -q -- "$1" "$WORK/err" || fail "$2: stderr lacks '$1'"; }
expect_out() { checks=$((checks + 1)); grep -q -- "$1" "$WORK/out" || fail "$2: stdout lacks '$1'"; }
expect_out_lines() {
  checks=$((checks + 1))
  local n
  n=$(wc -l <"$WORK/out")
  [ "$n" = "$1" ] || fail "$2: $n output lines, expected $1"
}
finish() {
  echo "$((checks - failures)) passed, $failures failed"
  [ "$failures" = 0 ]
}
