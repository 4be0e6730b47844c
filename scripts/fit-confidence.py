#!/usr/bin/env python3
"""Fits the weights of events' confidence signals (event-confidence.tsv) on judged events.

Usage: scripts/fit-confidence.py OUT JUDGED.tsv [JUDGED.tsv ...] > event-confidence.tsv

OUT is an `analyze` output folder whose events.jsonl carries each event's `signals`; each JUDGED file is a verdict
file of docs/judgments (key real type ...; docs/judging.md) whose keys are event ids of that output. An event is
right when the reader said real and type yes. The fit is an L2-regularised logistic regression of right on the
signals (a signal seen fewer than MIN_SEEN times is left out: it weighs 0). On stderr: the judged events found,
then a 5-fold cross-validated reliability table (the mean confidence and the share right per band, as a fit on
the other folds predicts them) and the share right and kept at each threshold, so that the calibration is shown
on events the weights were not fitted on.
"""
import json
import math
import random
import sys

L2 = 1.0
MIN_SEEN = 3
BANDS = [0.0, 0.2, 0.4, 0.6, 0.8, 1.01]


def judged(paths):
    verdicts = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            for line in f:
                row = dict(zip(header, line.rstrip("\n").split("\t")))
                verdicts[row["key"]] = row["real"] == "y" and row["type"] == "y"
    return verdicts


def fit(rows, names):
    """Newton's method on the penalised log-likelihood (the bias is not penalised)."""
    k = len(names) + 1
    w = [0.0] * k
    for _ in range(25):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in rows:
            z = w[0] + sum(w[i] for i in x)
            p = 1 / (1 + math.exp(-z))
            idx = [0] + list(x)
            for i in idx:
                grad[i] += y - p
                for j in idx:
                    hess[i][j] += p * (1 - p)
        for i in range(1, k):
            grad[i] -= L2 * w[i]
            hess[i][i] += L2
        step = solve(hess, grad)
        w = [a + b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]


def predict(w, x):
    return 1 / (1 + math.exp(-(w[0] + sum(w[i] for i in x))))


def main():
    out, paths = sys.argv[1], sys.argv[2:]
    verdicts = judged(paths)
    events = {}
    with open(f"{out}/events.jsonl", encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            events[e["id"]] = e.get("signals") or []
    keys = sorted(k for k in verdicts if k in events)
    print(f"{len(keys)} of {len(verdicts)} judged events found in {out}/events.jsonl; "
          f"{sum(verdicts[k] for k in keys)} right", file=sys.stderr)
    seen = {}
    for k in keys:
        for s in events[k]:
            seen[s] = seen.get(s, 0) + 1
    names = sorted(s for s, n in seen.items() if n >= MIN_SEEN)
    index = {s: i + 1 for i, s in enumerate(names)}
    data = [(tuple(sorted({index[s] for s in events[k] if s in index})), 1.0 if verdicts[k] else 0.0) for k in keys]

    rng = random.Random(20261204)
    order = list(range(len(data)))
    rng.shuffle(order)
    held = [None] * len(data)
    for fold in range(5):
        test = set(order[fold::5])
        w = fit([data[i] for i in range(len(data)) if i not in test], names)
        for i in test:
            held[i] = predict(w, data[i][0])
    print("cross-validated: band, events, mean confidence, share right", file=sys.stderr)
    for lo, hi in zip(BANDS, BANDS[1:]):
        inside = [i for i in range(len(data)) if lo <= held[i] < hi]
        if inside:
            print(f"  {lo:.1f}-{min(hi, 1):.1f}\t{len(inside)}\t{sum(held[i] for i in inside) / len(inside):.3f}\t"
                  f"{sum(data[i][1] for i in inside) / len(inside):.3f}", file=sys.stderr)
    print("cross-validated: threshold, share kept, share right among kept", file=sys.stderr)
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        kept = [i for i in range(len(data)) if held[i] >= t]
        if kept:
            print(f"  {t:.1f}\t{len(kept) / len(data):.3f}\t{sum(data[i][1] for i in kept) / len(kept):.3f}",
                  file=sys.stderr)

    w = fit(data, names)
    print("# Weights of the signals of an event's confidence (EventConfidence): the confidence is")
    print("# 1 / (1 + e^-(bias + the weights of the event's signals)); a signal not listed weighs 0.")
    print(f"# Fitted by scripts/fit-confidence.py on {len(data)} judged events ({', '.join(paths)}).")
    print(f"bias\t{w[0]:.3f}")
    for s in names:
        print(f"{s}\t{w[index[s]]:.3f}")


if __name__ == "__main__":
    main()
