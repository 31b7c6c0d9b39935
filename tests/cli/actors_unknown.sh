#!/usr/bin/env bash
# dyad actors --unknown: usage and data errors, and a short article (written here,
# with its own dictionary) whose new names must be found with a country and a role,
# in every output format; the dyad format must load back as a dictionary.
source "$(dirname "$0")/lib.sh"

cat >"$WORK/dict.dyad" <<'DICT'
#!dyad-dictionary 1
actor VAL = Valdoria; Valdorian
actor OST = Ostrava; Ostravan
agent ~GOV = minister; foreign minister; interior minister; government
agent ~BUS = company
verb 112 = accuse
DICT
mkdir "$WORK/dicts" && cp "$WORK/dict.dyad" "$WORK/dicts/"
cat >"$WORK/article.txt" <<'TEXT'
Valdoria accuses Ostrava over river dams

Valdorian Foreign Minister Anika Serrano accused Ostrava on Tuesday of diverting the Sava river.

Serrano said the dams built by Ostrava's state water company, Hydrova Group, had cut the flow by a third.

Ostrava's interior minister, Piotr Laskar, rejected the claim on Wednesday.

Laskar told reporters in the capital that Hydrova Group had broken no rule.

The Joint Basin Commission will meet on Friday, Serrano said.
TEXT

run actors "$WORK/article.txt"
expect_rc 2 "actors: without --unknown"
expect_err "unknown" "actors: without --unknown says what to ask"

run actors --unknown --format csv "$WORK/article.txt"
expect_rc 2 "actors: unknown --format"

run actors --unknown --dict-dir "$WORK/no-such-dir" "$WORK/article.txt"
expect_rc 1 "actors: missing dictionary directory"
expect_err "no-such-dir" "actors: missing dictionary directory is named"

run actors --unknown --dict-dir "$WORK/dicts" --date 2025-03-04 --header "$WORK/article.txt"
expect_rc 0 "actors: tsv"
expect_out "^name	code	mentions	documents	aliases	" "actors: tsv header"
expect_out "^Anika Serrano	VALGOV	3	1	Serrano	" "actors: Serrano, country from the modifier, role from the title"
expect_out "^Piotr Laskar	OSTGOV	2	1	Laskar	" "actors: Laskar, from the apposition"
expect_out "^Hydrova Group	OSTBUS	2	1	" "actors: Hydrova Group, business"
checks=$((checks + 1))
cut -f1 "$WORK/out" | grep -qx "Valdorian\|Ostrava\|Valdoria" && fail "actors: a dictionary name is listed as unknown"
checks=$((checks + 1))
grep -q "^Sava" "$WORK/out" && fail "actors: a name seen once is listed with the default --min-count 2"
expect_out_lines 4 "actors: header and three names"

run actors --unknown --dict-dir "$WORK/dicts" --min-count 1 --limit 4 "$WORK/article.txt"
expect_rc 0 "actors: --min-count 1 --limit 4"
expect_out_lines 4 "actors: --limit"

run actors --unknown --dict-dir "$WORK/dicts" --format jsonl --examples 1 "$WORK/article.txt"
expect_rc 0 "actors: jsonl"
expect_out '"name":"Anika Serrano","aliases":\["Serrano"\],"mentions":3,"documents":1,"code":"VALGOV"' "actors: jsonl fields"
expect_out '"dictionary_line":"actor VALGOV = Anika Serrano; Serrano"' "actors: jsonl dictionary line"
checks=$((checks + 1))
[ "$(grep -o '"doc_id"' "$WORK/out" | wc -l)" = 3 ] || fail "actors: --examples 1 keeps one example per name"

run actors --unknown --dict-dir "$WORK/dicts" --format dyad "$WORK/article.txt"
expect_rc 0 "actors: dyad"
expect_out "^actor VALGOV = Anika Serrano; Serrano$" "actors: dyad line"
expect_out "^#   \"Valdorian Foreign Minister Anika Serrano accused" "actors: dyad evidence"
cp "$WORK/out" "$WORK/new.dyad"
# The suggestions load as a dictionary, and with them the names are known.
run code "$WORK/article.txt" --dict-dir "$WORK/dicts" --dict "$WORK/new.dyad"
expect_rc 0 "actors: suggestions load into dyad code"
checks=$((checks + 1))
grep -q "dictionary:" "$WORK/err" && fail "actors: suggestions have lines dyad code cannot read"
run actors --unknown "$WORK/article.txt" --dict-dir "$WORK/dicts" --dict "$WORK/new.dyad"
expect_rc 0 "actors: with the suggestions added"
expect_out_lines 0 "actors: nothing left unknown"

# Progress and summary go to stderr; -q keeps it quiet.
run actors --unknown -q --dict-dir "$WORK/dicts" "$WORK/article.txt"
checks=$((checks + 1))
[ -s "$WORK/err" ] && fail "actors: -q prints nothing on stderr"

finish
