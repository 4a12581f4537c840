#!/usr/bin/env bash
# Sanitizer runs (CI): AddressSanitizer + UndefinedBehaviorSanitizer over the whole test
# suite (including the fuzz corpora replayed), then ThreadSanitizer over the concurrency
# tests: 8 threads checking on one shared Checker, and `claimcheck batch --threads 4`
# against --threads 1 on a few hundred lines, and over-long lines among good ones with
# --threads 4. Exits non-zero on any report.
#
# Build directories: ${ASAN_DIR:-build-asan} and ${TSAN_DIR:-build-tsan}; parallel jobs:
# ${JOBS:-nproc}. Takes about 10 minutes on 2 cores from a cold ccache. Extra arguments go
# to both CMake configure steps.
set -euo pipefail
cd "$(dirname "$0")/.."
asan_dir=${ASAN_DIR:-build-asan}
tsan_dir=${TSAN_DIR:-build-tsan}
jobs=${JOBS:-$(nproc)}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
common=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMCHECK_BUILD_BENCH=OFF "${launcher[@]}" "$@")

# Fail on the first report, with a stack for UBSan; LeakSanitizer is on with ASan.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/reliability/tsan.supp}

echo "== ASan + UBSan: configure and build ($asan_dir)"
cmake -S . -B "$asan_dir" "${common[@]}" -DCLAIMCHECK_SANITIZE=address >/dev/null
cmake --build "$asan_dir" -j "$jobs"
echo "== ASan + UBSan: the whole test suite"
(cd "$asan_dir" && ctest --output-on-failure -j "$jobs" --timeout 600)

echo "== TSan: configure and build the CLI and the reliability tests ($tsan_dir)"
cmake -S . -B "$tsan_dir" "${common[@]}" -DCLAIMCHECK_SANITIZE=thread \
  -DCLAIMCHECK_BUILD_PYTHON=OFF >/dev/null
cmake --build "$tsan_dir" -j "$jobs" --target claimcheck_cli claimcheck_reliability_tests
echo "== TSan: 8 threads on one Checker; batch --threads 4 vs --threads 1; long lines"
(cd "$tsan_dir" && ctest --output-on-failure -j 1 --timeout 600 \
  -R '^reliability/(threads|batch long lines: among good lines)')
echo "== sanitizers: clean"
