# Helpers of the reliability suite (tests/reliability/*.sh): the CLI helpers, a
# corpus written for these tests, and a dump of a store that two runs can be compared
# by. Sourced by each script; the dyad binary is $1.
source "$(dirname "${BASH_SOURCE[0]}")/../cli/lib.sh"

# make_corpus FILE N: N short news documents as JSON Lines, the same every time.
make_corpus() {
  local out="$1" n="$2"
  local -a states=(Iran Iraq Kuwait Japan China Russia Ukraine France Germany Egypt Israel Jordan Turkey Greece Brazil Argentina India Pakistan Kenya Ethiopia)
  local -a acts=("accused %s of violating the ceasefire" "met officials from %s in the capital" "criticised %s over the border dispute"
                 "urged %s to resume talks" "signed a trade agreement with %s" "threatened %s with sanctions"
                 "praised %s for its help after the floods" "rejected a proposal by %s")
  local i a b act
  : >"$out"
  for ((i = 0; i < n; i++)); do
    a=${states[$((i % 20))]}
    b=${states[$(((i * 7 + 3) % 20))]}
    [ "$a" = "$b" ] && b=${states[$(((i + 1) % 20))]}
    act=$(printf "${acts[$((i % 8))]}" "$b")
    printf '{"id":"rel-%05d","date":"2025-0%d-1%d","text":"%s %s on Monday, officials said. The statement came after weeks of tension. Document %d of the reliability corpus."}\n' \
      "$i" $((i % 9 + 1)) $((i % 9)) "$a" "$act" "$i" >>"$out"
  done
}

# dump_store DB: every document and event row in a stable order, without the row ids
# and coding times that differ between runs.
dump_store() {
  sqlite3 "$1" "SELECT id, sentences, events, coded_with FROM documents ORDER BY id;
                SELECT doc_id, sentence, date, source_code, target_code, cameo, goldstein, negated, rule
                FROM events ORDER BY doc_id, sentence, source_code, target_code, cameo, rule;
                SELECT count(*) FROM sentences; SELECT count(*) FROM actors;"
}

# NOBODY: the command prefix that runs dyad as the unprivileged user "nobody", set by
# find_nobody SAMPLE when this runs as root (who reads mode-000 directories and writes
# read-only files) and nobody can run dyad on SAMPLE (the build and models must be
# readable by others: a checkout in a mode-700 directory is not). Empty otherwise.
NOBODY=()
find_nobody() {
  NOBODY=()
  [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null || return 1
  local run=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chmod a+rx "$WORK" 2>/dev/null
  "${run[@]}" "$DYAD" code "$1" >/dev/null 2>&1 || return 1
  NOBODY=("${run[@]}")
}

# peak_ok RC: a process that was not killed by a signal (the kernel's OOM killer, an
# abort) -- what "never a crash" means here.
not_killed() { [ "$1" -lt 128 ]; }
