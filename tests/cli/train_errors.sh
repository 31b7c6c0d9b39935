#!/usr/bin/env bash
# dyad-train (built next to dyad) on bad input: empty, malformed or missing treebanks
# and a missing WordNet are clear errors naming the file, with exit code 1; a tiny
# treebank trains a parser that dyad eval-parse can load.
source "$(dirname "$0")/lib.sh"
TRAIN="$(dirname "$DYAD")/dyad-train"
[ -x "$TRAIN" ] || { echo "SKIP: $TRAIN not built"; exit 0; }
train() {
  "$TRAIN" "$@" >"$WORK/out" 2>"$WORK/err" </dev/null
  rc=$?
}

printf '%s\n' '# text = Officials met reporters.' \
  $'1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_' \
  $'2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_' \
  $'3\treporters\treporter\tNOUN\tNNS\t_\t2\tobj\t_\tSpaceAfter=No' \
  $'4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_' '' >"$WORK/tiny.conllu"
: >"$WORK/empty.conllu"
printf '1\tbroken\n' >"$WORK/bad.conllu"

train parser --train "$WORK/empty.conllu" --gold-tags --out "$WORK/p.bin"
expect_rc 1 "empty training set"
expect_err "no training sentences" "empty training set said"

train parser --train "$WORK/tiny.conllu" --dev "$WORK/empty.conllu" --gold-tags --out "$WORK/p.bin"
expect_rc 1 "empty dev set"
expect_err "empty.conllu: no sentences" "empty dev set is named"

train tagger --train "$WORK/tiny.conllu" --dev "$WORK/empty.conllu" --no-wordnet --out "$WORK/t.bin"
expect_rc 1 "tagger: empty dev set"
expect_err "empty.conllu: no sentences" "tagger: empty dev set is named"

train parser --train "$WORK/bad.conllu" --gold-tags --out "$WORK/p.bin"
expect_rc 1 "malformed training set"
expect_err "bad.conllu:1:" "the bad line is named"

train parser --train "$WORK/tiny.conllu" --gold-tags --word-classes --wordnet "$WORK/no-wordnet" --out "$WORK/p.bin"
expect_rc 1 "missing WordNet"
expect_err "no-wordnet/index.noun: cannot open" "the missing WordNet file is named"

train parser --train "$WORK/tiny.conllu" --gold-tags --epochs 2 --prune 0 --out "$WORK/p.bin"
expect_rc 0 "tiny parser trains"
checks=$((checks + 1))
[ -s "$WORK/p.bin" ] || fail "parser model written"

finish
