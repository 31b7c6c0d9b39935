#!/usr/bin/env bash
# CoNLL-U input to dyad code, dyad ingest and dyad analyze: one document per
# `# newdoc`, ids from `# newdoc id`, sentence text rebuilt from the words (never the
# comment lines), the file's parse kept unless --reparse, broken files named by line.
source "$(dirname "$0")/lib.sh"
golden="${DYAD_SOURCE_DIR:-$(dirname "$0")/../..}/tests/golden/code-conllu-input"
story="$golden/story.conllu"
dict="$golden/actors.dyad"

run code "$story" --dict "$dict" --format tsv
expect_rc 0 "code CoNLL-U"
expect_out_lines 4 "four events (the rejection answers the accusation before it)"
expect_out $'^valdoria-wire-0412\t0\t' "document id from # newdoc id"
expect_out $'^valdoria-wire-0413\t0\t' "second # newdoc is a second document"
expect_out $'\tValdoria accused Ostrava on Tuesday of diverting the Sava river.$' "sentence text from the words"
checks=$((checks + 1))
! grep -q '# text\|# newdoc\|# sent_id' "$WORK/out" || fail "comment lines leaked into the events"
expect_err "read 2 documents from 1 input" "documents counted per # newdoc"

run code "$story" --dict "$dict" --format tsv --reparse
expect_rc 0 "code CoNLL-U --reparse"
expect_out $'^valdoria-wire-0412\t' "--reparse keeps the document ids"

db="$WORK/conllu.db"
run ingest "$story" --dict "$dict" --db "$db" -j 1 --keep-text
expect_rc 0 "ingest CoNLL-U"
expect_err "coded 2 documents (3 sentences, 4 events)" "one stored document per # newdoc"
run ingest "$story" --dict "$dict" --db "$db" -j 1
expect_err "2 documents were already in the store" "re-ingest finds them by their ids"
run events --db "$db" --format tsv
expect_out_lines 4 "stored events"
expect_out $'^valdoria-wire-0413\t0\t' "stored document id"
run events --db "$db" --text "sanctions" --format tsv
expect_out_lines 2 "sentence text is searchable (its two events)"
expect_out $'\tOstrava\'s government rejected the claim and threatened Valdoria with sanctions.$' "stored sentence text"

printf '# newdoc id = broken\n1\tValdoria\tValdoria\n\n' >"$WORK/bad.conllu"
run code "$WORK/bad.conllu" "$story" --dict "$dict" --format tsv
expect_rc 1 "a broken CoNLL-U file is a data error"
expect_err "bad.conllu:2: expected 10 tab-separated columns" "the bad line is named"
expect_out_lines 4 "the good file is still coded"
run analyze "$WORK/bad.conllu"
expect_rc 1 "analyze: broken CoNLL-U"
expect_err "bad.conllu:2:" "analyze names the bad line"

finish
