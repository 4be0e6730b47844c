#!/usr/bin/env python3
"""Fits the weights of events' or quotes' confidence signals (event-confidence.tsv, quote-confidence.tsv) on judged
facts.

Usage: scripts/fit-confidence.py [--prior TABLE] OUT JUDGED.tsv [JUDGED.tsv ...] > event-confidence.tsv
       scripts/fit-confidence.py [--prior TABLE] --quotes OUT JUDGED.tsv SHEET.jsonl [JUDGED.tsv SHEET.jsonl ...] > quote-confidence.tsv

OUT is an `analyze` output folder whose events.jsonl (quotes.jsonl) carries each fact's `signals`; each JUDGED file is
a verdict file of docs/judgments (key real type ... or key real speaker ...; docs/judging.md). For events the keys
are event ids of that output; an event is right when the reader said real, type and source yes (who did what). For quotes each verdict file
comes with its judging sheet (the judged quote as output then, under the same key, with the article's title), so
that quotes judged on older output are found again in OUT: in the article of the same title, the quote whose words
are the judged words, hold them or are held by them. A quote whose speaker (as written, and the last word of its
name) has changed since it was judged as real speech is left out (its speaker's verdict is unknown now); a quote is
right when the reader said real and speaker yes. The fit is an L2-regularised logistic regression of right on the
signals (a signal seen fewer than MIN_SEEN times is left out: it weighs 0). With --prior, each weight is drawn
towards its weight in TABLE (a former fit) instead of 0, and TABLE's signals keep their weight where the judged
facts do not move it: rounds drawn from the output above a threshold hold few facts below it, and a fit drawn
towards 0 would lift those towards the share right of the kept ones. On stderr: the judged events found,
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
BANDS = [0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]


def judged(paths):
    verdicts = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            for line in f:
                row = dict(zip(header, line.rstrip("\n").split("\t")))
                verdicts[row["key"]] = all(row[field] == "y" for field in ("real", "type", "source"))
    return verdicts


def judged_quotes(out, pairs):
    """The signals and verdict of each judged quote found again in OUT, by the current quote's id."""
    titles = {}
    with open(f"{out}/articles.jsonl", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            titles[a["id"]] = a.get("title")
    by_title = {}
    with open(f"{out}/quotes.jsonl", encoding="utf-8") as f:
        for line in f:
            q = json.loads(line)
            by_title.setdefault(titles.get(q["article"]), []).append(q)
    found, lost, changed = {}, 0, 0
    for verdicts, sheet in pairs:
        rows = {}
        with open(verdicts, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            for line in f:
                row = dict(zip(header, line.rstrip("\n").split("\t")))
                rows[row["key"]] = row
        with open(sheet, encoding="utf-8") as f:
            for line in f:
                s = json.loads(line)
                row = rows.get(s["key"])
                if row is None:
                    continue
                was = s["fact"]
                now = next((q for q in by_title.get(s.get("title"), []) if same_words(q["text"], was["text"])), None)
                if now is None:
                    lost += 1
                    continue
                if row["real"] == "y" and speaker(now) != speaker(was):
                    changed += 1
                    continue
                found[now["id"]] = (now.get("signals") or [], row["real"] == "y" and row["speaker"] == "y")
    print(f"{len(found)} judged quotes found in {out}; {lost} not found, {changed} left out (speaker changed)",
          file=sys.stderr)
    return found


def speaker(q):
    """A quote's speaker as written and the last word of its name: corpus names differ with the articles linked
    ("Trump", "Donald Trump"), the person does not."""
    name = q["speaker"].get("name")
    return q["speaker"].get("mention"), name.split()[-1] if name else None


def same_words(now, was):
    """Whether two quotes' words are the same statement: equal, or one holding the other (20 characters or more)."""
    a, b = " ".join(now.split()), " ".join(was.split())
    return a == b or (min(len(a), len(b)) >= 20 and (a in b or b in a))


def fit(rows, names, prior=None):
    """Newton's method on the penalised log-likelihood: each weight is drawn towards its prior (0 without one); the
    bias is not penalised."""
    k = len(names) + 1
    w0 = [(prior or {}).get("bias", 0.0)] + [(prior or {}).get(s, 0.0) for s in names]
    w = list(w0)
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
            grad[i] -= L2 * (w[i] - w0[i])
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


def bands(title, predicted, data, what):
    """Per band of confidence: the facts in it, their mean confidence, the share right and its 95% margin."""
    print(f"{title}: band, {what}, mean confidence, share right, +- 95% margin", file=sys.stderr)
    for lo, hi in zip(BANDS, BANDS[1:]):
        inside = [i for i in range(len(data)) if lo <= predicted[i] < hi]
        if inside:
            right = sum(data[i][1] for i in inside) / len(inside)
            margin = 1.96 * math.sqrt(right * (1 - right) / len(inside))
            print(f"  {lo:.1f}-{min(hi, 1):.1f}\t{len(inside)}\t{sum(predicted[i] for i in inside) / len(inside):.3f}\t"
                  f"{right:.3f}\t{margin:.3f}", file=sys.stderr)


def predict(w, x):
    return 1 / (1 + math.exp(-(w[0] + sum(w[i] for i in x))))


def weights(path):
    """The weights of a confidence table (signal, weight; # comments)."""
    with open(path, encoding="utf-8") as f:
        return {s: float(v) for s, v in (line.rstrip("\n").split("\t") for line in f
                                         if line.strip() and not line.startswith("#"))}


def main():
    args = sys.argv[1:]
    prior = None
    if args[0] == "--prior":
        prior, args = weights(args[1]), args[2:]
    quotes = args[0] == "--quotes"
    args = args[1:] if quotes else args
    out, paths = args[0], args[1:]
    if quotes:
        table = judged_quotes(out, list(zip(paths[0::2], paths[1::2])))
        events = {k: v[0] for k, v in table.items()}
        verdicts = {k: v[1] for k, v in table.items()}
    else:
        verdicts = judged(paths)
        events = {}
        with open(f"{out}/events.jsonl", encoding="utf-8") as f:
            for line in f:
                e = json.loads(line)
                events[e["id"]] = e.get("signals") or []
    what = "quotes" if quotes else "events"
    keys = sorted(k for k in verdicts if k in events)
    print(f"{len(keys)} of {len(verdicts)} judged {what} found in {out}; "
          f"{sum(verdicts[k] for k in keys)} right", file=sys.stderr)
    seen = {}
    for k in keys:
        for s in events[k]:
            seen[s] = seen.get(s, 0) + 1
    names = sorted({s for s, n in seen.items() if n >= MIN_SEEN} | set(prior or {}) - {"bias"})
    index = {s: i + 1 for i, s in enumerate(names)}
    data = [(tuple(sorted({index[s] for s in events[k] if s in index})), 1.0 if verdicts[k] else 0.0) for k in keys]

    rng = random.Random(20261204)
    order = list(range(len(data)))
    rng.shuffle(order)
    held = [None] * len(data)
    for fold in range(5):
        test = set(order[fold::5])
        w = fit([data[i] for i in range(len(data)) if i not in test], names, prior)
        for i in test:
            held[i] = predict(w, data[i][0])
    bands("cross-validated", held, data, what)
    print("cross-validated: threshold, share kept, share right among kept", file=sys.stderr)
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        kept = [i for i in range(len(data)) if held[i] >= t]
        if kept:
            print(f"  {t:.1f}\t{len(kept) / len(data):.3f}\t{sum(data[i][1] for i in kept) / len(kept):.3f}",
                  file=sys.stderr)

    w = fit(data, names, prior)
    bands("fitted on all (in-sample)", [predict(w, x) for x, _ in data], data, what)
    one, cls = ("a quote", "QuoteConfidence") if quotes else ("an event", "EventConfidence")
    print(f"# Weights of the signals of {one}'s confidence ({cls}): the confidence is")
    print(f"# 1 / (1 + e^-(bias + the weights of its signals)); a signal not listed weighs 0.")
    print(f"# Fitted by scripts/fit-confidence.py on {len(data)} judged {what} ({', '.join(paths)})"
          + (", each weight drawn towards its prior weight." if prior else "."))
    print(f"bias\t{w[0]:.3f}")
    for s in names:
        print(f"{s}\t{w[index[s]]:.3f}")


if __name__ == "__main__":
    main()
