#!/usr/bin/env bash
# The same fan-out as parallel_batch.sh with only coreutils and xargs: split the corpus
# into pieces of whole lines, run one `claimcheck batch` per piece with xargs -P, then
# concatenate the outputs in piece order.
#
# usage: split_batch.sh [-j JOBS] [-l LINES] [-t THREADS] [-c CLI] FILE > reports.jsonl
#   -j JOBS   processes at once (default: the number of cores)
#   -l LINES  lines per piece (default 2000)
#   -t N      threads per claimcheck process (default 1)
#   -c CLI    the claimcheck binary (default: claimcheck on PATH, or $CLAIMCHECK_CLI)
# Exit status as `claimcheck batch` (0, 3 when some lines got error records, 2 otherwise).
# Error records carry the line number within their piece: match them by "id".
set -euo pipefail

jobs=$(nproc) lines=2000 threads=1 cli=${CLAIMCHECK_CLI:-claimcheck}
while getopts "j:l:t:c:h" opt; do
  case $opt in
    j) jobs=$OPTARG ;;
    l) lines=$OPTARG ;;
    t) threads=$OPTARG ;;
    c) cli=$OPTARG ;;
    *) sed -n '2,13s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[[ $# -eq 1 && -r $1 ]] || { echo "usage: split_batch.sh [options] FILE" >&2; exit 2; }
cli=$(command -v "$cli") || { echo "split_batch.sh: claimcheck not found" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Numeric suffixes, wide enough that lexical order is piece order.
split -l "$lines" -d -a 6 "$1" "$work/piece."
# Each job leaves its output and its exit value beside its piece.
find "$work" -name 'piece.*' -print0 | xargs -0 -r -P "$jobs" -n 1 sh -c '
  "$0" batch --threads "$1" < "$2" > "$2.out"; echo $? > "$2.rc"' "$cli" "$threads"

status=0
for piece in "$work"/piece.??????; do
  cat "$piece.out"
  case $(cat "$piece.rc") in
    0) ;;
    3) [[ $status == 2 ]] || status=3 ;;
    *) status=2 ;;
  esac
done
exit $status
