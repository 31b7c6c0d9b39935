#!/usr/bin/env bash
# dyad eval-segment: scores on a small gold file of our own, the usage error for an
# unknown --error-kind, and a malformed file named with its line.
source "$(dirname "$0")/lib.sh"

printf '%s\n' '# newdoc id = d1' '# text = Rain fell.' \
  $'1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_' \
  $'2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No' \
  $'3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_' '' \
  '# text = We left.' \
  $'1\tWe\twe\tPRON\tPRP\t_\t2\tnsubj\t_\t_' \
  $'2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No' \
  $'3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_' '' >"$WORK/gold.conllu"

run eval-segment "$WORK/gold.conllu" --rules-only
expect_rc 0 "eval-segment --rules-only"
expect_out "gold.conllu: 2 sentences, 1 paragraphs, .* (rules only, no model)$" "summary line"
expect_out "^Tokens     |    100.00 |    100.00 |    100.00 |        6 |        6$" "token scores"
expect_out "^Sentences  |" "sentence scores"

run eval-segment "$WORK/gold.conllu" --error-kind lines
expect_rc 2 "unknown --error-kind"
expect_err "unknown --error-kind 'lines'" "the bad kind is named"

printf '1\tbroken\n' >"$WORK/bad.conllu"
run eval-segment "$WORK/bad.conllu"
expect_rc 1 "malformed CoNLL-U"
expect_err "bad.conllu:1: expected 10 tab-separated columns" "the bad line is named"

run eval-segment "$WORK/gold.conllu" --model-dir "$WORK/no-models"
expect_rc 1 "missing model"
expect_err "no-models/segmenter.bin" "the missing model is named"

finish
