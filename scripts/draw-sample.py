#!/usr/bin/env python3
"""Draws a random sample of facts from an `analyze` output folder for a reader to judge (docs/judging.md).

Usage: scripts/draw-sample.py OUT KIND N SEED [MIN_CONFIDENCE [BELOW_CONFIDENCE]] > sheet.jsonl
  KIND: events | quotes | times | actors (actors with two or more aliases) | top-actors (the N most-mentioned)
  MIN_CONFIDENCE: draw only events or quotes of at least this confidence (what a run with that threshold keeps; a
  round drawn from `analyze --min-confidence 0` output gives the default threshold here)
  BELOW_CONFIDENCE: draw only events or quotes under this confidence (a calibration round of what a threshold drops)

Each line of the sheet names the fact (`key`: its id, or article:start:end for a time), the fields to judge and,
for the reader, the article's title, publication date and the text around the evidence. The sheet holds article
text: keep it outside the project; only keys and verdicts go into docs/judgments/.
"""
import json
import random
import sys

CONTEXT = 700


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    out, kind, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    least = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
    below = float(sys.argv[6]) if len(sys.argv) > 6 else float("inf")
    articles = {a["id"]: a for a in lines(f"{out}/articles.jsonl")}
    originals = {i for i, a in articles.items() if not a.get("duplicate_of")}
    rng = random.Random(seed)
    if kind in ("events", "quotes", "times"):
        facts = [f for f in lines(f"{out}/{kind}.jsonl")
                 if f["article"] in originals and (f.get("confidence") is None or least <= f["confidence"] < below)]
        for f in rng.sample(facts, min(n, len(facts))):
            a = articles[f["article"]]
            text = a.get("text") or ""
            key = f.get("id") or f"{f['article']}:{f['start']}:{f['end']}"
            before = utf16(text, max(0, f["start"] - CONTEXT), f["start"])
            after = utf16(text, f["end"], f["end"] + CONTEXT)
            print(json.dumps({"key": key, "fact": f, "title": a.get("title"), "published": a.get("published"),
                              "context": before + "[[" + utf16(text, f["start"], f["end"]) + "]]" + after},
                             ensure_ascii=False))
    elif kind in ("actors", "top-actors"):
        actors = lines(f"{out}/actors.jsonl")
        if kind == "actors":
            chosen = rng.sample([a for a in actors if len(a.get("aliases") or []) >= 2], n)
        else:
            chosen = sorted(actors, key=lambda a: (-len(a.get("articles") or []), -mention_count(a), a["id"]))[:n]
        for a in chosen:
            print(json.dumps({"key": a["id"], "actor": a}, ensure_ascii=False))
    else:
        sys.exit(f"unknown kind {kind}: events, quotes, times, actors or top-actors")


def utf16(text, start, end):
    """text[start:end] in the contract's offsets, which count UTF-16 code units as Java's String.substring does (a
    character outside the Basic Multilingual Plane, an emoji, counts two), not Python's code points."""
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le", errors="replace")


def mention_count(actor):
    m = actor.get("mentions")
    return len(m) if isinstance(m, list) else (m or 0)


if __name__ == "__main__":
    main()
