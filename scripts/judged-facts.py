#!/usr/bin/env python3
"""Finds the judged facts of docs/judgments in an `analyze` output, to see what a rule changes before it is kept.

Usage:
  scripts/judged-facts.py sheet OUT KIND [--misses] [--rounds r14,r15] [--context N]
      the judged facts found in OUT with their verdicts and the article text around them (`--misses`: only those
      with a field judged n)
  scripts/judged-facts.py diff BASE NEW KIND [--rounds r14,r15] [-v]
      the judged facts of BASE whose output differs in NEW, with a tally: a fact dropped is fixed when it was judged
      not real (or of the wrong type), broken when judged real; a changed source, target, date, speaker or value is
      fixed when that field was judged n, broken when judged y; a changed event type is left to the reader
KIND: events | quotes | times. A judged fact is found by its key (event id, quote id, article:start:end for a time),
so facts whose key changed since their round are not found; in `diff` a fact of BASE is matched in NEW by its key,
else by its evidence span (and type, for events). A page whose text changes changes its article id, so its facts show
as dropped: check those by hand. The output holds article text: keep it outside the project.
"""
import collections
import csv
import glob
import json
import os
import sys

JUDGED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "judgments")
FIELDS = {"events": ["real", "type", "source", "target", "date"], "quotes": ["real", "speaker"],
          "times": ["real", "value"]}
COMPARED = {"events": [("source", lambda f: (f.get("source") or {}).get("name")),
                       ("target", lambda f: (f.get("target") or {}).get("name")),
                       ("date", lambda f: f.get("date"))],
            "quotes": [("speaker", lambda f: (f.get("speaker") or {}).get("name"))],
            "times": [("value", lambda f: f.get("value"))]}


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def verdicts(kind, rounds):
    """key -> (round, verdict row) over the rounds' files of KIND, in the order of the rounds (a later one wins)."""
    def order(path):
        name = os.path.basename(path).split("-")[0]
        return name[0], int(name[1:]) if name[1:].isdigit() else 0
    found = {}
    for path in sorted(glob.glob(os.path.join(JUDGED, f"*-{kind}.tsv")), key=order):
        name = os.path.basename(path).split("-")[0]
        if rounds and name not in rounds:
            continue
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                found[row["key"]] = (name, row)
    return found


def key_of(kind, fact):
    return fact["id"] if kind != "times" else f"{fact['article']}:{fact['start']}:{fact['end']}"


def utf16(text, start, end):
    """text[start:end] in the contract's offsets (UTF-16 code units)."""
    return text.encode("utf-16-le")[2 * max(0, start):2 * end].decode("utf-16-le", errors="replace")


def around(text, fact, context):
    s, e = fact["start"], fact["end"]
    return (utf16(text, s - context, s) + "[[" + utf16(text, s, e) + "]]" + utf16(text, e, e + context)).replace("\n", " / ")


def summary(kind, f):
    if kind == "events":
        return (f"{f['event']} source={(f.get('source') or {}).get('name')} target={(f.get('target') or {}).get('name')}"
                f" date={f.get('date')} ({f.get('date_basis')}) confidence={f.get('confidence')}")
    if kind == "quotes":
        speaker = f.get("speaker") or {}
        return f"speaker={speaker.get('name')} mention={speaker.get('mention')} cue={f.get('cue')} confidence={f.get('confidence')}"
    return f"{f.get('type')} value={f.get('value')} text={f.get('text')!r}"


def sheet(out, kind, judged, misses, context):
    articles = {a["id"]: a for a in lines(f"{out}/articles.jsonl")}
    found = 0
    for fact in lines(f"{out}/{kind}.jsonl"):
        if key_of(kind, fact) not in judged:
            continue
        found += 1
        name, row = judged[key_of(kind, fact)]
        wrong = [k for k in FIELDS[kind] if row.get(k) == "n"]
        if misses and not wrong:
            continue
        article = articles[fact["article"]]
        print(f"== {key_of(kind, fact)} [{name}] wrong={','.join(wrong) or '-'} reason={row.get('reason', '')}")
        print(f"   {summary(kind, fact)} published={article.get('published')}")
        print("   " + around(article.get("text") or "", fact, context))
    print(f"# {found} of {len(judged)} judged facts found", file=sys.stderr)


def diff(base, new, kind, judged, verbose):
    articles = {a["id"]: a for a in lines(f"{new}/articles.jsonl")}
    by_key, by_span = {}, collections.defaultdict(list)
    for fact in lines(f"{new}/{kind}.jsonl"):
        by_key[key_of(kind, fact)] = fact
        by_span[(fact["article"], fact["start"], fact["end"])].append(fact)
    tally = collections.Counter()
    for fact in lines(f"{base}/{kind}.jsonl"):
        key = key_of(kind, fact)
        if key not in judged:
            continue
        name, row = judged[key]
        candidates = [by_key[key]] if key in by_key else by_span.get((fact["article"], fact["start"], fact["end"]), [])
        if kind == "events":
            candidates = [c for c in candidates if c["event"] == fact["event"]] or candidates
        changes = []
        if not candidates:
            real = row.get("real") == "y" and (kind != "events" or row.get("type") == "y")
            changes.append(("dropped", "broken" if real else "fixed", ""))
        else:
            other = candidates[0]
            if kind == "events" and other["event"] != fact["event"]:
                changes.append(("type", "unclear", f"{fact['event']} -> {other['event']}"))
            for field, get in COMPARED[kind]:
                if get(fact) != get(other):
                    outcome = {"n": "fixed", "y": "broken"}.get(row.get(field), "unclear")
                    changes.append((field, outcome, f"{get(fact)!r} -> {get(other)!r}"))
        for field, outcome, what in changes:
            tally[f"{field} {outcome}"] += 1
        if changes:
            print(f"== {key} [{name}] " + "; ".join(f"{f} {o} {w}".strip() for f, o, w in changes)
                  + f" reason={row.get('reason', '')}")
            if verbose:
                print("   " + around((articles.get(fact["article"]) or {}).get("text") or "", fact, 250))
    print("# tally: " + ", ".join(f"{k} {n}" for k, n in sorted(tally.items())))


def main():
    args = sys.argv[1:]
    if len(args) < 3 or args[0] not in ("sheet", "diff"):
        sys.exit(__doc__)
    rounds = args[args.index("--rounds") + 1].split(",") if "--rounds" in args else None
    if args[0] == "sheet":
        context = int(args[args.index("--context") + 1]) if "--context" in args else 300
        sheet(args[1], args[2], verdicts(args[2], rounds), "--misses" in args, context)
    else:
        diff(args[1], args[2], args[3], verdicts(args[3], rounds), "-v" in args)


if __name__ == "__main__":
    main()
