#!/usr/bin/env bash
# Performance suite: builds Release, runs the Google Benchmark binaries (short runs),
# then `claimcheck batch` over 10,000 pairs built from the dev data with 1 and 2
# threads, and prints one markdown table. Every throughput is also given as a ratio to
# the ICU floor (ICU sentence breaks + NFKC case folding over the same bytes), measured
# in the same binary, since absolute numbers on a shared machine mean little.
#
#   scripts/bench.sh                  # everything
#   MIN_TIME=1 scripts/bench.sh       # longer benchmark runs (seconds per benchmark)
#   PAIRS=2000 scripts/bench.sh       # a smaller batch
#   BATCH_RUNS=15 scripts/bench.sh    # more alternated batch runs (default 7 of each)
#   SKIP_BUILD=1 scripts/bench.sh     # use the existing build
# Environment: BUILD_DIR (default build), DEV_DATA (default ../shared/data/dev),
# JOBS (build jobs, default 2), OUT (work directory, default $BUILD_DIR/bench-out).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${BUILD_DIR:-build}
dev=${DEV_DATA:-$root/../shared/data/dev}
min_time=${MIN_TIME:-0.2}
pairs=${PAIRS:-10000}
batch_runs=${BATCH_RUNS:-7}
jobs=${JOBS:-2}
out=${OUT:-$build/bench-out}
mkdir -p "$out"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
  cmake --build "$build" -j "$jobs" --target claimcheck_cli check_benchmark pipeline_benchmark \
    text_benchmark >/dev/null
fi
bin=$build/bin
for f in frank_dev qags summedits_dev; do
  [[ -f "$dev/$f.jsonl" ]] || { echo "missing $dev/$f.jsonl (set DEV_DATA)" >&2; exit 2; }
done
export CLAIMCHECK_DEV_DATA=$dev

# --- Google Benchmark: each binary writes JSON; the table reads it back.
run_bench() {  # name filter
  "$bin/$1" --benchmark_min_time="$min_time" --benchmark_filter="$2" \
    --benchmark_out="$out/$1.json" --benchmark_out_format=json >"$out/$1.txt" 2>&1
}
echo "running benchmarks (min_time ${min_time}s each)..." >&2
run_bench check_benchmark '.'
run_bench pipeline_benchmark '.'
run_bench text_benchmark 'BM_IcuFloor|BM_Analyze/'

# --- Batch: 10,000 pairs, the dev lines repeated with new ids.
jsonl=$out/batch_pairs.jsonl
python3 - "$dev" "$pairs" "$jsonl" <<'EOF'
import json, sys
dev, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = []
for name in ("frank_dev", "qags", "summedits_dev"):
    with open(f"{dev}/{name}.jsonl", encoding="utf-8") as f:
        lines += [json.loads(l) for l in f if l.strip()]
text_bytes = 0
with open(path, "w", encoding="utf-8") as out:
    for i in range(n):
        d = dict(lines[i % len(lines)])
        d["id"] = f"{d['id']}#{i // len(lines)}"
        text_bytes += len(d["source"].encode()) + len(d["summary"].encode())
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
with open(path + ".bytes", "w") as f:
    f.write(str(text_bytes))
EOF
text_bytes=$(cat "$jsonl.bytes")
input_bytes=$(stat -c %s "$jsonl")

