#!/usr/bin/env python3
"""SummEdits dev, broken down: balanced accuracy per domain and per edit type.

    python3 scripts/summedits_report.py [--cli build/bin/claimcheck] [--data ../shared/data/dev]

The checker sees only id, source and summary (as in every run); `meta.edit_types` is read
here, after the run, to group the results. Per edit type: the share of the summaries
carrying that edit that the checker flags (a summary may carry several edits), and the BA
of those summaries against all consistent summaries. Prints Markdown tables.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "claimcheck"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "dev"))
    args = ap.parse_args()
    with open(os.path.join(args.data, "summedits_dev.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    payload = "".join(json.dumps({k: r[k] for k in ("id", "source", "sources", "summary") if k in r},
                                 ensure_ascii=False) + "\n" for r in rows)
    p = subprocess.run([args.cli, "batch", "--threads", "2"], input=payload.encode(),
                       capture_output=True, check=False)
    reports = {}
    for line in p.stdout.decode().splitlines():
        rep = json.loads(line)
        reports[str(rep.get("id"))] = rep
    # A pair with no report or an error counts as a wrong verdict, as in score.py.
    def flagged(r):
        rep = reports.get(str(r["id"]))
        if rep is None or "error" in rep:
            return r["label"] == 1
        return not rep["consistent"]

    def ba(pos, neg):
        if not pos or not neg:
            return float("nan")
        tpr = sum(not flagged(r) for r in pos) / len(pos)
        tnr = sum(flagged(r) for r in neg) / len(neg)
        return 50 * (tpr + tnr)

    consistent = [r for r in rows if r["label"] == 1]
    print("| domain | n | consistent | BA |")
    print("|---|---:|---:|---:|")
    by_domain = collections.defaultdict(list)
    for r in rows:
        by_domain[r.get("origin") or "-"].append(r)
    for name in sorted(by_domain) + ["all"]:
        group = rows if name == "all" else by_domain[name]
        pos = [r for r in group if r["label"] == 1]
        neg = [r for r in group if r["label"] == 0]
        print(f"| {name} | {len(group)} | {len(pos)} | {ba(pos, neg):.1f} |")
    print()
    print("| edit type | inconsistent summaries | flagged | BA vs all consistent |")
    print("|---|---:|---:|---:|")
    by_edit = collections.defaultdict(list)
    for r in rows:
        if r["label"] == 0:
            for t in (r.get("meta") or {}).get("edit_types") or ["(none listed)"]:
                by_edit[t].append(r)
    for name in sorted(by_edit):
        neg = by_edit[name]
        share = 100 * sum(flagged(r) for r in neg) / len(neg)
        print(f"| {name} | {len(neg)} | {share:.1f}% | {ba(consistent, neg):.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
