#!/usr/bin/env python3
"""Agreement of the claimcheck CLI with the hand-labelled fixtures, through `claimcheck batch`.

The same measure as tests/fixtures/fixtures_test.cc, but from the built (or installed)
command-line tool: each gold sentence is matched to the report units overlapping its span;
it counts as flagged when any of them is unsupported or contradicted, and its 3-way
verdict is the worst of them (skipped counts as not flagged). Cases with an options.json
are left out: batch runs with the default options.

With --claims, each gold sentence is checked on its own, as a one-sentence summary against
its case's sources, the way a single claim about the seed corpus is checked: no
summary-level style (JudgeSummary) applies, and every sentence's verdict is its own.

    python3 scripts/fixture_agreement.py [--cli build/bin/claimcheck] [--claims] [--disagreements]
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "fixtures", "cases")
SEVERITY = {"supported": 0, "skipped": 0, "unsupported": 1, "contradicted": 2}
LABELS = ["supported", "unsupported", "contradicted"]
KINDS = ["number", "date", "entity", "negation", "direction", "comparison", "hedge"]


class Tally:
    def __init__(self):
        self.n = self.correct = self.tp = self.fp = self.tn = self.fn = 0
        self.gold = [0, 0, 0]

    def add(self, gold, pred):
        self.n += 1
        self.gold[gold] += 1
        self.correct += gold == pred
        g, p = gold > 0, pred > 0
        self.tp += g and p
        self.fp += (not g) and p
        self.tn += (not g) and (not p)
        self.fn += g and (not p)

    def row(self, name):
        def pct(a, b):
            return f"{100 * a / b:5.1f}" if b else "    -"
        rec = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        spec = self.tn / (self.tn + self.fp) if self.tn + self.fp else None
        ba = f"{50 * (rec + spec):5.1f}" if rec is not None and spec is not None else "    -"
        return (f"| {name:<28} | {self.n:4d} | {self.gold[0]:3d} / {self.gold[1]:3d} / {self.gold[2]:3d} "
                f"| {pct(self.correct, self.n)} | {pct(self.tp, self.tp + self.fp)} "
                f"| {pct(self.tp, self.tp + self.fn)} | {pct(self.tn, self.tn + self.fp)} | {ba} |")


def load_cases():
    for name in sorted(os.listdir(CASES)):
        d = os.path.join(CASES, name)
        if not os.path.exists(os.path.join(d, "gold.json")):
            continue
        if os.path.exists(os.path.join(d, "options.json")):
            print(f"note: {name} left out (needs options.json)", file=sys.stderr)
            continue
        src_dir = os.path.join(d, "sources")
        sources = [open(os.path.join(src_dir, f), "rb").read().decode("utf-8")
                   for f in sorted(os.listdir(src_dir))]
        summary = open(os.path.join(d, "summary.txt"), "rb").read().decode("utf-8")
        gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))["sentences"]
        yield name, sources, summary, gold


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "claimcheck"))
    ap.add_argument("--claims", action="store_true",
                    help="check each gold sentence on its own against its case's sources")
    ap.add_argument("--disagreements", action="store_true", help="list the disagreeing sentences")
    args = ap.parse_args()

    cases = list(load_cases())
    if args.claims:
        # One line per gold sentence; its units span the whole (one-sentence) summary.
        checks = [(f"{name}#{k}", sources, g["text"])
                  for name, sources, _, gold in cases for k, g in enumerate(gold)]
    else:
        checks = [(name, sources, summary) for name, sources, summary, _ in cases]
    lines = "".join(json.dumps({"id": i, "sources": sources, "summary": summary}) + "\n"
                    for i, sources, summary in checks)
    run = subprocess.run([args.cli, "batch"], input=lines.encode(), capture_output=True)
    if run.returncode not in (0, 3):
        sys.exit(f"claimcheck batch exited {run.returncode}: {run.stderr.decode()}")
    reports = {r.get("id"): r for r in map(json.loads, run.stdout.decode().splitlines())}

    rows = {}
    for name, _, _, gold in cases:
        group = "self" if name.endswith("-self") else "perturbed" if name.startswith("perturbed-") else "natural"
        for k, g in enumerate(gold):
            report = reports[f"{name}#{k}" if args.claims else name]
            if "error" in report:
                print(f"{report['id']}: error {report['error']}", file=sys.stderr)
                continue
            units = [u for u in report["sentences"]
                     if args.claims or max(u["begin"], g["begin"]) < min(u["end"], g["end"])]
            pred = max((SEVERITY[u["verdict"]] for u in units), default=0)
            want = SEVERITY[g["label"]]
            keys = ["all", "group " + group, "gold " + g["label"]]
            if group != "self":
                keys.append("all but self-cases")
            if "kind" in g:
                keys.append("kind " + g["kind"])
            for k in keys:
                rows.setdefault(k, Tally()).add(want, pred)
            if args.disagreements and want != pred:
                print(f"{name} gold {g['label']}, checker {LABELS[pred]}: {g['text'][:110]}")

    print("| row                          |    n | gold S /  U /  C |  acc3 |  prec |   rec |  spec |    BA |")
    print("|------------------------------|-----:|-----------------:|------:|------:|------:|------:|------:|")
    order = (["all", "all but self-cases", "group natural", "group perturbed", "group self"]
             + ["gold " + l for l in LABELS] + ["kind " + k for k in KINDS])
    for k in order:
        if k in rows:
            print(rows[k].row(k))


if __name__ == "__main__":
    main()
