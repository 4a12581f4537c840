#!/usr/bin/env bash
# Runs `claimcheck check` over every fixture case (fixtures/cases/*) and prints one
# markdown row per case: the case, the exit code and the report's first line.
# Usage: scripts/check_cases.sh [path/to/claimcheck]
set -uo pipefail
cd "$(dirname "$0")/.."
cli=${1:-build/bin/claimcheck}
echo "| case | exit | report |"
echo "|---|---:|---|"
for dir in fixtures/cases/*/; do
  [ -f "$dir/summary.txt" ] || continue
  args=()
  for src in "$dir"/sources/*.txt; do args+=(--source "$src"); done
  # The one case with options passes the newsroom alias its options.json names.
  [ -f "$dir/options.json" ] && args+=(--alias "Wenxin=Ernie")
  line=$("$cli" check "${args[@]}" --summary "$dir/summary.txt" --format text | head -n 1)
  code=${PIPESTATUS[0]}
  echo "| $(basename "$dir") | $code | ${line#claimcheck: } |"
done
