#!/usr/bin/env bash
# Quick start 1: installs the dependencies, builds, and checks a seed summary (the
# DataFunTalk write-up, seed 000) against the Reuters story it was distilled from.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
reuters=$(mktemp)
trap 'rm -f "$reuters"' EXIT
sed -n '4,5p' fixtures/seeds/001_73c9dda10c4b9f60.txt > "$reuters"
status=0
build/bin/claimcheck check --source "$reuters" --summary fixtures/seeds/000_5cb0e136af7c07d2.txt --format text || status=$?
# Exit 1 means the checker flagged sentences, which is the expected result here.
[ "$status" -le 1 ]
