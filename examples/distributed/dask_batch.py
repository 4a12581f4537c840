#!/usr/bin/python3
"""Runs a JSONL corpus through claimcheck on a Dask cluster and writes the reports in
input order, one per line, as `claimcheck batch` does.

The corpus is read as a Dask bag of lines (dask.bag.read_text: each worker reads its own
byte range), and each partition goes through either
  --mode cli     the `claimcheck batch` binary, fed the partition's lines on stdin
                 (the same bytes as one `claimcheck batch` run), or
  --mode module  the Python module (`import claimcheck`), one Checker per worker process.

Here the cluster is a LocalCluster on this machine; on a real cluster, pass
--scheduler tcp://host:8786 instead (every worker then needs the claimcheck binary or
module). Run with Debian's Python, which has Dask's `distributed`:

    PYTHONPATH=build/python /usr/bin/python3 examples/distributed/dask_batch.py \\
        --cli build/bin/claimcheck pairs.jsonl reports.jsonl

Exit status as `claimcheck batch`: 0 when every line got a report, 3 when some got error
records. Error records carry the line number within their partition: match them by "id".
"""
import argparse
import collections
import json
import os
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client, LocalCluster


def run_cli(lines, cli, threads=1):
    """One partition through `claimcheck batch`; returns its output lines."""
    data = "".join(lines).encode("utf-8", "surrogateescape")  # the file's own bytes
    proc = subprocess.run([cli, "batch", "--threads", str(threads)], input=data,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if proc.returncode not in (0, 3):  # 3: some lines got error records, still reports
        raise RuntimeError(f"claimcheck batch exited {proc.returncode}: "
                           f"{proc.stderr.decode(errors='replace')}")
    return proc.stdout.decode("utf-8").splitlines(keepends=True)


_checker = None  # one per worker process, built on first use: Checker is thread-safe


def _error_line(id_value, code, message, line, offset=None):
    error = {"code": code, "message": message, "line": line}
    if offset is not None:
        error["offset"] = offset
    return json.dumps({"id": id_value, "error": error}, ensure_ascii=False,
                      separators=(",", ":")) + "\n"


def run_module(lines):
    """One partition through the Python module; lines shaped like `claimcheck batch`'s."""
    global _checker
    import claimcheck  # imported on the worker
    if _checker is None:
        _checker = claimcheck.Checker()
    out = []
    number = 0
    for line in lines:
        number += 1
        if not line.strip():
            continue  # batch skips blank lines
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # bytes that were not UTF-8, kept by surrogateescape
            raw = line.encode("utf-8", "surrogateescape")
            try:
                raw.decode("utf-8")
                offset = None
            except UnicodeDecodeError as e:
                offset = e.start
            out.append(_error_line(None, "invalid_utf8", "the line is not valid UTF-8", number,
                                   offset))
            continue
        try:
            pair = json.loads(line)
        except ValueError as e:
            out.append(_error_line(None, "invalid_json", f"the line is not valid JSON: {e}", number))
            continue
        id_value = pair.get("id") if isinstance(pair, dict) else None
        sources = pair.get("sources", pair.get("source")) if isinstance(pair, dict) else None
        summary = pair.get("summary") if isinstance(pair, dict) else None
        if sources is None or summary is None:
            out.append(_error_line(id_value, "missing_field",
                                   "no \"summary\"" if summary is None else
                                   "no \"source\" or \"sources\"", number))
            continue
        try:
            report = _checker.check_json(sources, summary)
        except claimcheck.Error as e:
            out.append(_error_line(id_value, e.code, e.message, number, e.offset))
            continue
        except (TypeError, ValueError) as e:
            out.append(_error_line(id_value, "invalid_field", str(e), number))
            continue
        # The report's id is null; put the line's id in its place.
        head = '{"id":null'
        assert report.startswith(head)
        out.append('{"id":' + json.dumps(id_value, ensure_ascii=False, separators=(",", ":")) +
                   report[len(head):] + "\n")
    return out


def run(client, path, out, mode="cli", cli="claimcheck", blocksize="4MiB", window=None):
    """Checks every line of `path`, writing reports to the text stream `out` in input
    order. At most `window` partitions are in flight, so memory stays bounded on a corpus
    of any size. Returns the number of error records."""
    # surrogateescape: bytes that are not UTF-8 reach the checker as they are, and get
    # the error record that names their offset, instead of failing the partition.
    bag = db.read_text(path, blocksize=blocksize, encoding="utf-8", errors="surrogateescape",
                       linedelimiter="\n")
    if mode == "cli":
        bag = bag.map_partitions(run_cli, cli)
    else:
        bag = bag.map_partitions(run_module)
    parts = bag.to_delayed()
    window = window or 2 * max(1, len(client.scheduler_info()["workers"]))
    pending = collections.deque()
    errors = 0
    for part in parts:
        pending.append(client.compute(part))
        while len(pending) >= window:
            errors += _write(pending.popleft().result(), out)
    while pending:
        errors += _write(pending.popleft().result(), out)
    return errors


def _write(lines, out):
    out.writelines(lines)
    # Inside JSON strings a quote is escaped, so this key can only be an error record's.
    return sum(1 for line in lines if ',"error":{"code":' in line)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSONL pairs")
    parser.add_argument("output", help="JSONL reports ('-' for stdout)")
    parser.add_argument("--mode", choices=("cli", "module"), default="cli")
    parser.add_argument("--cli", default=os.environ.get("CLAIMCHECK_CLI", "claimcheck"),
                        help="the claimcheck binary (--mode cli)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--processes", action="store_true",
                        help="workers in separate processes (default: threads of this one; "
                             "checks release the GIL and the CLI runs in subprocesses)")
    parser.add_argument("--blocksize", default="4MiB", help="bytes per partition")
    parser.add_argument("--scheduler", help="address of an existing Dask scheduler")
    args = parser.parse_args(argv)

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                               processes=args.processes, dashboard_address=None)
        client = Client(cluster)
    try:
        out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8",
                                                         newline="\n")
        try:
            errors = run(client, args.input, out, mode=args.mode, cli=args.cli,
                         blocksize=args.blocksize)
        finally:
            if out is not sys.stdout:
                out.close()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 3 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
