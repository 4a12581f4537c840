#!/usr/bin/env bash
# Fans a JSONL corpus ({"id", "source"|"sources", "summary"} per line) out over processes
# on one machine with GNU parallel, one `claimcheck batch` per block of lines, and writes
# the reports to stdout in input order: the same bytes as one `claimcheck batch` run.
#
# usage: parallel_batch.sh [-j JOBS] [-b BLOCK] [-t THREADS] [-c CLI] [FILE] > reports.jsonl
#   FILE     read this file (GNU parallel --pipepart: each job seeks to its own block);
#            without it, stdin is cut into blocks (--pipe)
#   -j JOBS  processes at once (default: the number of cores)
#   -b BLOCK bytes per block, e.g. 4M (default 4M); lines are never cut
#   -t N     threads per claimcheck process (default 1: the processes are the parallelism)
#   -c CLI   the claimcheck binary (default: claimcheck on PATH, or $CLAIMCHECK_CLI)
# Exit status as `claimcheck batch`: 0 every line got a report, 3 some lines got error
# records, 2 a usage error or a failed job.
#
# Error records carry the line number within their block, not within FILE: match them to
# the input by "id".
set -euo pipefail

jobs=$(nproc) block=4M threads=1 cli=${CLAIMCHECK_CLI:-claimcheck}
while getopts "j:b:t:c:h" opt; do
  case $opt in
    j) jobs=$OPTARG ;;
    b) block=$OPTARG ;;
    t) threads=$OPTARG ;;
    c) cli=$OPTARG ;;
    *) sed -n '2,16s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
command -v parallel >/dev/null || { echo "parallel_batch.sh: GNU parallel not found" >&2; exit 2; }
command -v "$cli" >/dev/null || { echo "parallel_batch.sh: $cli not found" >&2; exit 2; }

joblog=$(mktemp)
trap 'rm -f "$joblog"' EXIT
# --keep-order: outputs leave in input order. --halt never: a block with error records
# (exit 3) must not stop the others. The job log records each job's exit value.
common=(--keep-order --halt never --joblog "$joblog" -j "$jobs" --block "$block")
if [[ $# -ge 1 ]]; then
  parallel --pipepart -a "$1" "${common[@]}" "$cli" batch --threads "$threads" || true
else
  parallel --pipe "${common[@]}" "$cli" batch --threads "$threads" || true
fi

# Column 7 of the job log is the exit value: any 2 (or a crash) wins over 3 over 0.
awk -F'\t' 'NR > 1 { if ($7 == 3) e3 = 1; else if ($7 != 0) bad = 1 }
            END { exit bad ? 2 : e3 ? 3 : 0 }' "$joblog"
