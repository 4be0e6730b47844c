#!/usr/bin/env python3
"""Compares two readers' verdicts on the same sample (docs/judging.md): how often they agree, field by field.

Usage: scripts/reader-agreement.py FIRST.tsv SECOND.tsv

For each field judged y or n by both readers on a fact (a field one of them marks na is left out), prints the
facts compared, the share both gave the same verdict, Cohen's kappa (agreement beyond what each reader's own share
of y would give by chance), each reader's share of y on those facts and the two kinds of disagreement. Keys present
in one file only are counted and left out.
"""
import csv
import sys


def verdicts(path):
    with open(path, encoding="utf-8") as f:
        return {row["key"]: row for row in csv.DictReader(f, delimiter="\t")}


def kappa(pairs):
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first_y = sum(a == "y" for a, _ in pairs) / n
    second_y = sum(b == "y" for _, b in pairs) / n
    chance = first_y * second_y + (1 - first_y) * (1 - second_y)
    return observed, (observed - chance) / (1 - chance) if chance < 1 else 1.0, first_y, second_y


def main():
    first, second = verdicts(sys.argv[1]), verdicts(sys.argv[2])
    shared = [k for k in first if k in second]
    print(f"{len(shared)} facts in both; {len(first) - len(shared)} only in the first, "
          f"{len(second) - len(shared)} only in the second")
    fields = [f for f in next(iter(first.values())) if f not in ("key", "reason", "duplicate_of")]
    for field in fields:
        pairs = [(first[k][field], second[k][field]) for k in shared
                 if first[k][field] in ("y", "n") and second[k][field] in ("y", "n")]
        if not pairs:
            continue
        observed, k, first_y, second_y = kappa(pairs)
        yes_no = sum(a == "y" and b == "n" for a, b in pairs)
        no_yes = sum(a == "n" and b == "y" for a, b in pairs)
        print(f"  {field}: {len(pairs)} compared, agree {observed:.3f}, kappa {k:.2f}; y: first {first_y:.3f}, "
              f"second {second_y:.3f}; first y second n {yes_no}, first n second y {no_yes}")


if __name__ == "__main__":
    main()
