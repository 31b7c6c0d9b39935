#!/usr/bin/env bash
# dyad eval-parse: scores on a gold file, --gold-tags really parses with the file's
# tags (the tagger is not run), and a malformed file is named with its line.
source "$(dirname "$0")/lib.sh"

# Gold tags deliberately odd ("met" as a noun): the tagger disagrees, --gold-tags keeps them.
printf '%s\n' '# text = The minister met reporters.' \
  $'1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_' \
  $'2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_' \
  $'3\tmet\tmet\tNOUN\tNN\t_\t0\troot\t_\t_' \
  $'4\treporters\treporter\tNOUN\tNNS\t_\t3\tobj\t_\tSpaceAfter=No' \
  $'5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_' '' >"$WORK/gold.conllu"

run eval-parse "$WORK/gold.conllu"
expect_rc 0 "eval-parse"
expect_out "^UPOS    80.00$" "the tagger's own tags are scored (met is a verb)"
expect_out "^UAS " "UAS printed"
expect_out "^LAS " "LAS printed"
expect_err "tagging [0-9]* words/s" "tagging speed reported"

run eval-parse "$WORK/gold.conllu" --gold-tags
expect_rc 0 "eval-parse --gold-tags"
expect_out "^UPOS   100.00  (gold)" "gold UPOS kept"
expect_out "^LEMMA  100.00  (gold)" "gold lemmas kept"
expect_err "gold tags" "no tagging with --gold-tags"

run eval-parse "$WORK/gold.conllu" --by-relation
expect_rc 0 "eval-parse --by-relation"
expect_out "^relation  *words  *share  *UAS  *LAS  *head errors$" "relation table header"
expect_out "^nsubj  *1  *20.00%" "one nsubj word of five"
expect_out "^(wrong XPOS)  *1 " "the mistagged word counted"

printf '1\tbroken\n' >"$WORK/bad.conllu"
run eval-parse "$WORK/bad.conllu"
expect_rc 1 "malformed CoNLL-U"
expect_err "bad.conllu:1:" "the bad line is named"

: >"$WORK/empty.conllu"
run eval-parse "$WORK/empty.conllu"
expect_rc 1 "empty treebank"
expect_err "empty.conllu: no sentences" "empty treebank is named"

run eval-parse "$WORK/none.conllu"
expect_rc 1 "missing file"
expect_err "none.conllu" "missing file is named"

finish