# Alternated runs (1 thread, 2 threads, 1, 2, ...): each run's wall clock from the parent,
# CPU time and peak RSS from the kernel's accounting of that child (wait4), so a noisy
# moment hits both sides of a pair and the ratio is read per pair.
echo "running claimcheck batch on $pairs pairs ($batch_runs alternated runs each of 1 and 2 threads)..." >&2
python3 - "$bin/claimcheck" "$jsonl" "$out" "$batch_runs" <<'EOF'
import json, os, subprocess, sys, time
cli, jsonl, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
res = {"1": [], "2": []}
for _ in range(runs):
    for t in ("1", "2"):
        with open(jsonl, "rb") as fin, open(os.path.join(out, f"batch_t{t}.jsonl"), "wb") as fout:
            start = time.perf_counter()
            p = subprocess.Popen([cli, "batch", "--threads", t], stdin=fin, stdout=fout)
            _, status, ru = os.wait4(p.pid, 0)
            wall = time.perf_counter() - start
        p.returncode = rc = os.waitstatus_to_exitcode(status)
        if rc not in (0, 3):  # 3 = some lines got error records: still a complete run
            sys.exit(f"batch --threads {t} failed ({rc})")
        res[t].append({"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "rss_kb": ru.ru_maxrss})
with open(os.path.join(out, "batch_runs.json"), "w") as f:
    json.dump(res, f)
EOF
if cmp -s "$out/batch_t1.jsonl" "$out/batch_t2.jsonl"; then
  same="identical"
else
  same="DIFFERENT"
fi
lines_out=$(wc -l <"$out/batch_t1.jsonl")
[[ $lines_out -eq $pairs ]] || { echo "batch wrote $lines_out lines for $pairs pairs" >&2; exit 1; }

# --- The table.
python3 - "$out" "$pairs" "$text_bytes" "$input_bytes" "$same" "$min_time" <<'EOF'
import json, os, re, subprocess, sys
out, pairs, text_bytes, input_bytes, same, min_time = sys.argv[1:7]
pairs, text_bytes, input_bytes = int(pairs), int(text_bytes), int(input_bytes)

def load(name):
    with open(os.path.join(out, name + ".json")) as f:
        return {b["name"]: b for b in json.load(f)["benchmarks"]}

check, pipe, text = load("check_benchmark"), load("pipeline_benchmark"), load("text_benchmark")
MB = 1e6
def mbs(b): return b.get("bytes_per_second", 0) / MB

def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2

cpu = "unknown"
with open("/proc/cpuinfo") as f:
    for line in f:
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip(); break
nproc = os.cpu_count()
floor_all = mbs(check["BM_IcuFloorDev/2"])

print(f"Machine: {nproc} CPUs, {cpu}. Benchmarks: min_time {min_time}s each; "
      f"vs_floor = bytes/s over the ICU floor's on the same bytes, measured interleaved.\n")
print("| Measure | Input | Throughput | docs/s | vs ICU floor |")
print("|---|---|---|---|---|")
for arg, label in ((0, "news"), (1, "dialogue"), (2, "all dev")):
    b = check[f"BM_IcuFloorDev/{arg}"]
    print(f"| ICU floor (sentence breaks + nfkc_cf) | {label} pairs | {mbs(b):.1f} MB/s | "
          f"{b['docs_per_s']:,.0f} | 1 |")
for arg, label in ((0, "news"), (1, "dialogue"), (2, "all dev")):
    b = check[f"BM_CheckDev/{arg}"]
    print(f"| Check end to end | {label} pairs | {mbs(b):.1f} MB/s | {b['docs_per_s']:,.0f} | "
          f"{b['vs_floor']:.3f} |")
for stage, name in (("Analyze (text stage)", "BM_Analyze"), ("ExtractFacts", "BM_ExtractFacts"),
                    ("Prepare (sources: text, facts, index)", "BM_Prepare"),
                    ("Index build (sources' terms, n-grams, index)", "BM_IndexBuild"),
                    ("Check on PreparedSources", "BM_CheckPrepared"),
                    ("Alignment (units' claims against the index)", "BM_Align"),
                    ("Judgement (claims, alignment, checks, findings)", "BM_Judge"),
                    ("JSON report writing", "BM_WriteJson")):
    b = pipe[f"{name}/0"]
    print(f"| {stage} | news pairs (pair bytes) | {mbs(b):.1f} MB/s | {b['docs_per_s']:,.0f} | "
          f"{b['vs_floor']:.3f} |")
for name, label in (("BM_CheckLongSource", "1 MB source + 2 KB summary"),
                    ("BM_CheckLongSummary", "100 KB summary + its sources")):
    b = check[name]
    print(f"| Check end to end | {label} | {mbs(b):.1f} MB/s | - | {b['vs_floor']:.3f} |")
cases = [b for n, b in check.items() if n.startswith("BM_CheckCase/")]
if cases:
    r = sorted(b["vs_floor"] for b in cases)
    tot = sum(b["bytes_per_second"] for b in cases) / len(cases) / MB
    print(f"| Check end to end | {len(cases)} fixture cases (mean) | {tot:.1f} MB/s | - | "
          f"{r[0]:.3f} .. {r[-1]:.3f} |")
for arg, label in ((0, "news"), (1, "dialogue")):
    b = check[f"BM_CheckLatency/{arg}"]
    print(f"| Latency of one check | {label} pairs | p50 {b['p50_us']:.0f} us, "
          f"p99 {b['p99_us']:.0f} us, max {b['max_us']:.0f} us | - | - |")
with open(os.path.join(out, "batch_runs.json")) as f:
    runs = json.load(f)
t1, t2 = (median([r["wall"] for r in runs[t]]) for t in ("1", "2"))
cpu1, cpu2 = (median([r["cpu"] for r in runs[t]]) for t in ("1", "2"))
rss1, rss2 = (max(r["rss_kb"] for r in runs[t]) for t in ("1", "2"))
ratios = [a["wall"] / b["wall"] for a, b in zip(runs["1"], runs["2"])]
for t, sec, rss in ((1, t1, rss1), (2, t2, rss2)):
    ratio = text_bytes / sec / MB / floor_all
    print(f"| `claimcheck batch --threads {t}` (JSON in and out) | {pairs:,} dev pairs, "
          f"{input_bytes / MB:.1f} MB JSONL | {text_bytes / sec / MB:.1f} MB/s of text | "
          f"{pairs / sec:,.0f} | {ratio:.3f} (floor on 1 core) |")
print(f"\nBatch: 2 threads vs 1: {median(ratios):.2f}x wall clock, the median of {len(ratios)} "
      f"alternated pairs of runs (range {min(ratios):.2f}x to {max(ratios):.2f}x); median CPU "
      f"time {cpu1:.2f} s vs {cpu2:.2f} s ({cpu2 / cpu1:.2f}x: the parallel overhead), "
      f"{cpu2 / t2:.2f} cores busy at 2 threads"
      f"{' (another process held a core)' if cpu2 / t2 < 1.8 else ''}; "
      f"peak RSS {rss1 / 1024:.0f} MB (1 thread), "
      f"{rss2 / 1024:.0f} MB (2 threads); outputs {same}.")
try:
    load = open("/proc/loadavg").read().split()[0]
    print(f"Load average at the end of the run: {load}.")
except OSError:
    pass
EOF
[[ $same == identical ]]
