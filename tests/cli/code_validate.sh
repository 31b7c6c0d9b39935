#!/usr/bin/env bash
# dyad code and dyad validate: usage errors, data errors, and a small validation
# file (written here) coded from its provided CoNLL-U parses.
source "$(dirname "$0")/lib.sh"

run code --format bogus x.txt
expect_rc 2 "code: unknown --format"
expect_err "unknown --format" "code: unknown --format is named"

run code --negation sometimes x.txt
expect_rc 2 "code: unknown --negation"

run code --dict-dir "$WORK/no-such-dir" x.txt
expect_rc 1 "code: missing dictionary directory"
expect_err "no-such-dir" "code: missing dictionary directory is named"

run validate
expect_rc 2 "validate: no file"

run validate "$WORK/missing.xml"
expect_rc 1 "validate: missing file"

printf '<Validation><Sentences><Sentence id="x">\n' >"$WORK/broken.xml"
run validate "$WORK/broken.xml"
expect_rc 1 "validate: malformed XML"
expect_err "broken.xml:" "validate: malformed XML names the file"

cat >"$WORK/verbs.txt" <<'DICT'
--- CRITICIZE [111] ---
CRITICIZE
DICT
cat >"$WORK/actors.txt" <<'DICT'
VALDORIA [VAL]
OSTRAVA [OST]
DICT
cat >"$WORK/small.xml" <<'XML'
<Validation>
<Environment><Verbfile>verbs.txt</Verbfile><Actorfile>actors.txt</Actorfile></Environment>
<Sentences>
<Sentence source="DEMO" date="20240711" id="S1" sentence="true">
<EventCoding eventcode="111" sourcecode="VAL" targetcode="OST"/>
<Text>Valdoria criticized Ostrava.</Text>
<Parse>
1	Valdoria	Valdoria	PROPN	NNP	_	2	nsubj	_	_
2	criticized	criticize	VERB	VBD	_	0	root	_	_
3	Ostrava	Ostrava	PROPN	NNP	_	2	obj	_	_
</Parse></Sentence>
<Sentence source="DEMO" date="20240711" id="S2" sentence="true">
<EventCoding eventcode="111" sourcecode="OST" targetcode="VAL"/>
<Text>Valdoria criticized Ostrava.</Text>
<Parse>
1	Valdoria	Valdoria	PROPN	NNP	_	2	nsubj	_	_
2	criticized	criticize	VERB	VBD	_	0	root	_	_
3	Ostrava	Ostrava	PROPN	NNP	_	2	obj	_	_
</Parse></Sentence>
</Sentences>
</Validation>
XML
run validate "$WORK/small.xml" --use-provided-parse -v
expect_rc 0 "validate: runs"
expect_out "^1 passed, 1 failed$" "validate: last line counts"
expect_out "FAIL S2 \[DEMO\]" "validate: failure names the record and category"
expect_out "expected: OST VAL 111" "validate: failure shows the expectation"
expect_out "got:      VAL OST 111" "validate: failure shows what Dyad coded"
[ "$(tail -n1 "$WORK/out")" = "1 passed, 1 failed" ] || fail "validate: summary is the last line"

run validate "$WORK/small.xml" --use-provided-parse --fail-under 90
expect_rc 1 "validate: --fail-under"

# A file as PETRARCH's own tools take it: a '#' header, actors split over two
# <Actorfile> elements (one a comma-separated list), a <Sentence .../> closed again.
# Every actor file is loaded: with one of them missed, a record fails.
printf 'VALDORIA [VAL]\n' >"$WORK/actors-a.txt"
printf 'OSTRAVA [OST]\n' >"$WORK/actors-b.txt"
printf 'MORAVA [MOR]\n' >"$WORK/actors-c.txt"
cat >"$WORK/wild.xml" <<'XML'
# Unit records of the Valdoria desk; each is coded as in
# <EventCoding sourcecode="VAL" targetcode="OST" eventcode="111">
<Validation>
<Environment>
<Verbfile>verbs.txt</Verbfile>
<Actorfile>actors-a.txt, actors-b.txt</Actorfile>
<Actorfile>actors-c.txt</Actorfile>
</Environment>
<Sentences>
<Sentence source="DEMO" date="20240711" id="W1" sentence="true"/>
<EventCoding eventcode="111" sourcecode="VAL" targetcode="OST"/>
<Text>Valdoria criticized Ostrava.</Text>
<Parse>
1	Valdoria	Valdoria	PROPN	NNP	_	2	nsubj	_	_
2	criticized	criticize	VERB	VBD	_	0	root	_	_
3	Ostrava	Ostrava	PROPN	NNP	_	2	obj	_	_
</Parse></Sentence>
<Sentence source="DEMO" date="20240711" id="W2" sentence="true">
<EventCoding eventcode="111" sourcecode="MOR" targetcode="VAL"/>
<Text>Morava criticized Valdoria.</Text>
<Parse>
1	Morava	Morava	PROPN	NNP	_	2	nsubj	_	_
2	criticized	criticize	VERB	VBD	_	0	root	_	_
3	Valdoria	Valdoria	PROPN	NNP	_	2	obj	_	_
</Parse></Sentence>
</Sentences>
</Validation>
XML
run validate "$WORK/wild.xml" --use-provided-parse
expect_rc 0 "validate: a file as found in the wild"
expect_out "^2 passed, 0 failed$" "validate: every <Actorfile> and every file of a list is loaded"

# CSV events with a header, from the bundled example.
run code "${DYAD_SOURCE_DIR:-$(dirname "$0")/../..}/examples/china-nato-2024-07-11.txt" --format csv --header
expect_rc 0 "code: csv"
expect_out "^doc_id,sentence,date,source,target,cameo" "code: csv header"
expect_out ",CHN,IGOWSTNAT,112,11," "code: csv event"

finish
