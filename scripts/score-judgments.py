#!/usr/bin/env python3
"""Prints the share of `y` per field and the count of each reason in judgment files (docs/judging.md).

Usage: scripts/score-judgments.py FILE.tsv...
"""
import collections
import csv
import sys

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    print(f"{path}: {len(rows)} judged")
    for field in [k for k in rows[0] if k not in ("key", "reason", "duplicate_of")]:
        judged = [r[field] for r in rows if r[field] in ("y", "n")]
        if judged:
            print(f"  {field}: {judged.count('y') / len(judged):.3f} ({judged.count('y')} of {len(judged)})")
    if "duplicate_of" in rows[0]:
        dup = sum(1 for r in rows if r["duplicate_of"] not in ("", "-"))
        print(f"  with a duplicate: {dup} of {len(rows)}")
    reasons = collections.Counter(r["reason"] for r in rows if r.get("reason"))
    print("  reasons: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
