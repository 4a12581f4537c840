#!/usr/bin/env bash
# Quick start 2: installs the dependencies, builds, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
(cd build && ctest --output-on-failure -j "$(nproc)")
# The same suite under ASan+UBSan, and the concurrency tests under TSan.
bash scripts/sanitize.sh
