#!/usr/bin/env bash
# Acceptance of the seed article's coding (issue "Dyad's own dictionaries ..."), with
# the built-in dictionaries only, on the team's paraphrase of the story
# (examples/china-nato-2024-07-11.txt) and, when ../shared is present, on the
# article itself. Events are compared at the level of root actors (CHNGOV -> CHN;
# IGO codes whole) and CAMEO roots; negated events do not count.
source "$(dirname "$0")/lib.sh"

# roots FILE: "SOURCE TARGET ROOT DATE VERB" per non-negated event of a TSV file.
roots() {
  awk -F'\t' '$14 == "0" {
    s = $4; t = $5
    if (substr(s, 1, 3) != "IGO") s = substr(s, 1, 3)
    if (substr(t, 1, 3) != "IGO") t = substr(t, 1, 3)
    print s, t, $7, $3, $13
  }' "$1"
}
has() {  # has PATTERN WHAT: a line of roots output matches the extended regex
  checks=$((checks + 1))
  grep -Eq -- "$1" "$WORK/roots" || fail "$2: no event matching '$1'"
}

check_article() {
  local file="$1" label="$2" appeal="$3"
  run code "$file" --date 2024-07-12 --format tsv
  expect_rc 0 "$label: exit code"
  roots "$WORK/out" >"$WORK/roots"
  has '^CHN IGOWSTNAT 11 ' "$label: China accuses NATO"
  has '^IGOWSTNAT CHN 11 ' "$label: NATO labels China an enabler"
  has '^CHN IGOWSTNAT (10|02) ' "$label: China tells/urges NATO to stop"
  has '^CHN RUS 05 ' "$label: China backs Russia's argument"
  for c in AUS NZL JPN KOR; do has "^$c IGOWSTNAT 04 " "$label: $c attends the NATO summit"; done
  has '^CHN IGOWSTNAT 11 2024-07-11 accused' "$label: 'on Thursday' dates the accusation 2024-07-11"
  has '^IGOWSTNAT CHN 11 2024-07-10 ' "$label: 'a day after' dates NATO's label 2024-07-10"
  checks=$((checks + 1))
  if awk -F'\t' '{print $15}' "$WORK/out" | grep -Eiq -- "$appeal"; then
    fail "$label: an event was coded from the donation appeal"
  fi
}

check_article "$DYAD_SOURCE_DIR/examples/china-nato-2024-07-11.txt" "paraphrase" 'donat|newsroom|gift|journalism'
seed="$DYAD_SHARED_DIR/seed/china-nato-2024-07-11.txt"
if [ -f "$seed" ]; then
  check_article "$seed" "seed" 'contribution|journalism|mission'
else
  echo "note: $seed is absent; only the paraphrase is checked"
fi
finish
