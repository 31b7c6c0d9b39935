#!/usr/bin/env python3
"""Writes dictionaries/countries.txt: one actor per ISO 3166-1 country.

The names come from two places: Debian's iso-codes JSON (the ISO short name, the
common name and the official name of every alpha-3 code) and Dyad's own table
dictionaries/src/countries.table (the names news uses besides them: "Britain",
"South Korea", "the States"; adjectives and demonyms; capitals; major cities and
regions). ISO names written
in ISO's inverted style ("Korea, Republic of") are left out: news never writes them.
States that no longer exist (dictionaries/src/historical.table: the Soviet Union,
East Germany, Yugoslavia, Czechoslovakia) get actors of their own, and their
successors' names code as them up to the day they ended ("Moscow" in 1987 is USR).

    scripts/gen_country_actors.py [--iso JSON] [--table FILE] [--historical FILE]
                                  [--out FILE] [--check]

--check compares the output with the committed file and exits 1 when they differ
(the generated file is committed, so that a clone without iso-codes still has it).
The script fails when a table row names a code ISO does not have (except the CAMEO
extras listed in EXTRA_CODES), when an ISO code has no row, or when two countries
claim the same name.
"""
import argparse
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
# Codes CAMEO uses for places ISO 3166-1 does not list.
EXTRA_CODES = {"KSV": "Kosovo"}


def split_list(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def read_table(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [x.strip() for x in line.split("|")]
            if len(fields) not in (5, 6) or not re.fullmatch(r"[A-Z]{3}", fields[0]):
                sys.exit(f"{path}:{n}: expected 'CODE | names | demonyms | capitals | leave out [| places]'")
            code = fields[0]
            if code in rows:
                sys.exit(f"{path}:{n}: {code} listed twice")
            rows[code] = {
                "names": split_list(fields[1]),
                "demonyms": split_list(fields[2]),
                "capitals": split_list(fields[3]),
                "drop": {x.lower() for x in split_list(fields[4])},
                "places": split_list(fields[5]) if len(fields) == 6 else [],
                "line": n,
            }
    return rows


def read_historical(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [x.strip() for x in line.split("|")]
            if len(fields) != 4 or not re.fullmatch(r"[A-Z]{3}", fields[0]) or not re.fullmatch(
                    r"\d{4}-\d{2}-\d{2}", fields[2]):
                sys.exit(f"{path}:{n}: expected 'CODE | names | last day YYYY-MM-DD | successors'")
            rows.append({"code": fields[0], "names": split_list(fields[1]), "until": fields[2],
                         "successors": split_list(fields[3]), "line": n})
    return rows


def iso_names(entry):
    """The ISO names news could use: no inverted "X, Y of" forms, no parentheses."""
    out = []
    for key in ("name", "common_name", "official_name"):
        v = entry.get(key)
        if not v or "," in v:
            continue
        v = re.sub(r"\s*\([^)]*\)", "", v).strip()
        if v.lower().startswith("the "):
            v = v[4:]
        out.append(v)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso", default=DEFAULT_ISO)
    ap.add_argument("--table", default=os.path.join(ROOT, "dictionaries/src/countries.table"))
    ap.add_argument("--historical", default=os.path.join(ROOT, "dictionaries/src/historical.table"))
    ap.add_argument("--out", default=os.path.join(ROOT, "dictionaries/countries.txt"))
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()

    with open(a.iso, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    table = read_table(a.table)
    historical = read_historical(a.historical)
    iso_codes = {e["alpha_3"] for e in iso}
    predecessors = {}  # successor code -> [(historical code, last day)]
    for h in historical:
        for succ in h["successors"]:
            if succ not in iso_codes:
                sys.exit(f"{a.historical}:{h['line']}: successor {succ} is not an ISO 3166-1 alpha-3 code")
            predecessors.setdefault(succ, []).append((h["code"], h["until"]))
    for code in table:
        if code not in iso_codes and code not in EXTRA_CODES:
            sys.exit(f"{a.table}:{table[code]['line']}: {code} is not an ISO 3166-1 alpha-3 code")
    missing = sorted(iso_codes - set(table))
    if missing:
        sys.exit(f"{a.table}: no row for {', '.join(missing)}")

    entries = [(e["alpha_3"], e["name"], iso_names(e)) for e in iso]
    entries += [(c, n, [n]) for c, n in EXTRA_CODES.items()]
    owner = {}
    lines = [
        "#!dyad-dictionary 1",
        "# GENERATED by scripts/gen_country_actors.py -- do not edit by hand.",
        "# Edit dictionaries/src/countries.table and rerun the script.",
        "# One actor per ISO 3166-1 country (code = ISO alpha-3 = CAMEO country code):",
        "# ISO names, other names, adjectives and demonyms, capitals, major cities and regions.",
        "",
    ]
    for code, label, names in sorted(entries):
        row = table[code]
        seen = set()
        out = []
        for n in names + row["names"] + row["demonyms"] + row["capitals"] + row["places"]:
            k = n.lower()
            if k in row["drop"] or k in seen:
                continue
            if k in owner and owner[k] != code:
                sys.exit(f"{a.table}:{row['line']}: '{n}' is claimed by {owner[k]} and {code}")
            seen.add(k)
            owner[k] = code
            out.append(n)
        lines.append(f"# {label}")
        if code in predecessors:
            lines.append("actor = " + "; ".join(out))
            lines.append(f"  code {code}")
            for old, until in predecessors[code]:
                lines.append(f"  code {old} ..{until}")
        else:
            lines.append(f"actor {code} = " + "; ".join(out))
    lines.append("")
    lines.append("# --- States that no longer exist (dictionaries/src/historical.table) ---")
    for h in historical:
        out = []
        for n in h["names"]:
            k = n.lower()
            if k in owner:
                sys.exit(f"{a.historical}:{h['line']}: '{n}' is claimed by {owner[k]} and {h['code']}")
            owner[k] = h["code"]
            out.append(n)
        lines.append(f"# until {h['until']}")
        lines.append(f"actor {h['code']} = " + "; ".join(out))
    text = "\n".join(lines) + "\n"
    if a.check:
        with open(a.out, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{a.out} is out of date: run scripts/gen_country_actors.py")
        return
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{a.out}: {len(entries)} countries, {len(owner)} names")


if __name__ == "__main__":
    main()
